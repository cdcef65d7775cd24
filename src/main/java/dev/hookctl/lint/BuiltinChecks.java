package dev.hookctl.lint;

import dev.hookctl.lint.rules.ArgoTemplateChecks;
import dev.hookctl.lint.rules.HookOnTriggerEnvironment;
import java.util.List;

/** The list of built-in checks, in the order they run. */
final class BuiltinChecks {
    private BuiltinChecks() {}

    static List<Check> all() {
        return List.of(
                new HookOnTriggerEnvironment(),
                new ArgoTemplateChecks());
    }
}
