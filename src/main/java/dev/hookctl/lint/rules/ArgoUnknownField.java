package dev.hookctl.lint.rules;

import dev.hookctl.argo.ArgoSchema;
import dev.hookctl.argo.ArgoSchema.FieldType;
import dev.hookctl.argo.ArgoSchema.ResolvedType;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Structure;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A field that no Argo type has at its place: a typo such as {@code serviceAccount},
 * {@code entryPoint} or {@code imagePullPolicys}. Argo's CLI drops unknown fields silently, so
 * the setting just does not apply. The same walk along Argo's schema reports a value of the wrong
 * container type ({@code wrong-type}: a mapping or a string where Argo has a list or an object, a
 * list where it has a map, a list or a mapping where it has a single value such as a string or a
 * quantity), which Argo cannot decode at all.
 */
public final class ArgoUnknownField implements DocumentCheck {
    static final RuleInfo INFO = new RuleInfo("argo-unknown-field", Severity.WARNING, "argo",
            "A field of a workflow spec is not part of Argo's schema.",
            "Argo's lint and submission ignore unknown fields (and with Kubernetes' default field validation they "
                    + "only warn), so a misspelt field such as serviceAccount for serviceAccountName or retryStratgy "
                    + "silently has no effect. The field names come from Argo's JSON schema; the hint names the "
                    + "closest real field.",
            Examples.hook("slack-start-hook", Examples.HOOK_BODY.replace("entrypoint: main", "entryPoint: main")
                    .replace("serviceAccountName:", "serviceAccount:")),
            Examples.hook("slack-start-hook", Examples.HOOK_BODY));

    @Override
    public List<RuleInfo> rules() {
        return List.of(INFO, Structure.WRONG_TYPE);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return new Walk(ctx);
    }

    /** Plain words YAML 1.1 reads as a boolean or null, which a string in a suggested list must quote. */
    private static final Set<String> YAML_WORDS =
            Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    /**
     * A depth-first walk of a spec along the schema. It visits every mapping and list of every
     * workflow (a scalar has nothing below it to check), so its state lives in arrays reused from one
     * document to the next rather than in an object per node: a visited node is a record (node,
     * type, parent record, key or index), and the path shown in a finding
     * ("spec.templates[0].container") is spelt from the parent records only when reported.
     */
    private static final class Walk implements Checker {
        private final LintContext ctx;
        /** Resolved at the first workflow: the schema is loaded on first use. */
        private ResolvedType workflowSpec;
        private ResolvedType cronWorkflowSpec;
        private YamlNode[] nodes = new YamlNode[256];
        private ResolvedType[] types = new ResolvedType[256];
        private int[] parents = new int[256];
        /** The key under the parent mapping, or null for an item of a list (then {@link #indexes} holds its index). */
        private String[] keys = new String[256];
        private int[] indexes = new int[256];
        private int records;
        private int[] stack = new int[256];
        private int top;
        private IdentityHashMap<YamlNode, Boolean> visited = new IdentityHashMap<>();
        /** The document being walked, for the findings {@link #push} makes. */
        private Document current;

        Walk(LintContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void check(Document d) {
            if (!d.kind().isArgo()) {
                return;
            }
            Mapping spec = d.root().mappingOrNull("spec");
            if (spec == null) {
                return;
            }
            if (workflowSpec == null) {
                ArgoSchema schema = ArgoSchema.get();
                workflowSpec = schema.resolve("WorkflowSpec");
                cronWorkflowSpec = schema.resolve("CronWorkflowSpec");
            }
            run(d, spec, d.kind() == Kind.CRON_WORKFLOW ? cronWorkflowSpec : workflowSpec);
        }

        private void run(Document d, Mapping spec, ResolvedType rootType) {
            current = d;
            records = 0;
            top = 0;
            if (visited.size() > 1024) {
                visited = new IdentityHashMap<>(); // clear() would keep a large table to wipe for every document
            } else {
                visited.clear();
            }
            push(spec, rootType, -1, "spec", 0);
            while (top > 0) {
                int item = stack[--top];
                YamlNode node = nodes[item];
                ResolvedType type = types[item];
                if (type.isAny() || visited.put(node, Boolean.TRUE) != null) {
                    continue;
                }
                if (type.isList()) {
                    if (node instanceof Sequence seq) {
                        for (int i = 0; i < seq.size(); i++) {
                            push(seq.item(i), type.element(), item, null, i);
                        }
                    } else {
                        wrongType(d, path(item), node, type);
                    }
                    continue;
                }
                if (type.isMap()) {
                    if (node instanceof Mapping m) {
                        for (int i = 0; i < m.size(); i++) {
                            push(m.valueAt(i), type.element(), item, m.nameAt(i), 0);
                        }
                    } else {
                        wrongType(d, path(item), node, type);
                    }
                    continue;
                }
                Map<String, FieldType> fields = type.fieldsOrNull();
                if (fields == null) {
                    continue; // a type the schema does not describe
                }
                if (!(node instanceof Mapping m)) {
                    wrongType(d, path(item), node, type);
                    continue;
                }
                for (int i = 0; i < m.size(); i++) {
                    String name = m.nameAt(i);
                    ResolvedType field = type.field(name);
                    if (field == null && type == cronWorkflowSpec && name.equals("schedule")) {
                        // not a typo: Argo 3.x's field, which 4.0 dropped (the schema is 4.x's)
                        ctx.report(INFO, d, m.keyAt(i), "\"schedule\" in spec (CronWorkflowSpec) was replaced by "
                                        + "\"schedules\" in Argo 3.6 and is gone in Argo 4",
                                "Argo 4 ignores it, and the cron workflow has no schedule: write schedules: "
                                        + "[\"" + scheduleOf(m.valueAt(i)) + "\"] (Argo 3.6 and later); Argo 3.5 and earlier "
                                        + "know only schedule");
                    } else if (field == null) {
                        ctx.report(INFO, d, m.keyAt(i), "unknown field \"" + name + "\" in " + path(item)
                                        + " (" + type.type().expression() + ")",
                                Suggestions.closest(name, fields.keySet())
                                        .map(s -> "did you mean \"" + s + "\"? Argo ignores unknown fields")
                                        .orElse("Argo ignores unknown fields; remove it or check the nesting"));
                    } else {
                        push(m.valueAt(i), field, item, name, 0);
                    }
                }
            }
        }

        /**
         * A list, map or object type holding a value of another kind: Argo fails to decode the
         * workflow ("cannot unmarshal object into Go struct field WorkflowSpec.spec.templates of type
         * []v1alpha1.Template"), so nothing in it applies.
         */
        private void wrongType(Document d, String path, YamlNode node, ResolvedType type) {
            String expected;
            String hint;
            if (type.isScalar()) {
                expected = "a single value";
                hint = node instanceof Mapping
                        ? "quote it: YAML reads an unquoted value that starts with { or holds \": \" as a mapping; "
                                + "Argo cannot read the workflow as it is"
                        : "write one value, not a list; Argo cannot read the workflow as it is";
            } else if (type.isList()) {
                expected = "a list";
                String item = node instanceof YamlNode.Scalar s && (type.element().isScalar() || type.element().isAny())
                        ? flowItem(s) : null;
                hint = (item != null ? "write it as a list: [" + item + "]" : "write it as a YAML list (- item)")
                        + "; Argo cannot read the workflow as it is";
            } else if (type.isMap()) {
                expected = "a mapping";
                hint = "write it as a mapping of names to " + type.element().type().expression()
                        + "; Argo cannot read the workflow as it is";
            } else {
                expected = "a mapping";
                hint = "write it as a mapping of " + type.type().expression()
                        + "'s fields; Argo cannot read the workflow as it is";
            }
            ctx.report(Structure.WRONG_TYPE, d, node, path + " must be " + expected + " ("
                    + type.type().expression() + "), not " + node.typeName(), hint);
        }

        /**
         * A scalar as an item of a YAML flow list that reads back as the same value: {@code echo} as
         * is, a string that has other characters or would read as a number, boolean or null quoted
         * ({@code "a b"}, {@code "yes"}); null when it is too long or has several lines for a hint.
         */
        private static String flowItem(YamlNode.Scalar s) {
            String value = s.value();
            if (value.length() > 60 || value.indexOf('\n') >= 0) {
                return null;
            }
            if (!s.isString()) {
                return value;
            }
            boolean plain = !value.isEmpty() && Character.isLetter(value.charAt(0))
                    && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT));
            for (int i = 0; plain && i < value.length(); i++) {
                char c = value.charAt(i);
                plain = Character.isLetterOrDigit(c) || "_./=-".indexOf(c) >= 0;
            }
            return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        /** The cron expression of a {@code schedule:} value, or a placeholder. */
        private static String scheduleOf(YamlNode value) {
            return value instanceof YamlNode.Scalar s && !s.isNull() && !s.value().isEmpty() ? s.value() : "<cron>";
        }

        private void push(YamlNode node, ResolvedType type, int parent, String key, int index) {
            if (type.isScalar()) {
                // nothing below a single value to walk; a list or mapping there (an unquoted "a: b",
                // say) is reported once, however often an alias repeats it
                if (!(node instanceof YamlNode.Scalar) && visited.put(node, Boolean.TRUE) == null) {
                    wrongType(current, key == null ? path(parent) + "[" + index + "]" : path(parent) + "." + key,
                            node, type);
                }
                return;
            }
            if (node instanceof YamlNode.Scalar s) {
                // nothing below it to check, and most nodes are scalars; null, and an empty value, which
                // Kubernetes' YAML reader takes for null, read as absent to Argo
                if (!type.isAny() && !s.isNull() && !s.value().isEmpty()
                        && (type.isList() || type.isMap() || type.fieldsOrNull() != null)) {
                    wrongType(current, key == null ? path(parent) + "[" + index + "]" : path(parent) + "." + key,
                            s, type);
                }
                return;
            }
            if (records == nodes.length) {
                int size = records * 2;
                nodes = Arrays.copyOf(nodes, size);
                types = Arrays.copyOf(types, size);
                parents = Arrays.copyOf(parents, size);
                keys = Arrays.copyOf(keys, size);
                indexes = Arrays.copyOf(indexes, size);
            }
            nodes[records] = node;
            types[records] = type;
            parents[records] = parent;
            keys[records] = key;
            indexes[records] = index;
            if (top == stack.length) {
                stack = Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = records++;
        }

        /** "spec.templates[0].container": the keys and indexes from the spec down to a record. */
        private String path(int item) {
            if (parents[item] < 0) {
                return keys[item];
            }
            String parent = path(parents[item]);
            return keys[item] == null ? parent + "[" + indexes[item] + "]" : parent + "." + keys[item];
        }
    }
}
