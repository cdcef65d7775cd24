package dev.hookctl.lint;

import dev.hookctl.lint.rules.ApiVersion;
import dev.hookctl.lint.rules.ArgoTemplateChecks;
import dev.hookctl.lint.rules.DuplicateName;
import dev.hookctl.lint.rules.FlowGraph;
import dev.hookctl.lint.rules.HookOnTriggerEnvironment;
import dev.hookctl.lint.rules.HookTemplates;
import dev.hookctl.lint.rules.MetadataValues;
import dev.hookctl.lint.rules.Names;
import java.util.List;

/** The list of built-in checks, in the order they run. */
final class BuiltinChecks {
    private BuiltinChecks() {}

    static List<Check> all() {
        return List.of(
                new Structure(),
                new ApiVersion(),
                new Names(),
                new DuplicateName(),
                new MetadataValues(),
                new FlowGraph(),
                new HookOnTriggerEnvironment(),
                new HookTemplates(),
                new ArgoTemplateChecks());
    }
}
