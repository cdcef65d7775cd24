package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.DocumentFact;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.release.ArgumentSupply;
import dev.hookctl.release.ArgumentSupply.DeclaredArgument;
import dev.hookctl.release.ArgumentSupply.MissingReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hook declares an argument without a value that neither the platform nor a promotion context supplies. */
public final class ArgumentNeverSupplied extends Rule {
    public static final RuleInfo INFO = new RuleInfo("argument-never-supplied", Severity.ERROR, "hooks",
            "A hook declares an argument without a value that neither the platform nor a promotion context supplies.",
            "Codefresh submits a hook with the default arguments it declares (RELEASE_URL, PRODUCT_NAME, ...) and "
                    + "the promotion-context keys it declares. Any other argument without value or valueFrom gets "
                    + "nothing, and Argo refuses the Workflow (\"spec.arguments.X.value or spec.arguments.X.valueFrom "
                    + "is required\"): the hook never runs and the release fails. A promotion-context key counts as "
                    + "supplied when some workflow that exports PROMOTION_CONTEXT (an output with globalName "
                    + "PROMOTION_CONTEXT, possibly through templateRef) mentions it as a JSON key, for example "
                    + "\"JIRA_ISSUE_URL\": (a heuristic: the context is built at run time). 'hookctl render' "
                    + "refuses such a hook with the same message.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              hooks:
                onStart: slack-start-hook
              steps:
                - environment: prod
                  dependsOn: [dev]
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: slack-start-hook
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              arguments:
                parameters:
                  - name: PRODUCT_NAME
                  - name: SLACK_CHANNEL
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [sh, -c]
                    args: ["echo {{workflow.parameters.PRODUCT_NAME}} to {{workflow.parameters.SLACK_CHANNEL}}"]
            """,
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              hooks:
                onStart: slack-start-hook
              steps:
                - environment: prod
                  dependsOn: [dev]
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: slack-start-hook
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              arguments:
                parameters:
                  - name: PRODUCT_NAME
                  - name: SLACK_CHANNEL
                    value: "#releases"
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [sh, -c]
                    args: ["echo {{workflow.parameters.PRODUCT_NAME}} to {{workflow.parameters.SLACK_CHANNEL}}"]
            """);

    public ArgumentNeverSupplied() {
        super(INFO);
    }

    @Override
    public List<DocumentFact<?>> facts() {
        return HookArguments.FACTS;
    }

    @Override
    public void check(LintContext ctx) {
        for (HookArguments.HookUse use : HookArguments.hooks(ctx)) {
            Map<String, DeclaredArgument> missing = new LinkedHashMap<>();
            for (ArgumentSupply s : use.byPhase().values()) {
                for (DeclaredArgument a : s.missingArguments()) {
                    if (a.missing().orElseThrow() == MissingReason.NOT_A_DEFAULT_ARGUMENT) {
                        missing.putIfAbsent(a.name(), a);
                    }
                }
            }
            for (DeclaredArgument a : missing.values()) {
                ctx.report(INFO, use.template().at(a.nameText().node()),
                        "argument \"" + a.name() + "\" has no value and nothing supplies it: it is not a default "
                                + "argument and no promotion workflow exports it in a promotion context",
                        "give it a value in the template (value: ...), or export it from an earlier hook's "
                                + "PROMOTION_CONTEXT; when rendering: "
                                + ArgumentSupply.howToSupply(a.name(), MissingReason.NOT_A_DEFAULT_ARGUMENT),
                        use.usageLocations());
            }
        }
    }
}
