package dev.hookctl.lint;

import static dev.hookctl.lint.Shape.ANY;
import static dev.hookctl.lint.Shape.INT;
import static dev.hookctl.lint.Shape.STR;
import static dev.hookctl.lint.Shape.STR_LIST;
import static dev.hookctl.lint.Shape.STR_MAP;
import static dev.hookctl.lint.Shape.listOf;
import static dev.hookctl.lint.Shape.obj;
import static dev.hookctl.lint.Shape.openObj;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.ScalarType;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.List;
import java.util.Map;

/**
 * Structural checks of the Codefresh kinds against their documented field tables: a value of the
 * wrong type, a misspelt or unknown field (with "did you mean"), a missing {@code metadata} or
 * {@code spec}. Argo kinds are checked along Argo's schema by {@code ArgoUnknownField}, which
 * reports their wrong types under this check's {@code wrong-type}.
 */
public final class Structure implements DocumentCheck {
    /** Also reported for Argo's kinds, by the walk along Argo's schema ({@code ArgoUnknownField}). */
    public static final RuleInfo WRONG_TYPE = new RuleInfo("wrong-type", Severity.ERROR, "structure",
            "A field has a value of the wrong type.",
            "Codefresh reads these manifests with fixed types: a list where a string is expected, or a string "
                    + "where a list is expected, makes the manifest fail to sync or be misread. An unquoted number or "
                    + "boolean (7, true, no) where a string is expected is rejected too: quote it. Argo's kinds are "
                    + "checked against Argo's schema: a mapping or a string where it has a list or an object (args: "
                    + "echo for [echo]), a list where it has a map (resources.limits: [cpu]), a list or a mapping where "
                    + "it has a single value (an unquoted \"- note: hi\" in args); whether a single value is a number "
                    + "or a string is not judged there, as quantities and int-or-string fields take both. The message "
                    + "names the field, the expected type and the type found; findings that would only "
                    + "follow from the misread field (no trigger environment, an undefined template) are left out.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: dev
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

    static final RuleInfo UNKNOWN_FIELD = new RuleInfo("unknown-field", Severity.WARNING, "structure",
            "A field is not part of the kind's documented schema.",
            "An unknown field is usually a typo (dependOn, triggerEnviroment) and is ignored by Codefresh, so "
                    + "the setting silently has no effect. The hint names the closest known field.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependOn: [dev]
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

    static final RuleInfo MISSING_FIELD = new RuleInfo("missing-field", Severity.ERROR, "structure",
            "A manifest lacks metadata or spec.",
            "Every Codefresh promotion manifest needs metadata (for its name) and a spec; without them it "
                    + "describes nothing.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionPolicy
            metadata:
              name: prod-needs-pr
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

    private static final Shape METADATA = openObj("name", STR, "namespace", STR, "labels", STR_MAP,
            "annotations", STR_MAP);
    /** hooks: unknown keys there are reported by the hook-key-unknown rule, so the mapping is open here. */
    private static final Shape HOOKS = openObj("onStart", STR, "onSuccess", STR, "onFail", STR);
    private static final Shape POLICY = obj("action", STR, "preAction", STR, "postAction", STR);

    private static final Map<Kind, Shape> SPECS = Map.of(
            Kind.PROMOTION_FLOW, obj(
                    "triggerEnvironment", STR,
                    "steps", listOf(obj("environment", STR, "dependsOn", STR_LIST, "policy", POLICY, "hooks", HOOKS)),
                    "hooks", HOOKS,
                    "promotionTimeoutLimit", ANY,
                    "properties", ANY),
            Kind.PRODUCT, obj(
                    "promotionTemplateRef", STR,
                    "promotionTemplate", obj(
                            "versionSource", obj("file", STR, "jsonPath", STR),
                            "promotion", new Shape.MapOf(obj("jsonPaths", STR_LIST))),
                    "promotionFlows", listOf(obj(
                            "name", STR,
                            "gitTriggerSelectors", listOf(obj("key", STR, "operator", STR, "values", ANY)))),
                    "concurrency", ANY,
                    "labels", STR_MAP),
            Kind.PROMOTION_POLICY, obj(
                    "priority", ANY,
                    "selector", obj(
                            "product", obj("names", ANY, "tags", ANY),
                            "targetEnvironment", obj("names", ANY, "types", ANY, "name", ANY, "type", ANY)),
                    "policy", POLICY,
                    "properties", ANY),
            Kind.PROMOTION_TEMPLATE, obj(
                    "applicationSourceSelector", obj(
                            "matchLabels", STR_MAP,
                            "matchExpressions", listOf(obj("key", STR, "operator", STR, "values", ANY))),
                    "priority", ANY,
                    "versionSource", obj("file", STR, "jsonPath", STR),
                    "promotion", new Shape.MapOf(obj("jsonPaths", STR_LIST))));

    @Override
    public List<RuleInfo> rules() {
        return List.of(WRONG_TYPE, UNKNOWN_FIELD, MISSING_FIELD);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return d -> check(ctx, d);
    }

    private void check(LintContext ctx, Document d) {
        Shape spec = SPECS.get(d.kind());
        if (spec == null) {
            return;
        }
        Mapping root = d.root();
        for (String required : List.of("metadata", "spec")) {
            if (!root.has(required)) {
                ctx.report(MISSING_FIELD, d, root.entry("kind").map(e -> (YamlNode) e.key()).orElse(root),
                        d.kind().kindName() + " has no " + required,
                        required.equals("spec") ? "add a spec; `hookctl rules` and docs/rules.md show the fields with examples"
                                : "add metadata with a name");
            }
        }
        root.get("metadata").ifPresent(m -> walk(ctx, d, "metadata", m, METADATA));
        root.get("spec").ifPresent(s -> walk(ctx, d, "spec", s, spec));
    }

    private void walk(LintContext ctx, Document d, String path, YamlNode node, Shape shape) {
        if (shape instanceof Shape.Any) {
            return;
        }
        if (shape instanceof Shape.Str) {
            // an unquoted 7, true or no is a number or a boolean to Kubernetes, and a CRD's string field
            // rejects it, as it does a list, a mapping or null
            if (!(node instanceof Scalar s) || !s.isString()) {
                wrongType(ctx, d, path, node, shape);
            }
        } else if (shape instanceof Shape.Int) {
            if (!(node instanceof Scalar s) || s.type() != ScalarType.INT) {
                wrongType(ctx, d, path, node, shape);
            }
        } else if (shape instanceof Shape.ListOf list) {
            if (!(node instanceof Sequence seq)) {
                wrongType(ctx, d, path, node, shape);
                return;
            }
            for (int i = 0; i < seq.size(); i++) {
                walk(ctx, d, path + "[" + i + "]", seq.item(i), list.item());
            }
        } else if (shape instanceof Shape.MapOf map) {
            if (!(node instanceof Mapping m)) {
                wrongType(ctx, d, path, node, shape);
                return;
            }
            if (map.value() instanceof Shape.Str) {
                return; // string maps (labels, annotations) have their own rule for non-string values
            }
            for (int i = 0; i < m.size(); i++) {
                walk(ctx, d, path + "." + m.nameAt(i), m.valueAt(i), map.value());
            }
        } else if (shape instanceof Shape.Obj obj) {
            if (!(node instanceof Mapping m)) {
                wrongType(ctx, d, path, node, shape);
                return;
            }
            for (int i = 0; i < m.size(); i++) {
                String name = m.nameAt(i);
                Shape field = obj.fields().get(name);
                if (field != null) {
                    walk(ctx, d, path + "." + name, m.valueAt(i), field);
                } else if (!obj.open()) {
                    ctx.report(UNKNOWN_FIELD, d, m.keyAt(i), "unknown field \"" + name + "\" in " + path,
                            Suggestions.didYouMeanOr(name, obj.fields().keySet(),
                                    "known fields: " + String.join(", ", obj.fields().keySet())));
                }
            }
        }
    }

    private static void wrongType(LintContext ctx, Document d, String path, YamlNode node, Shape shape) {
        String hint = "";
        if (shape instanceof Shape.ListOf l) {
            hint = l.item() instanceof Shape.Str && node instanceof Scalar s && !s.isNull()
                    ? "write it as a list: [" + s.value() + "]" : "write it as a YAML list (- item)";
        } else if (shape instanceof Shape.Obj o) {
            hint = "expected fields: " + String.join(", ", o.fields().keySet());
        } else if (shape instanceof Shape.Str && node instanceof Scalar s && !s.isNull()) {
            hint = "quote it: \"" + s.value() + "\"";
        }
        ctx.report(WRONG_TYPE, d, node, path + " must be " + shape.expected() + ", not " + node.typeName(), hint);
    }
}
