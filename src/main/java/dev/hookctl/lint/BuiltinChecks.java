package dev.hookctl.lint;

import dev.hookctl.lint.rules.ApiVersion;
import dev.hookctl.lint.rules.ArgoTemplateChecks;
import dev.hookctl.lint.rules.ArgoUnknownField;
import dev.hookctl.lint.rules.ArgumentNeverSupplied;
import dev.hookctl.lint.rules.DefaultArgumentNearMiss;
import dev.hookctl.lint.rules.DuplicateName;
import dev.hookctl.lint.rules.FailOnlyArgument;
import dev.hookctl.lint.rules.FlowGraph;
import dev.hookctl.lint.rules.FlowUnreferenced;
import dev.hookctl.lint.rules.HardcodedSecret;
import dev.hookctl.lint.rules.HookOnTriggerEnvironment;
import dev.hookctl.lint.rules.HookTemplates;
import dev.hookctl.lint.rules.LegacySpecProperties;
import dev.hookctl.lint.rules.MetadataValues;
import dev.hookctl.lint.rules.Names;
import dev.hookctl.lint.rules.PolicyActionRules;
import dev.hookctl.lint.rules.PolicySelectorRules;
import dev.hookctl.lint.rules.PriorityRule;
import dev.hookctl.lint.rules.ProductRules;
import dev.hookctl.lint.rules.PromotionContextRules;
import dev.hookctl.lint.rules.PromotionTemplateRules;
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
            "undeclared-default-argument", "argo-undeclared-parameter",
            "hook-per-app-parameter", "argument-never-supplied",
            "default-argument-near-miss", "argument-never-supplied",
            // action: no is a boolean (wrong-type) and no action; the action rule names the valid ones
            "policy-action-invalid", "wrong-type");

    static List<Check> all() {
        return List.of(
                // manifests
                new Structure(),
                new ApiVersion(),
                new Names(),
                new DuplicateName(),
                new MetadataValues(),
                new LegacySpecProperties(),
                // flows and hooks
                new FlowGraph(),
                new FlowUnreferenced(),
                new HookOnTriggerEnvironment(),
                new HookTemplates(),
                new UndeclaredDefaultArgument(),
                new ArgumentNeverSupplied(),
                new FailOnlyArgument(),
                new DefaultArgumentNearMiss(),
                new PromotionContextRules(),
                new HardcodedSecret(),
                // policies, products, promotion templates
                new PriorityRule(),
                new PolicySelectorRules(),
                new PolicyActionRules(),
                new ProductRules(),
                new PromotionTemplateRules(),
                // Argo semantics of every workflow and template
                new ArgoTemplateChecks(),
                new ArgoUnknownField());
    }
}
