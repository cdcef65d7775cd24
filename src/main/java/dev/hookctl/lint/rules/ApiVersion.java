package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;

/** A known kind under the wrong apiVersion, such as codefresh.io/v1alpha1 for a PromotionFlow. */
public final class ApiVersion extends Rule implements DocumentCheck {
    static final RuleInfo INFO = new RuleInfo("api-version", Severity.ERROR, "manifest",
            "A known kind carries the wrong apiVersion.",
            "Codefresh promotion kinds are served as codefresh.io/v1beta1 and Argo kinds as argoproj.io/v1alpha1. "
                    + "Any other version is not recognised by the runtime, so the manifest is not applied.",
            """
            apiVersion: codefresh.io/v1alpha1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
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

    public ApiVersion() {
        super(INFO);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return d -> check(ctx, d);
    }

    private void check(LintContext ctx, Document d) {
        String declared = d.apiVersion();
        if (!declared.equals(d.kind().apiVersion())) {
            ctx.report(INFO, d, d.root().get("apiVersion").orElse(d.root()),
                    d.kind().kindName() + " must have apiVersion " + d.kind().apiVersion() + ", not " + declared,
                    "write apiVersion: " + d.kind().apiVersion());
        }
    }
}
