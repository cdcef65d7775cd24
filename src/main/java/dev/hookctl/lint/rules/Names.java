package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.List;
import java.util.Locale;

/**
 * {@code metadata.name}: present, a Kubernetes DNS-1123 subdomain, no underscore in Promotion
 * Workflow names, and short enough for the label Argo derives from a template name.
 */
public final class Names implements DocumentCheck {
    static final RuleInfo MISSING = new RuleInfo("name-missing", Severity.ERROR, "manifest",
            "A manifest has no metadata.name.",
            "Flows, products, policies and hooks refer to each other by name; a manifest without one cannot be "
                    + "applied or referenced.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionTemplate
            metadata:
              labels:
                team: web
            spec:
              applicationSourceSelector:
                matchLabels:
                  app: web
              priority: 0
              versionSource:
                file: Chart.yaml
                jsonPath: $.appVersion
            """,
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionTemplate
            metadata:
              name: helm-default
            spec:
              applicationSourceSelector:
                matchLabels:
                  app: web
              priority: 0
              versionSource:
                file: Chart.yaml
                jsonPath: $.appVersion
            """);

    static final RuleInfo INVALID = new RuleInfo("name-invalid", Severity.ERROR, "manifest",
            "metadata.name is not a valid Kubernetes name.",
            "Names must be DNS-1123 subdomains: lower-case letters, digits, '-' and '.', starting and ending with "
                    + "a letter or digit, at most 253 characters. The Codefresh docs' own example productionDeployments "
                    + "fails this. Promotion Workflow names may not contain '_' (Codefresh validates this since May 2025).",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: productionDeployments
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
              name: production-deployments
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """);

    static final RuleInfo TOO_LONG = new RuleInfo("workflow-name-length", Severity.WARNING, "manifest",
            "A Promotion Workflow name is longer than 63 characters.",
            "Argo labels every Workflow it creates from a template with the template's name "
                    + "(workflows.argoproj.io/workflow-template), and label values are limited to 63 characters, "
                    + "so a longer name breaks submission.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: notify-the-payments-team-on-slack-when-a-production-release-starts-now
              annotations:
                codefresh.io/workflow-origin: promotion
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: notify-payments-release-start
              annotations:
                codefresh.io/workflow-origin: promotion
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
            """);

    @Override
    public List<RuleInfo> rules() {
        return List.of(MISSING, INVALID, TOO_LONG);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return d -> check(ctx, d);
    }

    private void check(LintContext ctx, Document d) {
        Mapping metadata = d.root().mappingOrNull("metadata");
        YamlNode nameNode = metadata == null ? null : metadata.getOrNull("name");
        String name = d.name();
        if (nameNode == null || name.isEmpty()) {
            // A Workflow is usually submitted with generateName; Argo's own rules judge its naming.
            // Without metadata at all, missing-field already says so.
            if (d.kind() != Kind.WORKFLOW && metadata != null) {
                ctx.report(MISSING, d, nameNode != null ? nameNode : metadata,
                        d.kind().kindName() + " has no metadata.name", "add metadata.name: a lower-case name");
            }
            return;
        }
        boolean workflow = d.kind().isArgo();
        if (!isDns1123Subdomain(name)) {
            String hint = "use lower-case letters, digits and '-', e.g. \"" + suggest(name) + "\"";
            String message = workflow && name.contains("_") && new HookTemplate(d).isPromotionWorkflow()
                    ? "Promotion Workflow name \"" + name + "\" contains '_', which Codefresh rejects"
                    : "\"" + name + "\" is not a valid Kubernetes name";
            ctx.report(INVALID, d, nameNode, message, hint);
        } else if (workflow && new HookTemplate(d).isPromotionWorkflow() && name.length() > 63) {
            ctx.report(TOO_LONG, d, nameNode,
                    "Promotion Workflow name is " + name.length() + " characters; Argo label values hold 63",
                    "shorten it to 63 characters or fewer");
        }
    }

    /**
     * At most 253 characters matching {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*},
     * written out: every document's name is checked, and a Matcher per name is garbage.
     */
    static boolean isDns1123Subdomain(String name) {
        if (name.isEmpty() || name.length() > 253) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                // a label: lower-case letters, digits and '-', starting and ending with a letter or digit
                if (i == labelStart || !isLowerAlnum(name.charAt(labelStart)) || !isLowerAlnum(name.charAt(i - 1))) {
                    return false;
                }
                labelStart = i + 1;
            } else if (!isLowerAlnum(name.charAt(i)) && name.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** A valid name close to an invalid one: camelCase and underscores become dashes. */
    static String suggest(String name) {
        String dashed = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.-]", "-").replaceAll("-+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return dashed.isEmpty() ? "my-name" : dashed;
    }
}
