package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.DocumentFact;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.model.Phase;
import dev.hookctl.release.ArgumentSupply;
import dev.hookctl.release.ArgumentSupply.DeclaredArgument;
import dev.hookctl.release.ArgumentSupply.MissingReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ERROR_MESSAGE or FAILED_ENVIRONMENTS declared without a value in a hook that runs on start or success. */
public final class FailOnlyArgument extends Rule {
    public static final RuleInfo INFO = new RuleInfo("fail-only-argument", Severity.ERROR, "hooks",
            "ERROR_MESSAGE or FAILED_ENVIRONMENTS is declared without a value in a hook assigned to onStart or onSuccess.",
            "Codefresh passes ERROR_MESSAGE and FAILED_ENVIRONMENTS to onFail hooks only. In a hook that also runs "
                    + "on start or success, an argument declared without value or valueFrom gets nothing, and Argo "
                    + "refuses the Workflow (\"spec.arguments.ERROR_MESSAGE.value or "
                    + "spec.arguments.ERROR_MESSAGE.valueFrom is required\"): the hook never runs and the release "
                    + "fails. Give it a value (value: \"\", or '[]' for FAILED_ENVIRONMENTS) so the same template "
                    + "works in every phase.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              hooks:
                onStart: slack-notify-hook
                onFail: slack-notify-hook
              steps:
                - environment: prod
                  dependsOn: [dev]
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: slack-notify-hook
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              arguments:
                parameters:
                  - name: PRODUCT_NAME
                  - name: ERROR_MESSAGE
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [sh, -c]
                    args: ["echo {{workflow.parameters.PRODUCT_NAME}} {{workflow.parameters.ERROR_MESSAGE}}"]
            """,
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              hooks:
                onStart: slack-notify-hook
                onFail: slack-notify-hook
              steps:
                - environment: prod
                  dependsOn: [dev]
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: slack-notify-hook
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              arguments:
                parameters:
                  - name: PRODUCT_NAME
                  - name: ERROR_MESSAGE
                    value: ""
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [sh, -c]
                    args: ["echo {{workflow.parameters.PRODUCT_NAME}} {{workflow.parameters.ERROR_MESSAGE}}"]
            """);

    public FailOnlyArgument() {
        super(INFO);
    }

    @Override
    public List<DocumentFact<?>> facts() {
        return HookArguments.FACTS;
    }

    @Override
    public void check(LintContext ctx) {
        for (HookArguments.HookUse use : HookArguments.hooks(ctx)) {
            Map<String, DeclaredArgument> args = new LinkedHashMap<>();
            Map<String, List<String>> phases = new LinkedHashMap<>();
            for (Map.Entry<Phase, ArgumentSupply> e : use.byPhase().entrySet()) {
                for (DeclaredArgument a : e.getValue().missingArguments()) {
                    if (a.missing().orElseThrow() == MissingReason.FAIL_ONLY_DEFAULT) {
                        args.putIfAbsent(a.name(), a);
                        phases.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(e.getKey().key());
                    }
                }
            }
            for (DeclaredArgument a : args.values()) {
                ctx.report(INFO, use.template().at(a.nameText().node()),
                        a.name() + " is passed to onFail hooks only, but this hook runs "
                                + String.join(" and ", phases.get(a.name())) + " and gives it no value",
                        "give it a value: value: \"" + (a.name().equals("FAILED_ENVIRONMENTS") ? "[]" : "") + "\"",
                        use.usageLocations());
            }
        }
    }
}
