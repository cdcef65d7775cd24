package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import java.util.List;
import java.util.regex.Pattern;

/** Labels and annotations: values must be strings, and labels must follow Kubernetes syntax. */
public final class MetadataValues implements DocumentCheck {
    static final RuleInfo NOT_STRING = new RuleInfo("metadata-value-not-string", Severity.ERROR, "manifest",
            "A label or annotation value is not a string.",
            "Kubernetes stores labels and annotations as strings and refuses a manifest whose value is a "
                    + "number or a boolean. An unquoted version: 1.0 is the usual case: YAML reads it as a number.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
              annotations:
                version: 1.0
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
              annotations:
                version: "1.0"
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """);

    static final RuleInfo LABEL_INVALID = new RuleInfo("label-invalid", Severity.ERROR, "manifest",
            "A label key or value breaks Kubernetes label syntax.",
            "Label keys are an optional DNS prefix and '/' plus a name of at most 63 characters; values are at "
                    + "most 63 characters of letters, digits, '-', '_' and '.', starting and ending alphanumeric. "
                    + "Codefresh ABAC rules match flow and product labels, so a label the API refuses also breaks "
                    + "access rules.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
              labels:
                team: "payments & billing"
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
              labels:
                team: payments-billing
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """);

    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern DNS_PREFIX =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NOT_STRING, LABEL_INVALID);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return d -> check(ctx, d);
    }

    private void check(LintContext ctx, Document d) {
        Mapping metadata = d.root().mappingOrNull("metadata");
        if (metadata == null) {
            return;
        }
        Mapping annotations = metadata.mappingOrNull("annotations");
        if (annotations != null) {
            checkValues(ctx, d, annotations, "annotation");
        }
        Mapping labels = metadata.mappingOrNull("labels");
        if (labels != null) {
            checkValues(ctx, d, labels, "label");
            // Codefresh ABAC matches labels of its own kinds; Argo objects keep Argo's semantics
            if (d.kind().isCodefresh()) {
                checkLabels(ctx, d, labels);
            }
        }
    }

    private static void checkValues(LintContext ctx, Document d, Mapping m, String what) {
        for (int i = 0; i < m.size(); i++) {
            YamlNode v = m.valueAt(i);
            if (v instanceof Scalar s && s.isString()) {
                continue;
            }
            String shown = v instanceof Scalar s ? s.value() : "";
            ctx.report(NOT_STRING, d, v,
                    what + " \"" + m.nameAt(i) + "\" has " + v.typeName() + " value; Kubernetes accepts only strings",
                    v instanceof Scalar ? "quote it: " + m.nameAt(i) + ": \"" + shown + "\"" : "write the value as a string");
        }
    }

    private static void checkLabels(LintContext ctx, Document d, Mapping labels) {
        for (Entry e : labels.entries()) {
            String key = e.name();
            String name = key;
            int slash = key.indexOf('/');
            if (slash >= 0) {
                String prefix = key.substring(0, slash);
                name = key.substring(slash + 1);
                if (prefix.length() > 253 || !DNS_PREFIX.matcher(prefix).matches()) {
                    ctx.report(LABEL_INVALID, d, e.key(), "label key prefix \"" + prefix + "\" is not a DNS subdomain",
                            "use a lower-case domain such as example.com/");
                    continue;
                }
            }
            if (name.length() > 63 || !LABEL_NAME.matcher(name).matches()) {
                ctx.report(LABEL_INVALID, d, e.key(), "label key \"" + key + "\" is not a valid label name",
                        "at most 63 letters, digits, '-', '_' or '.', starting and ending alphanumeric");
            }
            if (e.value() instanceof Scalar s && s.isString() && !s.value().isEmpty()
                    && (s.value().length() > 63 || !LABEL_NAME.matcher(s.value()).matches())) {
                ctx.report(LABEL_INVALID, d, s, "label value \"" + s.value() + "\" is not a valid label value",
                        "at most 63 letters, digits, '-', '_' or '.', starting and ending alphanumeric");
            }
        }
    }
}
