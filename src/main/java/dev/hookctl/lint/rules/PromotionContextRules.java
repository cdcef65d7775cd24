package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.WorkflowUsages.Usage;
import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.List;
import java.util.Optional;

/**
 * The promotion context export: an Argo output parameter named and globally named
 * {@code PROMOTION_CONTEXT}, read from a file. Codefresh picks the context up by these exact names,
 * so any deviation loses it without an error at run time.
 */
public final class PromotionContextRules implements DocumentCheck {
    static final String CONTEXT = "PROMOTION_CONTEXT";

    public static final RuleInfo EXPORT = new RuleInfo("promotion-context-export", Severity.ERROR,
            "promotion-context",
            "A PROMOTION_CONTEXT output is not exported the way Codefresh reads it.",
            "Codefresh takes the promotion context from an output parameter whose name and globalName are both "
                    + "exactly PROMOTION_CONTEXT and whose value comes from a file (valueFrom.path) holding a JSON "
                    + "object. An output named PROMOTION_CONTEXT without the globalName stays local to its step; "
                    + "a globalName PROMOTION_CONTEXT on an output with another name is not recognised; without "
                    + "valueFrom.path there is nothing to read. In every case later hooks silently receive no "
                    + "context (their declared context parameters keep their defaults).",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: jira-open-bug
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: open-bug
              templates:
                - name: open-bug
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: |
                      echo '{"JIRA_ISSUE_URL":"https://jira.example.com/browse/OPS-1"}' > /tmp/ctx.json
                  outputs:
                    parameters:
                      - name: PROMOTION_CONTEXT
                        valueFrom:
                          path: /tmp/ctx.json
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: jira-open-bug
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: open-bug
              templates:
                - name: open-bug
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: |
                      echo '{"JIRA_ISSUE_URL":"https://jira.example.com/browse/OPS-1"}' > /tmp/ctx.json
                  outputs:
                    parameters:
                      - name: PROMOTION_CONTEXT
                        globalName: PROMOTION_CONTEXT
                        valueFrom:
                          path: /tmp/ctx.json
            """);

    public static final RuleInfo NAME_VARIANT = new RuleInfo("promotion-context-name", Severity.WARNING,
            "promotion-context",
            "An output is named like PROMOTION_CONTEXT but not exactly.",
            "The context name is fixed and matched exactly, case and underscore included. An output called "
                    + "promotion_context, PROMOTION-CONTEXT, PROMOTIONCONTEXT or PROMOTION_CONTEX is an ordinary "
                    + "output: the values it carries never reach later hooks.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: set-promotion-context
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: generate-context
              templates:
                - name: generate-context
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: |
                      echo '{"SLACK_CHANNEL":"#releases"}' > /tmp/ctx.json
                  outputs:
                    parameters:
                      - name: promotion_context
                        globalName: promotion_context
                        valueFrom:
                          path: /tmp/ctx.json
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: set-promotion-context
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: generate-context
              templates:
                - name: generate-context
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: |
                      echo '{"SLACK_CHANNEL":"#releases"}' > /tmp/ctx.json
                  outputs:
                    parameters:
                      - name: PROMOTION_CONTEXT
                        globalName: PROMOTION_CONTEXT
                        valueFrom:
                          path: /tmp/ctx.json
            """);

    public static final RuleInfo IN_ACTION = new RuleInfo("promotion-context-in-action", Severity.WARNING,
            "promotion-context",
            "A workflow used only as a pre- or post-action exports PROMOTION_CONTEXT.",
            "The promotion context is documented for hooks only: it is passed from hook to hook within a release. "
                    + "Pre- and post-actions run once per application on the application's runtime and pass values "
                    + "to each other through ordinary globalName outputs. A context exported from an action is "
                    + "most likely never read; export it from a hook (for example the environment onFail hook) "
                    + "or use a plain global output.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionPolicy
            metadata:
              name: prod-pr
            spec:
              priority: 10
              selector:
                targetEnvironment:
                  types: [PROD]
              policy:
                action: pr
                preAction: open-change
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: open-change
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: |
                      echo '{"CHANGE_ID":"CHG-1"}' > /tmp/ctx.json
                  outputs:
                    parameters:
                      - name: PROMOTION_CONTEXT
                        globalName: PROMOTION_CONTEXT
                        valueFrom:
                          path: /tmp/ctx.json
            """,
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionPolicy
            metadata:
              name: prod-pr
            spec:
              priority: 10
              selector:
                targetEnvironment:
                  types: [PROD]
              policy:
                action: pr
                preAction: open-change
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: open-change
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: |
                      echo CHG-1 > /tmp/change-id
                  outputs:
                    parameters:
                      - name: CHANGE_ID
                        globalName: CHANGE_ID
                        valueFrom:
                          path: /tmp/change-id
            """);

    @Override
    public List<RuleInfo> rules() {
        return List.of(EXPORT, NAME_VARIANT, IN_ACTION);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return d -> check(ctx, d);
    }

    private void check(LintContext ctx, Document d) {
        if (!d.kind().isArgo()) {
            return;
        }
        Mapping spec = d.root().mappingOrNull("spec");
        Sequence templates = spec == null ? null : spec.sequenceOrNull("templates");
        for (int i = 0; templates != null && i < templates.size(); i++) {
            if (!(templates.item(i) instanceof Mapping template)) {
                continue;
            }
            Mapping outputs = template.mappingOrNull("outputs");
            Sequence parameters = outputs == null ? null : outputs.sequenceOrNull("parameters");
            if (parameters == null) {
                continue;
            }
            boolean composite = template.has("dag") || template.has("steps");
            for (int j = 0; j < parameters.size(); j++) {
                if (parameters.item(j) instanceof Mapping output) {
                    checkOutput(ctx, d, output, composite);
                }
            }
        }
    }

    private void checkOutput(LintContext ctx, Document d, Mapping output, boolean composite) {
        Optional<Scalar> name = output.scalar("name").filter(s -> !s.isNull());
        Optional<Scalar> global = output.scalar("globalName").filter(s -> !s.isNull());
        boolean nameExact = name.map(Scalar::value).filter(CONTEXT::equals).isPresent();
        boolean globalExact = global.map(Scalar::value).filter(CONTEXT::equals).isPresent();
        if (nameExact) {
            if (global.isEmpty()) {
                ctx.report(EXPORT, d, name.get(), "output PROMOTION_CONTEXT has no globalName, so the context "
                        + "stays inside this step", "add globalName: PROMOTION_CONTEXT next to the name");
            } else if (!globalExact) {
                ctx.report(EXPORT, d, global.get(), "output PROMOTION_CONTEXT has globalName "
                        + Nodes.quote(global.get().value()) + "; Codefresh reads only PROMOTION_CONTEXT",
                        "write globalName: PROMOTION_CONTEXT");
            }
            checkSource(ctx, d, output, name.get(), composite);
        } else if (globalExact) {
            YamlNode at = name.<YamlNode>map(n -> n).orElse(global.get());
            String what = name.map(n -> "output " + Nodes.quote(n.value())).orElse("an output without a name");
            ctx.report(EXPORT, d, at, what + " has globalName PROMOTION_CONTEXT but Codefresh also needs the "
                    + "output itself named PROMOTION_CONTEXT", "write name: PROMOTION_CONTEXT");
            checkSource(ctx, d, output, at, composite);
        } else {
            boolean reported = false;
            if (name.isPresent() && isVariant(name.get().value())) {
                reportVariant(ctx, d, name.get(), "output");
                reported = true;
            }
            if (!reported && global.isPresent() && isVariant(global.get().value())) {
                reportVariant(ctx, d, global.get(), "globalName");
            }
        }
        if (nameExact && globalExact) {
            checkUsedAsActionOnly(ctx, d, global.get());
        }
    }

    private void checkSource(LintContext ctx, Document d, Mapping output, YamlNode nameNode, boolean composite) {
        Optional<Mapping> valueFrom = output.mapping("valueFrom");
        if (valueFrom.isEmpty()) {
            ctx.report(EXPORT, d, Nodes.keyOr(output, "value", nameNode), "output PROMOTION_CONTEXT has no "
                    + "valueFrom, so there is no context to read", "add valueFrom.path naming the file the step "
                    + "writes the JSON object to, e.g. valueFrom: {path: /tmp/promotion-context.txt}");
            return;
        }
        // A DAG or steps template re-exports a task's output with valueFrom.parameter; containers read a file.
        boolean ok = valueFrom.get().has("path")
                || (composite && (valueFrom.get().has("parameter") || valueFrom.get().has("expression")));
        if (!ok) {
            ctx.report(EXPORT, d, Nodes.keyOr(output, "valueFrom", nameNode), "output PROMOTION_CONTEXT has no "
                    + "valueFrom.path", "write the JSON object to a file in the step and point valueFrom.path at it");
        }
    }

    private void checkUsedAsActionOnly(LintContext ctx, Document d, Scalar at) {
        List<Usage> uses = ctx.usages().of(d.name());
        if (uses.isEmpty() || uses.stream().anyMatch(Usage::isHook)) {
            return;
        }
        Usage first = uses.get(0);
        ctx.report(IN_ACTION, d.at(at), "workflow " + Nodes.quote(d.name()) + " exports PROMOTION_CONTEXT but is "
                        + "used only as a " + first.action().orElse("pre/post action") + " (in "
                        + first.from().kind().kindName() + " " + Nodes.quote(first.from().name())
                        + "); the context is passed between hooks only",
                "export the context from a hook, or pass the value to the post-action with a plain globalName "
                        + "output", first.from().at(first.reference().node()));
    }

    private static void reportVariant(LintContext ctx, Document d, Scalar at, String field) {
        ctx.report(NAME_VARIANT, d, at, field + " " + Nodes.quote(at.value()) + " looks like PROMOTION_CONTEXT "
                + "but is not spelt exactly so; Codefresh ignores it", "rename it to PROMOTION_CONTEXT (both name "
                + "and globalName)");
    }

    static boolean isVariant(String name) {
        if (name.equals(CONTEXT)) {
            return false;
        }
        String squashed = Nodes.squash(name);
        return squashed.equals("PROMOTIONCONTEXT") || Suggestions.distance(squashed, "PROMOTIONCONTEXT") <= 2;
    }
}
