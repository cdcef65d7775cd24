package dev.hookctl.lint.rules;

import dev.hookctl.argo.ArgoSchema;
import dev.hookctl.argo.ArgoSchema.FieldType;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * A field that no Argo type has at its place: a typo such as {@code serviceAccount},
 * {@code entryPoint} or {@code imagePullPolicys}. Argo's CLI drops unknown fields silently, so
 * the setting just does not apply.
 */
public final class ArgoUnknownField extends Rule {
    static final RuleInfo INFO = new RuleInfo("argo-unknown-field", Severity.WARNING, "argo",
            "A field of a workflow spec is not part of Argo's schema.",
            "Argo's lint and submission ignore unknown fields (and with Kubernetes' default field validation they "
                    + "only warn), so a misspelt field such as serviceAccount for serviceAccountName or retryStratgy "
                    + "silently has no effect. The field names come from Argo's JSON schema; the hint names the "
                    + "closest real field.",
            Examples.hook("slack-start-hook", Examples.HOOK_BODY.replace("entrypoint: main", "entryPoint: main")
                    .replace("serviceAccountName:", "serviceAccount:")),
            Examples.hook("slack-start-hook", Examples.HOOK_BODY));

    public ArgoUnknownField() {
        super(INFO);
    }

    private record Item(YamlNode node, FieldType type, String path) {}

    @Override
    public void check(LintContext ctx) {
        ArgoSchema schema = null;
        for (Document d : ctx.catalog().documents()) {
            if (!d.kind().isArgo() || d.spec().isEmpty()) {
                continue;
            }
            if (schema == null) {
                schema = ArgoSchema.get();
            }
            String root = d.kind() == Kind.CRON_WORKFLOW ? "CronWorkflowSpec" : "WorkflowSpec";
            walk(ctx, schema, d, new Item(d.spec().get(), new FieldType(root), "spec"));
        }
    }

    private void walk(LintContext ctx, ArgoSchema schema, Document d, Item start) {
        Deque<Item> todo = new ArrayDeque<>();
        todo.push(start);
        java.util.Set<YamlNode> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Item item = todo.pop();
            FieldType type = item.type();
            if (type.isAny() || !visited.add(item.node())) {
                continue;
            }
            if (type.isList()) {
                if (item.node() instanceof Sequence seq) {
                    for (int i = 0; i < seq.items().size(); i++) {
                        todo.push(new Item(seq.items().get(i), type.element(), item.path() + "[" + i + "]"));
                    }
                }
                continue;
            }
            if (type.isMap()) {
                if (item.node() instanceof Mapping m) {
                    for (Entry e : m.entries()) {
                        todo.push(new Item(e.value(), type.element(), item.path() + "." + e.name()));
                    }
                }
                continue;
            }
            Optional<Map<String, FieldType>> fields = schema.fields(type.expression());
            if (fields.isEmpty() || !(item.node() instanceof Mapping m)) {
                continue; // wrong types are the business of Argo's own rules
            }
            for (Entry e : m.entries()) {
                FieldType field = fields.get().get(e.name());
                if (field == null) {
                    ctx.report(INFO, d, e.key(), "unknown field \"" + e.name() + "\" in " + item.path()
                                    + " (" + type.expression() + ")",
                            Suggestions.closest(e.name(), fields.get().keySet())
                                    .map(s -> "did you mean \"" + s + "\"? Argo ignores unknown fields")
                                    .orElse("Argo ignores unknown fields; remove it or check the nesting"));
                } else {
                    todo.push(new Item(e.value(), field, item.path() + "." + e.name()));
                }
            }
        }
    }
}
