package dev.hookctl.lint;

import dev.hookctl.lint.rules.ArgoTemplateChecks;
import dev.hookctl.lint.rules.ArgumentNeverSupplied;
import dev.hookctl.lint.rules.DefaultArgumentNearMiss;
import dev.hookctl.lint.rules.FailOnlyArgument;
import dev.hookctl.lint.rules.FlowUnreferenced;
import dev.hookctl.lint.rules.HardcodedSecret;
import dev.hookctl.lint.rules.HookOnTriggerEnvironment;
import dev.hookctl.lint.rules.LegacySpecProperties;
import dev.hookctl.lint.rules.PolicyActionRules;
import dev.hookctl.lint.rules.PolicySelectorRules;
import dev.hookctl.lint.rules.PriorityRule;
import dev.hookctl.lint.rules.ProductRules;
import dev.hookctl.lint.rules.PromotionContextRules;
import dev.hookctl.lint.rules.PromotionTemplateRules;
import java.util.List;

/** The list of built-in checks, in the order they run. */
final class BuiltinChecks {
    private BuiltinChecks() {}

    static List<Check> all() {
        return List.of(
                new HookOnTriggerEnvironment(),
                new LegacySpecProperties(),
                new FlowUnreferenced(),
                new PromotionContextRules(),
                new DefaultArgumentNearMiss(),
                new HardcodedSecret(),
                new PriorityRule(),
                new PolicySelectorRules(),
                new PolicyActionRules(),
                new ProductRules(),
                new PromotionTemplateRules(),
                new ArgumentNeverSupplied(),
                new FailOnlyArgument(),
                new ArgoTemplateChecks());
    }
}
