package dev.hookctl.lint.rules;

import dev.hookctl.yaml.ValueLocator;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.Check;
import dev.hookctl.lint.LintContext;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.Span;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.List;
import java.util.Optional;

/**
 * What a promotion copies: the application selector of a PromotionTemplate, and the version source
 * and promoted JSON paths of a PromotionTemplate or a Product's inline promotionTemplate.
 */
public final class PromotionTemplateRules implements Check {
    static final List<String> OPERATORS = List.of("In", "NotIn", "Exists", "DoesNotExist");

    private static String template(String specBody) {
        return """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionTemplate
                metadata:
                  name: helm-default
                spec:
                """ + specBody.indent(2);
    }

    private static final String GOOD = template("""
            applicationSourceSelector:
              matchExpressions:
                - key: codefresh.io/product
                  operator: Exists
            priority: 0
            versionSource:
              file: Chart.yaml
              jsonPath: $.appVersion
            promotion:
              values.yaml:
                jsonPaths:
                  - $.image.tag
                  - $["side-car"].image.tag
            """);

    public static final RuleInfo SELECTOR_MISSING = new RuleInfo("template-selector-missing", Severity.ERROR,
            "templates",
            "A PromotionTemplate has no applicationSourceSelector.",
            "The selector decides which applications the template applies to; the field is required. A "
                    + "template without it applies to nothing (or is refused), so its products fall back to "
                    + "promoting every file.",
            template("""
                    priority: 0
                    versionSource:
                      file: Chart.yaml
                      jsonPath: $.appVersion
                    """),
            GOOD);

    public static final RuleInfo SELECTOR_EMPTY = new RuleInfo("template-selector-empty", Severity.WARNING,
            "templates",
            "A PromotionTemplate's applicationSourceSelector selects by nothing.",
            "A label selector without matchLabels and matchExpressions has no documented meaning here: it may "
                    + "match every application or none. Say what it selects, for example the applications with a "
                    + "codefresh.io/product label.",
            template("""
                    applicationSourceSelector: {}
                    priority: 0
                    versionSource:
                      file: Chart.yaml
                      jsonPath: $.appVersion
                    """),
            GOOD);

    public static final RuleInfo MATCH_EXPRESSION = new RuleInfo("template-match-expression", Severity.ERROR,
            "templates",
            "A matchExpressions entry has a wrong operator or values.",
            "Kubernetes label selectors allow the operators In, NotIn, Exists and DoesNotExist (case-sensitive). "
                    + "In and NotIn need a non-empty list of values; Exists and DoesNotExist take none. A wrong "
                    + "expression makes the whole template unusable.",
            template("""
                    applicationSourceSelector:
                      matchExpressions:
                        - key: codefresh.io/product
                          operator: Exists
                          values: [checkout]
                    priority: 0
                    versionSource:
                      file: Chart.yaml
                      jsonPath: $.appVersion
                    """),
            GOOD);

    public static final RuleInfo VERSION_SOURCE = new RuleInfo("version-source-incomplete", Severity.ERROR,
            "templates",
            "versionSource is missing or lacks file or jsonPath.",
            "The version shown for each release and environment is read from versionSource.file at "
                    + "versionSource.jsonPath. A PromotionTemplate requires versionSource, and both fields are "
                    + "required wherever versionSource is written (also in a Product's inline promotionTemplate).",
            template("""
                    applicationSourceSelector:
                      matchExpressions:
                        - key: codefresh.io/product
                          operator: Exists
                    priority: 0
                    versionSource:
                      file: Chart.yaml
                    """),
            GOOD);

    public static final RuleInfo JSONPATH_SYNTAX = new RuleInfo("jsonpath-syntax", Severity.ERROR, "templates",
            "A promotion JSONPath is not valid.",
            "Codefresh JSONPaths start with $ followed by \".\", \"..\" or \"[\" ($.appVersion, $..tag, "
                    + "$[\"a-b\"].c). The docs' own example $appVersion lacks the dot. An invalid path reads no "
                    + "version and promotes nothing. (A lone * in promotion jsonPaths promotes the whole file.)",
            template("""
                    applicationSourceSelector:
                      matchExpressions:
                        - key: codefresh.io/product
                          operator: Exists
                    priority: 0
                    versionSource:
                      file: Chart.yaml
                      jsonPath: $appVersion
                    """),
            GOOD);

    public static final RuleInfo JSONPATH_DASH = new RuleInfo("jsonpath-dash", Severity.WARNING, "templates",
            "A JSONPath uses a dash in dot notation.",
            "Codefresh does not support dashes in dot-notation keys: $.side-car.image.tag does not find the "
                    + "side-car key. Write the key in bracket form: $[\"side-car\"].image.tag.",
            template("""
                    applicationSourceSelector:
                      matchExpressions:
                        - key: codefresh.io/product
                          operator: Exists
                    priority: 0
                    versionSource:
                      file: Chart.yaml
                      jsonPath: $.appVersion
                    promotion:
                      values.yaml:
                        jsonPaths:
                          - $.side-car.image.tag
                    """),
            GOOD);

    public static final RuleInfo FILE_PATH = new RuleInfo("promotion-file-outside", Severity.WARNING, "templates",
            "A promotion file path is absolute or leaves the application folder.",
            "Files are resolved relative to the application's source path, and only files inside it are "
                    + "promoted. A path starting with / or containing .. points outside, so it is ignored.",
            template("""
                    applicationSourceSelector:
                      matchExpressions:
                        - key: codefresh.io/product
                          operator: Exists
                    priority: 0
                    versionSource:
                      file: ../charts/web/Chart.yaml
                      jsonPath: $.appVersion
                    """),
            GOOD);

    public static final RuleInfo PROMOTION_SHAPE = new RuleInfo("promotion-map-shape", Severity.ERROR, "templates",
            "promotion is not a map of file names to jsonPaths lists.",
            "promotion maps each file (relative to the application folder) to {jsonPaths: [...]}, a non-empty "
                    + "list of JSONPath strings. The list form [{filename, jsonPath}] from the Product field table "
                    + "is not what the platform reads.",
            template("""
                    applicationSourceSelector:
                      matchExpressions:
                        - key: codefresh.io/product
                          operator: Exists
                    priority: 0
                    versionSource:
                      file: Chart.yaml
                      jsonPath: $.appVersion
                    promotion:
                      - filename: values.yaml
                        jsonPath: $.image.tag
                    """),
            GOOD);

    @Override
    public List<RuleInfo> rules() {
        return List.of(SELECTOR_MISSING, SELECTOR_EMPTY, MATCH_EXPRESSION, VERSION_SOURCE, JSONPATH_SYNTAX,
                JSONPATH_DASH, FILE_PATH, PROMOTION_SHAPE);
    }

    @Override
    public void check(LintContext ctx) {
        for (Document d : ctx.catalog().documents(Kind.PROMOTION_TEMPLATE)) {
            d.spec().ifPresent(spec -> {
                YamlNode specKey = d.root().keyOrNull("spec");
                checkSelector(ctx, d, spec, specKey);
                if (!spec.has("versionSource")) {
                    ctx.report(VERSION_SOURCE, d, specKey, "PromotionTemplate " + Nodes.quote(d.name())
                            + " has no versionSource", "add versionSource: {file: Chart.yaml, jsonPath: $.appVersion}");
                }
                checkContent(ctx, d, spec);
            });
        }
        for (Document d : ctx.catalog().documents(Kind.PRODUCT)) {
            d.spec().flatMap(s -> s.mapping("promotionTemplate")).ifPresent(t -> checkContent(ctx, d, t));
        }
    }

    private void checkSelector(LintContext ctx, Document d, Mapping spec, YamlNode specKey) {
        Optional<YamlNode> sel = spec.get("applicationSourceSelector");
        if (sel.isEmpty() || (sel.get() instanceof Scalar s && s.isNull())) {
            ctx.report(SELECTOR_MISSING, d, Nodes.keyOr(spec, "applicationSourceSelector", specKey),
                    "PromotionTemplate " + Nodes.quote(d.name()) + " has no applicationSourceSelector",
                    "add applicationSourceSelector with matchLabels or matchExpressions, e.g. "
                            + "matchExpressions: [{key: codefresh.io/product, operator: Exists}]");
            return;
        }
        if (!(sel.get() instanceof Mapping m)) {
            return; // the wrong type is a structural finding
        }
        boolean labels = m.mapping("matchLabels").filter(x -> x.size() > 0).isPresent();
        boolean exprs = m.sequence("matchExpressions").filter(x -> !x.items().isEmpty()).isPresent();
        if (!labels && !exprs) {
            ctx.report(SELECTOR_EMPTY, d, spec.entry("applicationSourceSelector").get().key(),
                    "applicationSourceSelector selects by nothing", "add matchLabels or matchExpressions");
        }
        for (Mapping expr : m.sequence("matchExpressions").map(Sequence::mappings).orElse(List.of())) {
            checkExpression(ctx, d, expr);
        }
    }

    private void checkExpression(LintContext ctx, Document d, Mapping expr) {
        Optional<YamlNode> op = expr.get("operator");
        if (op.isEmpty()) {
            ctx.report(MATCH_EXPRESSION, d, Nodes.keyOr(expr, "key", expr), "the match expression has no operator",
                    "add operator: In, NotIn, Exists or DoesNotExist");
            return;
        }
        String given = op.get() instanceof Scalar s ? s.value() : "";
        if (!OPERATORS.contains(given)) {
            Optional<String> meant = OPERATORS.stream().filter(o -> Nodes.squash(o).equals(Nodes.squash(given)))
                    .findFirst();
            ctx.report(MATCH_EXPRESSION, d, op.get(), "match operator " + Nodes.quote(given) + " is not In, NotIn, "
                    + "Exists or DoesNotExist", meant.map(o -> "write operator: " + o)
                    .orElse("use In, NotIn, Exists or DoesNotExist (case-sensitive)"));
            return;
        }
        Optional<YamlNode> values = expr.get("values").filter(v -> !(v instanceof Scalar s && s.isNull()));
        boolean nonEmpty = values.isPresent() && values.get() instanceof Sequence q && !q.items().isEmpty();
        if (given.equals("Exists") || given.equals("DoesNotExist")) {
            if (nonEmpty) {
                ctx.report(MATCH_EXPRESSION, d, expr.entry("values").get().key(), "operator " + given
                        + " takes no values", "remove values, or use operator: In");
            }
        } else if (values.isEmpty()) {
            ctx.report(MATCH_EXPRESSION, d, op.get(), "operator " + given + " needs values",
                    "add values: [...] with at least one label value");
        } else if (!nonEmpty) {
            ctx.report(MATCH_EXPRESSION, d, values.get(), "operator " + given + " needs a non-empty list of values",
                    values.get() instanceof Scalar s ? "write values: [" + s.value() + "]"
                            : "add at least one label value");
        }
    }

    /** versionSource and promotion, shared by PromotionTemplate spec and Product spec.promotionTemplate. */
    private void checkContent(LintContext ctx, Document d, Mapping content) {
        content.mapping("versionSource").ifPresent(vs -> {
            YamlNode key = content.entry("versionSource").get().key();
            for (String field : List.of("file", "jsonPath")) {
                if (vs.text(field).filter(t -> !t.isBlank()).isEmpty()) {
                    ctx.report(VERSION_SOURCE, d, Nodes.keyOr(vs, field, key), "versionSource has no " + field,
                            field.equals("file") ? "add file: the file holding the version, e.g. Chart.yaml"
                                    : "add jsonPath: where the version is in the file, e.g. $.appVersion");
                }
            }
            vs.scalar("file").filter(Scalar::isString).ifPresent(f -> checkFile(ctx, d, f));
            vs.scalar("jsonPath").filter(Scalar::isString).ifPresent(p -> checkPath(ctx, d, p, false));
        });
        Optional<YamlNode> promotion = content.get("promotion");
        if (promotion.isEmpty() || (promotion.get() instanceof Scalar s && s.isNull())) {
            return;
        }
        if (!(promotion.get() instanceof Mapping files)) {
            ctx.report(PROMOTION_SHAPE, d, promotion.get(), "promotion must map file names to {jsonPaths: [...]}, "
                    + "not be " + promotion.get().typeName(), "promotion:\n  values.yaml:\n    jsonPaths:\n"
                    + "      - $.image.tag");
            return;
        }
        for (Entry file : files.entries()) {
            checkFile(ctx, d, file.key());
            if (!(file.value() instanceof Mapping spec)) {
                ctx.report(PROMOTION_SHAPE, d, file.value(), "promotion." + file.name() + " must be a mapping with "
                        + "jsonPaths", file.name() + ":\n  jsonPaths:\n    - $.image.tag");
                continue;
            }
            Optional<YamlNode> paths = spec.get("jsonPaths");
            if (paths.isEmpty() || !(paths.get() instanceof Sequence list) || list.items().isEmpty()) {
                YamlNode at = paths.isPresent() ? paths.get() : file.key();
                ctx.report(PROMOTION_SHAPE, d, at, "promotion." + file.name() + " needs a non-empty jsonPaths list",
                        spec.has("jsonPath") ? "rename jsonPath to jsonPaths and make it a list"
                                : "add jsonPaths: [$.image.tag] (or [\"*\"] for the whole file)");
                continue;
            }
            for (YamlNode p : list.items()) {
                if (p instanceof Scalar s && s.isString()) {
                    checkPath(ctx, d, s, true);
                } else {
                    ctx.report(PROMOTION_SHAPE, d, p, "jsonPaths entries must be strings, not " + p.typeName(),
                            "write the JSONPath as a string");
                }
            }
        }
    }

    private void checkFile(LintContext ctx, Document d, Scalar file) {
        String f = file.value();
        boolean absolute = f.startsWith("/") || f.matches("^[A-Za-z]:[\\\\/].*");
        boolean escapes = List.of(f.split("[/\\\\]")).contains("..");
        if (absolute || escapes) {
            ctx.report(FILE_PATH, d, file, "file " + Nodes.quote(f) + (absolute ? " is absolute" : " leaves the "
                    + "application folder") + "; only files inside the application's source path are promoted",
                    "write the path relative to the application's source path, e.g. Chart.yaml or values/prod.yaml");
        }
    }

    private void checkPath(LintContext ctx, Document d, Scalar scalar, boolean promotionList) {
        String path = scalar.value();
        if (promotionList && path.equals("*")) {
            return; // the whole file
        }
        JsonPaths.Result r = JsonPaths.read(path);
        if (r.problem().isPresent()) {
            JsonPaths.Problem p = r.problem().get();
            String hint = path.startsWith("$") && path.length() > 1 && Character.isLetter(path.charAt(1))
                    ? "write " + "$." + path.substring(1)
                    : !path.startsWith("$") && !path.isEmpty() ? "write $." + path
                    : "use $ then .name, ..name or [\"key\"], e.g. $.image.tag";
            ctx.report(JSONPATH_SYNTAX, d.at(pointInto(d, scalar, p.offset(), 1)), "invalid JSONPath "
                    + Nodes.quote(path) + ": " + p.message(), hint);
            return;
        }
        if (!r.dashes().isEmpty()) {
            JsonPaths.DashSegment first = r.dashes().get(0);
            ctx.report(JSONPATH_DASH, d.at(pointInto(d, scalar, first.offset(), first.name().length())),
                    "JSONPath segment " + Nodes.quote(first.name()) + " has a dash, which dot notation does not "
                            + "support", "write " + JsonPaths.bracketed(path, r.dashes()));
        }
    }

    /** A node whose span is the part of the scalar at [offset, offset + length), or the scalar itself. */
    private static YamlNode pointInto(Document d, Scalar scalar, int offset, int length) {
        int len = Math.max(1, Math.min(length, scalar.value().length() - offset));
        return new Scalar(scalar.value(), scalar.type(),
                new ValueLocator().locate(d.file(), scalar, offset, offset + len).span());
    }
}
