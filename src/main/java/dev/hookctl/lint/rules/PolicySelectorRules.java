package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.Check;
import dev.hookctl.lint.LintContext;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shape of a PromotionPolicy's selector, and whether the policy sets anything at all. */
public final class PolicySelectorRules implements Check {
    public static final RuleInfo SHAPE = new RuleInfo("policy-selector-shape", Severity.ERROR, "policies",
            "A PromotionPolicy selector list is not a list of strings.",
            "selector.product.names, selector.targetEnvironment.names and selector.targetEnvironment.types are "
                    + "lists of strings. A single string (names: prod) or a nested value is refused by the CRD or, "
                    + "worse, matches nothing, and the policy silently never applies.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionPolicy
            metadata:
              name: prod-needs-pr
            spec:
              priority: 10
              selector:
                targetEnvironment:
                  names: prod
              policy:
                action: pr
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
                  names: [prod]
              policy:
                action: pr
            """);

    public static final RuleInfo ENVIRONMENT_TYPE = new RuleInfo("policy-environment-type", Severity.ERROR,
            "policies",
            "A targetEnvironment type is not PROD or NON_PROD.",
            "Policies select environments by kind with the values PROD and NON_PROD. The UI shows the kinds as "
                    + "Production and Non-production, but those spellings match no environment in a manifest, so "
                    + "the policy never applies.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionPolicy
            metadata:
              name: prod-needs-pr
            spec:
              priority: 10
              selector:
                targetEnvironment:
                  types: [Production]
              policy:
                action: pr
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

    public static final RuleInfo SINGULAR = new RuleInfo("policy-selector-singular", Severity.WARNING, "policies",
            "A policy selector uses name or type instead of names or types.",
            "The Codefresh field table spells the selector keys name and type, but its own example and the "
                    + "platform use the plural names and types. The singular spelling is at best ambiguous; write "
                    + "the plural with a list.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionPolicy
            metadata:
              name: prod-needs-pr
            spec:
              priority: 10
              selector:
                targetEnvironment:
                  type: PROD
              policy:
                action: pr
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

    public static final RuleInfo SETTINGS_MISSING = new RuleInfo("policy-settings-missing", Severity.WARNING,
            "policies",
            "A PromotionPolicy has no spec.policy settings.",
            "spec.policy holds what the policy does: the action (commit, pr or none) and the optional pre- and "
                    + "post-action workflows. A policy without it matches products and environments but changes "
                    + "nothing.",
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

    @Override
    public List<RuleInfo> rules() {
        return List.of(SHAPE, ENVIRONMENT_TYPE, SINGULAR, SETTINGS_MISSING);
    }

    @Override
    public void check(LintContext ctx) {
        for (Document d : ctx.catalog().documents(Kind.PROMOTION_POLICY)) {
            Optional<Mapping> spec = d.spec();
            if (spec.isEmpty()) {
                continue;
            }
            spec.get().mapping("selector").ifPresent(sel -> {
                sel.mapping("product").ifPresent(p -> checkGroup(ctx, d, p, "product", false));
                sel.mapping("targetEnvironment").ifPresent(t -> checkGroup(ctx, d, t, "targetEnvironment", true));
            });
            Optional<YamlNode> policy = spec.get().get("policy");
            boolean empty = policy.isEmpty() || (policy.get() instanceof Scalar s && s.isNull())
                    || (policy.get() instanceof Mapping m && m.size() == 0);
            if (empty) {
                YamlNode at = Nodes.keyOr(spec.get(), "policy", d.root().entry("spec").get().key());
                ctx.report(SETTINGS_MISSING, d, at, "policy " + Nodes.quote(d.name()) + " sets no action, "
                        + "preAction or postAction, so it has no effect", "add spec.policy, e.g. policy: {action: pr}");
            }
        }
    }

    private void checkGroup(LintContext ctx, Document d, Mapping group, String where, boolean environment) {
        for (Entry e : group.entries()) {
            String key = e.name();
            boolean singular = key.equals("name") || (environment && key.equals("type"));
            if (singular) {
                ctx.report(SINGULAR, d, e.key(), "selector." + where + "." + key + " is the singular spelling",
                        "write " + key + "s: [" + listPreview(e.value()) + "]");
            }
            boolean list = key.equals("names") || (environment && key.equals("types"));
            if (list) {
                checkList(ctx, d, e, where);
            }
            if (environment && (key.equals("types") || key.equals("type"))) {
                checkTypes(ctx, d, e.value());
            }
        }
    }

    private void checkList(LintContext ctx, Document d, Entry e, String where) {
        YamlNode v = e.value();
        if (v instanceof Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (!Nodes.isString(item)) {
                    String shown = item instanceof Scalar s ? " " + Nodes.quote(s.value()) : "";
                    ctx.report(SHAPE, d, item, "selector." + where + "." + e.name() + " entries must be strings, "
                            + "not " + item.typeName() + shown, item instanceof Scalar s && !s.isNull()
                            ? "quote it: \"" + s.value() + "\"" : "write each entry as a plain string");
                }
            }
        } else if (!(v instanceof Scalar s && s.isNull())) {
            ctx.report(SHAPE, d, v, "selector." + where + "." + e.name() + " must be a list of strings, not "
                    + v.typeName(), "write " + e.name() + ": [" + listPreview(v) + "]");
        }
    }

    private static void checkTypes(LintContext ctx, Document d, YamlNode v) {
        List<YamlNode> items = v instanceof Sequence seq ? seq.items() : List.of(v);
        for (YamlNode item : items) {
            if (!(item instanceof Scalar s) || s.isNull()) {
                continue;
            }
            String value = s.value();
            if (value.equals("PROD") || value.equals("NON_PROD")) {
                continue;
            }
            Optional<String> meant = kindFor(value);
            String message = "environment type " + Nodes.quote(value) + " is not PROD or NON_PROD"
                    + (meant.isPresent() && Character.isUpperCase(value.charAt(0)) && value.length() > 4
                            ? " (the UI spelling is not the manifest value)" : "");
            String hint = meant.map(m -> "write " + m).orElse(ctx.config().environments().containsKey(value)
                    ? Nodes.quote(value) + " is an environment name: list it under targetEnvironment.names"
                    : "use PROD or NON_PROD");
            ctx.report(ENVIRONMENT_TYPE, d, item, message, hint);
        }
    }

    /** The selector value a UI or informal spelling stands for. */
    static Optional<String> kindFor(String value) {
        String v = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (v.startsWith("non")) {
            return Optional.of("NON_PROD");
        }
        if (v.startsWith("prod")) {
            return Optional.of("PROD");
        }
        return Optional.empty();
    }

    private static String listPreview(YamlNode v) {
        if (v instanceof Scalar s && !s.isNull()) {
            return s.value();
        }
        return "...";
    }
}
