package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.Product;
import dev.hookctl.model.Text;
import java.util.HashSet;
import java.util.Set;

/** A PromotionFlow that no Product lists: it only ever runs when someone triggers it by hand. */
public final class FlowUnreferenced extends Rule {
    public static final RuleInfo INFO = new RuleInfo("flow-unreferenced", Severity.INFO, "flows",
            "No Product's promotionFlows lists this flow.",
            "Commits start a flow only through a Product's promotionFlows (with their Git trigger selectors). A "
                    + "flow no product lists can still be triggered by hand from the UI, so this is information, "
                    + "not an error; it often means a product entry was misspelt or removed. The rule runs only "
                    + "when the linted files contain at least one Product.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: Product
            metadata:
              name: checkout
            spec:
              promotionFlows:
                - name: web-release
                  gitTriggerSelectors:
                    - key: commitMessage
                      operator: In
                      values: ["*"]
            ---
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: hotfix-flow
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """,
            """
            apiVersion: codefresh.io/v1beta1
            kind: Product
            metadata:
              name: checkout
            spec:
              promotionFlows:
                - name: hotfix-flow
                  gitTriggerSelectors:
                    - key: commitMessage
                      operator: In
                      values: ["*"]
            ---
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: hotfix-flow
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """);

    public FlowUnreferenced() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.catalog().count(Kind.PRODUCT) == 0) {
            return; // a partial lint (flows only) says nothing about which products exist
        }
        Set<String> used = new HashSet<>();
        for (Document p : ctx.catalog().documents(Kind.PRODUCT)) {
            new Product(p).promotionFlowNames().stream().map(Text::value).forEach(used::add);
        }
        for (Document d : ctx.catalog().documents(Kind.PROMOTION_FLOW)) {
            if (!d.name().isEmpty() && !used.contains(d.name())) {
                ctx.report(INFO, d, Nodes.anchorNode(d), "no Product lists flow " + Nodes.quote(d.name())
                        + " in its promotionFlows; it runs only when triggered by hand",
                        "add it to a Product's spec.promotionFlows with gitTriggerSelectors, or ignore this if it "
                                + "is meant for manual releases");
            }
        }
    }
}
