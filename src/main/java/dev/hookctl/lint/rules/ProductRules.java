package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.Check;
import dev.hookctl.lint.LintContext;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A Product's promotion template and its ordered list of flows with their Git trigger selectors. */
public final class ProductRules implements Check {
    static final List<String> SELECTOR_KEYS = List.of("commitMessage", "gitRevision");
    static final List<String> OPERATORS = List.of("In", "NotIn");

    private static final String PRODUCT_HEAD = """
            apiVersion: codefresh.io/v1beta1
            kind: Product
            metadata:
              name: checkout
            spec:
            """;
    private static final String FLOWS = """
            ---
            apiVersion: codefresh.io/v1beta1
            kind: PromotionTemplate
            metadata:
              name: helm-default
            spec:
              applicationSourceSelector:
                matchExpressions:
                  - key: codefresh.io/product
                    operator: Exists
              priority: 0
              versionSource:
                file: Chart.yaml
                jsonPath: $.appVersion
            ---
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
              name: hotfix-flow
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """;

    private static String product(String specBody) {
        return PRODUCT_HEAD + specBody.indent(2) + FLOWS;
    }

    private static final String GOOD_FLOWS = """
            promotionTemplateRef: helm-default
            promotionFlows:
              - name: hotfix-flow
                gitTriggerSelectors:
                  - key: commitMessage
                    operator: In
                    values: ["*hotfix*"]
              - name: web-release
                gitTriggerSelectors:
                  - key: commitMessage
                    operator: NotIn
                    values: ["wip"]
            """;

    public static final RuleInfo TEMPLATE_MISSING = new RuleInfo("product-template-missing", Severity.WARNING,
            "products",
            "A Product has neither promotionTemplateRef nor promotionTemplate.",
            "The template says which files and JSON paths a promotion copies and where the version shown in "
                    + "the dashboards comes from. Without one Codefresh promotes every change in every file of the "
                    + "application's source folder, which is rarely intended once environments carry their own "
                    + "values.",
            product("""
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: NotIn
                            values: ["wip"]
                    """),
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: NotIn
                            values: ["wip"]
                    """));

    public static final RuleInfo TEMPLATE_BOTH = new RuleInfo("product-template-both", Severity.WARNING, "products",
            "A Product has both promotionTemplateRef and an inline promotionTemplate.",
            "The docs make each field required only when the other is absent and do not say which wins when both "
                    + "are given. Keep one: the reference to share a template between products, or the inline "
                    + "template for a product of its own.",
            product("""
                    promotionTemplateRef: helm-default
                    promotionTemplate:
                      versionSource:
                        file: Chart.yaml
                        jsonPath: $.version
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: NotIn
                            values: ["wip"]
                    """),
            product(GOOD_FLOWS));

    public static final RuleInfo TEMPLATE_UNRESOLVED = new RuleInfo("product-template-unresolved", Severity.ERROR,
            "products",
            "promotionTemplateRef names no PromotionTemplate.",
            "A reference to a template that does not exist leaves the product without promotion settings: "
                    + "Codefresh cannot tell which files to promote. The diagnostic suggests the closest "
                    + "template name.",
            product("""
                    promotionTemplateRef: helm-defaults
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: NotIn
                            values: ["wip"]
                    """),
            product(GOOD_FLOWS));

    public static final RuleInfo FLOW_UNRESOLVED = new RuleInfo("product-flow-unresolved", Severity.ERROR,
            "products",
            "A Product's promotionFlows entry names no PromotionFlow.",
            "When a commit matches the entry's trigger selectors Codefresh looks the flow up by name. A missing "
                    + "or misspelt name means the matching commits start no release at all (and, since the first "
                    + "match wins, later entries are not tried either).",
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: web-releases
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: NotIn
                            values: ["wip"]
                    """),
            product(GOOD_FLOWS));

    public static final RuleInfo SELECTORS_MISSING = new RuleInfo("trigger-selectors-missing", Severity.ERROR,
            "products",
            "A Product's promotionFlows entry has no gitTriggerSelectors.",
            "gitTriggerSelectors decide which commits start the flow; the field is required. Without it the "
                    + "entry's behaviour is undefined. To match every commit, say so explicitly with "
                    + "operator: In and values: [\"*\"] (and put the entry last).",
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: web-release
                    """),
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: In
                            values: ["*"]
                    """));

    public static final RuleInfo SELECTOR_INVALID = new RuleInfo("trigger-selector-invalid", Severity.ERROR,
            "products",
            "A Git trigger selector has a wrong key, operator or values.",
            "Each selector needs key commitMessage or gitRevision, operator In or NotIn (case-sensitive), and a "
                    + "non-empty list of values. Anything else cannot be evaluated against the commit, so the flow "
                    + "is never chosen.",
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: in
                            values: ["release*"]
                    """),
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: In
                            values: ["release*"]
                    """));

    public static final RuleInfo SELECTOR_VALUE_TYPE = new RuleInfo("trigger-selector-value-type",
            Severity.WARNING, "products",
            "A Git trigger selector value is not a string.",
            "Values are compared with the commit message or revision as text. YAML reads an unquoted 1234 as a "
                    + "number and yes as a boolean, so a commit SHA made of digits or a word like on may not match "
                    + "as written. Quote such values.",
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: hotfix-flow
                        gitTriggerSelectors:
                          - key: gitRevision
                            operator: In
                            values: [1234567]
                    """),
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: hotfix-flow
                        gitTriggerSelectors:
                          - key: gitRevision
                            operator: In
                            values: ["1234567"]
                    """));

    public static final RuleInfo FLOW_DUPLICATE = new RuleInfo("product-flow-duplicate", Severity.WARNING,
            "products",
            "A Product lists the same flow twice in promotionFlows.",
            "The first entry whose selectors match wins, so a second entry for the same flow either never "
                    + "matters or shows that the selectors were meant to be combined in one entry.",
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: In
                            values: ["release*"]
                      - name: web-release
                        gitTriggerSelectors:
                          - key: gitRevision
                            operator: In
                            values: ["main"]
                    """),
            product(GOOD_FLOWS));

    public static final RuleInfo FLOW_SHADOWED = new RuleInfo("product-flow-shadowed", Severity.WARNING, "products",
            "A Product's flow can never be chosen because an earlier entry matches every commit.",
            "promotionFlows are tried top-down and the first match wins. An entry whose selectors are all "
                    + "operator In with the value \"*\" matches every commit, so the entries after it never run. "
                    + "Move the catch-all to the end.",
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: In
                            values: ["*"]
                      - name: hotfix-flow
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: In
                            values: ["*hotfix*"]
                    """),
            product("""
                    promotionTemplateRef: helm-default
                    promotionFlows:
                      - name: hotfix-flow
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: In
                            values: ["*hotfix*"]
                      - name: web-release
                        gitTriggerSelectors:
                          - key: commitMessage
                            operator: In
                            values: ["*"]
                    """));

    @Override
    public List<RuleInfo> rules() {
        return List.of(TEMPLATE_MISSING, TEMPLATE_BOTH, TEMPLATE_UNRESOLVED, FLOW_UNRESOLVED, SELECTORS_MISSING,
                SELECTOR_INVALID, SELECTOR_VALUE_TYPE, FLOW_DUPLICATE, FLOW_SHADOWED);
    }

    @Override
    public void check(LintContext ctx) {
        for (Document d : ctx.catalog().documents(Kind.PRODUCT)) {
            Optional<Mapping> spec = d.spec();
            if (spec.isEmpty()) {
                continue;
            }
            checkTemplate(ctx, d, spec.get());
            checkFlows(ctx, d, spec.get());
        }
    }

    private void checkTemplate(LintContext ctx, Document d, Mapping spec) {
        boolean hasRef = spec.has("promotionTemplateRef");
        boolean hasInline = spec.has("promotionTemplate");
        if (!hasRef && !hasInline) {
            ctx.report(TEMPLATE_MISSING, d, d.root().entry("spec").get().key(), "product " + Nodes.quote(d.name())
                    + " has no promotionTemplateRef or promotionTemplate, so every change in every file is "
                    + "promoted", "add promotionTemplateRef: <a PromotionTemplate name>, or an inline "
                    + "promotionTemplate with versionSource and promotion");
        }
        if (hasRef && hasInline) {
            ctx.report(TEMPLATE_BOTH, d.at(spec.entry("promotionTemplate").get().key()), "product "
                            + Nodes.quote(d.name()) + " has both promotionTemplateRef and promotionTemplate; which "
                            + "one applies is undocumented",
                    "keep one of them", d.at(spec.entry("promotionTemplateRef").get().key()));
        }
        spec.scalar("promotionTemplateRef").filter(s -> s.isString() && !s.value().isEmpty()).ifPresent(ref -> {
            if (ctx.catalog().find(Kind.PROMOTION_TEMPLATE, ref.value()).isEmpty()) {
                var names = ctx.catalog().names(Kind.PROMOTION_TEMPLATE);
                String hint = Suggestions.closest(ref.value(), names).map(s -> "did you mean " + Nodes.quote(s) + "?")
                        .orElse(names.isEmpty() ? "no PromotionTemplate is in the linted files; add one under "
                                + "resources/configurations/promotion-templates/" : "known templates: "
                                + String.join(", ", names));
                ctx.report(TEMPLATE_UNRESOLVED, d, ref, "promotionTemplateRef " + Nodes.quote(ref.value())
                        + " names no PromotionTemplate", hint);
            }
        });
    }

    private void checkFlows(LintContext ctx, Document d, Mapping spec) {
        List<Mapping> entries = spec.sequence("promotionFlows").map(Sequence::mappings).orElse(List.of());
        Map<String, Scalar> seen = new LinkedHashMap<>();
        Optional<YamlNode> catchAll = Optional.empty();
        var flowNames = ctx.catalog().names(Kind.PROMOTION_FLOW);
        for (Mapping entry : entries) {
            Optional<Scalar> name = entry.scalar("name").filter(s -> !s.isNull() && !s.value().isEmpty());
            YamlNode at = name.<YamlNode>map(n -> n).orElse(entry);
            if (name.isEmpty()) {
                ctx.report(FLOW_UNRESOLVED, d, entry, "a promotionFlows entry has no name",
                        "add name: <a PromotionFlow name>");
            } else {
                String n = name.get().value();
                if (ctx.catalog().find(Kind.PROMOTION_FLOW, n).isEmpty()) {
                    String hint = Suggestions.closest(n, flowNames).map(s -> "did you mean " + Nodes.quote(s) + "?")
                            .orElse(flowNames.isEmpty() ? "no PromotionFlow is in the linted files; add one under "
                                    + "resources/configurations/promotion-flows/" : "known flows: "
                                    + String.join(", ", flowNames));
                    ctx.report(FLOW_UNRESOLVED, d, name.get(), "promotion flow " + Nodes.quote(n)
                            + " does not exist", hint);
                }
                Scalar first = seen.putIfAbsent(n, name.get());
                if (first != null) {
                    ctx.report(FLOW_DUPLICATE, d.at(name.get()), "flow " + Nodes.quote(n) + " is listed twice in "
                                    + "promotionFlows; only the first matching entry is used",
                            "merge the two entries' selectors or remove one", d.at(first));
                }
                if (catchAll.isPresent()) {
                    ctx.report(FLOW_SHADOWED, d.at(name.get()), "flow " + Nodes.quote(n) + " is never chosen: an "
                                    + "earlier entry matches every commit",
                            "move the catch-all entry (operator In, values [\"*\"]) to the end of promotionFlows",
                            d.at(catchAll.get()));
                }
            }
            Optional<YamlNode> selectors = entry.get("gitTriggerSelectors");
            if (selectors.isEmpty() || !(selectors.get() instanceof Sequence seq) || seq.items().isEmpty()) {
                YamlNode where = selectors.<YamlNode>map(s -> entry.entry("gitTriggerSelectors").get().key())
                        .orElse(at);
                ctx.report(SELECTORS_MISSING, d, where, "promotionFlows entry " + name.map(s -> Nodes.quote(s.value()))
                                .orElse("") + " has no gitTriggerSelectors",
                        "add gitTriggerSelectors, e.g. [{key: commitMessage, operator: In, values: [\"*\"]}] to "
                                + "match every commit");
                continue;
            }
            boolean allMatchEverything = true;
            Optional<YamlNode> star = Optional.empty();
            for (YamlNode item : seq.items()) {
                if (!(item instanceof Mapping sel)) {
                    ctx.report(SELECTOR_INVALID, d, item, "a Git trigger selector must be a mapping with key, "
                            + "operator and values", "- key: commitMessage\n  operator: In\n  values: [\"*\"]");
                    allMatchEverything = false;
                    continue;
                }
                checkSelector(ctx, d, sel);
                Optional<YamlNode> s = starOf(sel);
                if (s.isEmpty()) {
                    allMatchEverything = false;
                } else if (star.isEmpty()) {
                    star = s;
                }
            }
            if (allMatchEverything && catchAll.isEmpty() && star.isPresent()) {
                catchAll = star;
            }
        }
    }

    /** The "*" value of an {@code In} selector, which matches every commit. */
    private static Optional<YamlNode> starOf(Mapping sel) {
        if (!sel.text("operator").filter("In"::equals).isPresent()) {
            return Optional.empty();
        }
        for (YamlNode v : sel.sequence("values").map(Sequence::items).orElse(List.of())) {
            if (v instanceof Scalar s && s.value().equals("*")) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private void checkSelector(LintContext ctx, Document d, Mapping sel) {
        Optional<YamlNode> key = sel.get("key");
        if (key.isEmpty()) {
            ctx.report(SELECTOR_INVALID, d, Nodes.keyOr(sel, "operator", sel), "the selector has no key",
                    "add key: commitMessage or key: gitRevision");
        } else if (!(key.get() instanceof Scalar k && SELECTOR_KEYS.contains(k.value()))) {
            String given = key.get() instanceof Scalar k ? k.value() : "";
            ctx.report(SELECTOR_INVALID, d, key.get(), "selector key " + Nodes.quote(given) + " is not "
                    + "commitMessage or gitRevision", caseFix(given, SELECTOR_KEYS)
                    .or(() -> Suggestions.closest(given, SELECTOR_KEYS)).map(s -> "write key: " + s)
                    .orElse("use commitMessage or gitRevision"));
        }
        Optional<YamlNode> op = sel.get("operator");
        if (op.isEmpty()) {
            ctx.report(SELECTOR_INVALID, d, Nodes.keyOr(sel, "key", sel), "the selector has no operator",
                    "add operator: In or operator: NotIn");
        } else if (!(op.get() instanceof Scalar o && OPERATORS.contains(o.value()))) {
            String given = op.get() instanceof Scalar o ? o.value() : "";
            String squashed = Nodes.squash(given);
            Optional<String> meant = squashed.equals("IN") || squashed.equals("CONTAINS") ? Optional.of("In")
                    : squashed.equals("NOTIN") || squashed.equals("NOTCONTAINS") ? Optional.of("NotIn")
                    : Optional.empty();
            ctx.report(SELECTOR_INVALID, d, op.get(), "selector operator " + Nodes.quote(given) + " is not In or "
                    + "NotIn (operators are case-sensitive)", meant.map(m -> "write operator: " + m)
                    .orElse("use In or NotIn"));
        }
        Optional<YamlNode> values = sel.get("values");
        if (values.isEmpty() || (values.get() instanceof Scalar s && s.isNull())) {
            ctx.report(SELECTOR_INVALID, d, Nodes.keyOr(sel, "values", Nodes.keyOr(sel, "key", sel)),
                    "the selector has no values", "add values: [\"pattern\"] (use \"*\" as a wildcard)");
        } else if (!(values.get() instanceof Sequence list)) {
            String preview = values.get() instanceof Scalar s ? s.value() : "...";
            ctx.report(SELECTOR_INVALID, d, values.get(), "selector values must be a list, not "
                    + values.get().typeName(), "write values: [\"" + preview + "\"]");
        } else if (list.items().isEmpty()) {
            ctx.report(SELECTOR_INVALID, d, list, "selector values is an empty list, which matches nothing",
                    "add at least one value; \"*\" matches everything");
        } else {
            for (YamlNode v : list.items()) {
                if (v instanceof Scalar s && !s.isString()) {
                    ctx.report(SELECTOR_VALUE_TYPE, d, v, "selector value " + s.value() + " is read as "
                            + s.typeName() + ", not as text", "quote it: \"" + s.value() + "\"");
                } else if (!(v instanceof Scalar)) {
                    ctx.report(SELECTOR_INVALID, d, v, "selector values must be strings, not " + v.typeName(),
                            "write each value as a string");
                }
            }
        }
    }

    private static Optional<String> caseFix(String given, List<String> known) {
        for (String k : known) {
            if (k.toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
