package dev.hookctl.lint;

import dev.hookctl.lint.rules.ApiVersion;
import dev.hookctl.lint.rules.ArgoTemplateChecks;
import dev.hookctl.lint.rules.DuplicateName;
import dev.hookctl.lint.rules.FlowGraph;
import dev.hookctl.lint.rules.HookOnTriggerEnvironment;
import dev.hookctl.lint.rules.HookTemplates;
import dev.hookctl.lint.rules.MetadataValues;
import dev.hookctl.lint.rules.Names;
import dev.hookctl.lint.rules.UndeclaredDefaultArgument;
import java.util.List;
import java.util.Map;

/** The list of built-in checks, in the order they run. */
final class BuiltinChecks {
    private BuiltinChecks() {}

    /**
     * Rule ids that say the same thing more precisely than another rule at the same position: when
     * both fire at one place, only the more precise finding is kept.
     */
    static final Map<String, String> REFINES = Map.of(
            "undeclared-default-argument", "argo-undeclared-parameter");

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
                new UndeclaredDefaultArgument(),
                new ArgoTemplateChecks());
    }
}
