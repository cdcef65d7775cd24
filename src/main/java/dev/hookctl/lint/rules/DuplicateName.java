package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;

/** Two manifests of the same kind with the same name: the cluster holds only one of them. */
public final class DuplicateName extends Rule {
    static final RuleInfo INFO = new RuleInfo("duplicate-name", Severity.ERROR, "manifest",
            "Two manifests of the same kind have the same name.",
            "Names are unique per kind in the cluster. When two files define the same flow or hook, whichever "
                    + "the runtime syncs last wins, and which one that is depends on file order. The diagnostic "
                    + "points at the second and names the first.",
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
            ---
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: qa
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
            ---
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release-qa
            spec:
              triggerEnvironment: dev
              steps:
                - environment: qa
                  dependsOn: [dev]
            """);

    public DuplicateName() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx) {
        for (Catalog.Duplicate dup : ctx.catalog().duplicates()) {
            Document first = dup.first();
            Document second = dup.second();
            ctx.report(INFO, second.anchor(),
                    second.kind().kindName() + " \"" + second.name() + "\" is already defined at " + first.anchor(),
                    "rename one of them or delete the copy", first.anchor());
        }
    }
}
