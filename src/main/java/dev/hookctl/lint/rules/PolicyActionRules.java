package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.Check;
import dev.hookctl.lint.LintContext;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.FlowStep;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.PromotionPolicy;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Promotion settings, wherever they are written: {@code spec.policy} of a PromotionPolicy and the
 * inline {@code spec.steps[].policy} of a PromotionFlow. The action, and the workflows run around it.
 */
public final class PolicyActionRules implements Check {
    static final List<String> ACTIONS = List.of("commit", "pr", "none");

    private static final Map<String, String> ACTION_WORDS = Map.of(
            "merge", "pr", "pullrequest", "pr", "pull-request", "pr", "pull_request", "pr",
            "push", "commit", "direct", "commit", "noaction", "none", "no-action", "none", "skip", "none");

    public static final RuleInfo ACTION_INVALID = new RuleInfo("policy-action-invalid", Severity.ERROR, "policies",
            "A promotion action is not commit, pr or none.",
            "The action decides how a promotion changes Git: commit pushes the change, pr opens a pull request "
                    + "and waits for its merge, none leaves it to a pre-action. Any other value (merge, PR, Commit) "
                    + "is refused, and the environment cannot be promoted. This applies to PromotionPolicy "
                    + "spec.policy.action and to a flow step's inline policy.action.",
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
                action: merge
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

    public static final RuleInfo ACTION_MISSING = new RuleInfo("policy-action-missing", Severity.WARNING,
            "policies",
            "Promotion settings give no action.",
            "Both field tables mark the action as required. Codefresh merges settings field by field from the "
                    + "matching policies, so another policy may supply it; if none does, evaluation fails with "
                    + "\"Unable to apply any Promotion Policy\" and the environment is never promoted. Say the "
                    + "action where you set the other fields, unless a lower-priority policy is meant to give it.",
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
                  policy:
                    postAction: verify-prod
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: verify-prod
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [echo, verified]
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
                  policy:
                    action: commit
                    postAction: verify-prod
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: verify-prod
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [echo, verified]
            """);

    public static final RuleInfo NONE_WITHOUT_PRE_ACTION = new RuleInfo("action-none-without-pre-action",
            Severity.WARNING, "policies",
            "The action is none but no preAction is given.",
            "With action none Codefresh changes nothing in Git itself; a pre-action workflow is expected to "
                    + "perform the promotion. Without one, the policy evaluation warns that the \"Promotion Flow "
                    + "will fail\". (The CRD page instead says a post-action must do it; the docs disagree, so "
                    + "hookctl only warns.) For a PromotionPolicy the warning is raised only when no other policy "
                    + "in the linted set gives a preAction that could be merged in.",
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
                  policy:
                    action: none
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
                  policy:
                    action: none
                    preAction: deploy-via-script
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: deploy-via-script
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [echo, promoted]
            """);

    public static final RuleInfo WORKFLOW_UNRESOLVED = new RuleInfo("action-workflow-unresolved", Severity.ERROR,
            "policies",
            "A preAction or postAction names a workflow that does not exist.",
            "Pre- and post-actions are referenced by the workflow's metadata.name (not its file name). A name "
                    + "that matches no WorkflowTemplate or Workflow in the linted set fails the promotion of every "
                    + "application the settings apply to. The diagnostic suggests the closest existing name.",
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
                postAction: verify-production
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: verify-prod
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [echo, verified]
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
                postAction: verify-prod
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: verify-prod
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [echo, verified]
            """);

    @Override
    public List<RuleInfo> rules() {
        return List.of(ACTION_INVALID, ACTION_MISSING, NONE_WITHOUT_PRE_ACTION, WORKFLOW_UNRESOLVED);
    }

    @Override
    public void check(LintContext ctx) {
        boolean someGlobalPreAction = ctx.catalog().documents(Kind.PROMOTION_POLICY).stream()
                .anyMatch(d -> new PromotionPolicy(d).preAction().isPresent());
        for (Document d : ctx.catalog().documents(Kind.PROMOTION_POLICY)) {
            Optional<Mapping> spec = d.spec();
            Optional<Mapping> policy = spec.flatMap(s -> s.mapping("policy")).filter(m -> m.size() > 0);
            policy.ifPresent(p -> checkSettings(ctx, d, p, "spec.policy", someGlobalPreAction));
        }
        for (Document d : ctx.catalog().documents(Kind.PROMOTION_FLOW)) {
            for (FlowStep step : new PromotionFlow(d).steps()) {
                Optional<YamlNode> raw = step.node().get("policy");
                if (raw.isEmpty()) {
                    continue;
                }
                if (raw.get() instanceof Mapping p) {
                    checkSettings(ctx, d, p, "spec.steps[" + step.index() + "].policy", false);
                }
            }
        }
    }

    private void checkSettings(LintContext ctx, Document d, Mapping policy, String path, boolean mergedPreAction) {
        Optional<Scalar> action = policy.scalar("action").filter(s -> !s.isNull());
        Optional<YamlNode> actionNode = policy.get("action").filter(n -> !(n instanceof Scalar s && s.isNull()));
        if (actionNode.isEmpty()) {
            YamlNode at = policyKey(d, policy);
            ctx.report(ACTION_MISSING, d, at, path + " gives no action",
                    "add action: commit, pr or none (unless another policy is meant to supply it)");
        } else if (action.isEmpty() || !action.get().isString() || !ACTIONS.contains(action.get().value())) {
            YamlNode at = actionNode.get();
            String shown = at instanceof Scalar s ? Nodes.quote(s.value()) : at.typeName();
            String given = at instanceof Scalar s ? s.value() : "";
            ctx.report(ACTION_INVALID, d, at, "promotion action " + shown + " is not one of commit, pr, none",
                    suggestAction(given).map(a -> "write action: " + a).orElse("use commit, pr or none"));
        } else if (action.get().value().equals("none") && policy.text("preAction").isEmpty() && !mergedPreAction) {
            ctx.report(NONE_WITHOUT_PRE_ACTION, d, action.get(), "action none without a preAction: nothing "
                    + "performs the promotion", "add preAction: <workflow that performs the change>, or use "
                    + "action: commit or pr");
        }
        for (String field : List.of("preAction", "postAction")) {
            policy.scalar(field).filter(s -> s.isString() && !s.value().isEmpty()).ifPresent(ref -> {
                if (ctx.catalog().findWorkflow(ref.value()).isEmpty()) {
                    if (ctx.catalog().find(Kind.CLUSTER_WORKFLOW_TEMPLATE, ref.value()).isPresent()) {
                        ctx.report(WORKFLOW_UNRESOLVED, d, ref, field + " " + Nodes.quote(ref.value())
                                + " is a ClusterWorkflowTemplate; Codefresh runs only WorkflowTemplates and Workflows "
                                + "as promotion workflows", "make it a WorkflowTemplate in the runtime namespace");
                        return;
                    }
                    String hint = Suggestions.closest(ref.value(), ctx.catalog().workflowNames())
                            .map(s -> "did you mean " + Nodes.quote(s) + "?")
                            .orElse(ctx.catalog().workflowNames().isEmpty()
                                    ? "no WorkflowTemplate is in the linted files; lint the whole repository, or "
                                            + "add the workflow under resources/control-planes/promotion-workflows/"
                                    : "references use the workflow's metadata.name; known: "
                                            + String.join(", ", ctx.catalog().workflowNames()));
                    ctx.report(WORKFLOW_UNRESOLVED, d, ref, field + " " + Nodes.quote(ref.value())
                            + " names no WorkflowTemplate or Workflow", hint);
                }
            });
        }
    }

    /** The key of the policy mapping, found by identity among its parent's entries. */
    private static YamlNode policyKey(Document d, Mapping policy) {
        YamlNode[] found = {policy};
        Nodes.forEachMapping(d.root(), m -> {
            for (int i = 0; i < m.size(); i++) {
                if (m.valueAt(i) == policy) {
                    found[0] = m.keyAt(i);
                }
            }
        });
        return found[0];
    }

    static Optional<String> suggestAction(String given) {
        String lower = given.toLowerCase(Locale.ROOT).trim();
        if (ACTIONS.contains(lower)) {
            return Optional.of(lower);
        }
        String word = ACTION_WORDS.get(lower);
        if (word != null) {
            return Optional.of(word);
        }
        return Suggestions.closest(lower, ACTIONS);
    }
}
