package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.List;

/** The older documented shape that wrapped a flow's or policy's fields in {@code spec.properties}. */
public final class LegacySpecProperties extends Rule {
    public static final RuleInfo INFO = new RuleInfo("legacy-spec-properties", Severity.WARNING, "flows",
            "A PromotionFlow or PromotionPolicy wraps its fields in spec.properties.",
            "Before May 2025 the docs put a flow's triggerEnvironment and steps (and the policy table its policy) "
                    + "under spec.properties. The current CRDs read them directly under spec, so a wrapped flow "
                    + "has no trigger and no steps as far as the platform is concerned.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              properties:
                triggerEnvironment: dev
                steps:
                  - environment: prod
                    dependsOn: [dev]
            """,
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """);

    public LegacySpecProperties() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx) {
        for (Kind kind : List.of(Kind.PROMOTION_FLOW, Kind.PROMOTION_POLICY)) {
            for (Document d : ctx.catalog().documents(kind)) {
                d.spec().flatMap(s -> s.entry("properties")).ifPresent(e -> {
                    List<String> names = e.value() instanceof Mapping m
                            ? m.entries().stream().map(Entry::name).toList() : List.of();
                    String children = names.size() <= 1 ? String.join("", names)
                            : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
                    ctx.report(INFO, d, e.key(), "spec.properties is the old " + kind.kindName() + " shape; the "
                                    + "platform reads these fields directly under spec",
                            children.isEmpty() ? "move its fields up to spec"
                                    : "move " + children + " up one level, directly under spec");
                });
            }
        }
    }
}
