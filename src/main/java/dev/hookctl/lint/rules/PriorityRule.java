package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import java.util.List;
import java.util.Optional;

/** A PromotionPolicy or PromotionTemplate without an integer {@code spec.priority}. */
public final class PriorityRule extends Rule {
    public static final RuleInfo INFO = new RuleInfo("priority-invalid", Severity.ERROR, "policies",
            "A PromotionPolicy or PromotionTemplate has no integer spec.priority.",
            "Priority orders the merge when several policies match a product and environment, and picks the "
                    + "template when several templates match an application. Both kinds require it, and it must "
                    + "be an integer (0 and negative numbers are allowed). A quoted \"10\" or a decimal 1.5 is "
                    + "refused by the CRD, so the manifest never syncs.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionPolicy
            metadata:
              name: prod-needs-pr
            spec:
              priority: "10"
              selector:
                targetEnvironment:
                  types: [PROD]
              policy:
                action: pr
            """,
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionPolicy
            metadata:
              name: prod-needs-pr
            spec:
              priority: 10
              selector:
                targetEnvironment:
                  types: [PROD]
              policy:
                action: pr
            """);

    public PriorityRule() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx) {
        for (Kind kind : List.of(Kind.PROMOTION_POLICY, Kind.PROMOTION_TEMPLATE)) {
            for (Document d : ctx.catalog().documents(kind)) {
                Optional<Mapping> spec = d.spec();
                if (spec.isEmpty()) {
                    continue; // a missing spec is a structural finding of its own
                }
                Optional<YamlNode> priority = spec.get().get("priority");
                if (priority.isEmpty() || (priority.get() instanceof Scalar s && s.isNull())) {
                    YamlNode at = Nodes.keyOr(spec.get(), "priority", d.root().entry("spec").get().key());
                    ctx.report(INFO, d, at, kind.kindName() + " " + Nodes.quote(d.name()) + " has no spec.priority",
                            "add spec.priority: an integer such as 0 or 10 (negative numbers are allowed)");
                } else if (!Nodes.isInteger(priority.get())) {
                    YamlNode p = priority.get();
                    String hint = p instanceof Scalar s && s.isString() && s.value().trim().matches("-?\\d+")
                            ? "remove the quotes: priority: " + s.value().trim()
                            : "write a whole number, such as 0 or 10";
                    String shown = p instanceof Scalar s ? " (" + Nodes.quote(s.value()) + ")" : "";
                    ctx.report(INFO, d, p, "spec.priority must be an integer, not " + p.typeName() + shown, hint);
                }
            }
        }
    }
}
