package dev.hookctl.release;

import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promotion-context keys a release may carry, guessed from the manifests (the context is
 * built at run time, so lint can only estimate it). A workflow exports a context when it, or a
 * template it calls through {@code templateRef}, has an output with
 * {@code globalName: PROMOTION_CONTEXT}; a key counts as possibly exported when its name appears
 * as a JSON object key ({@code "JIRA_ISSUE_URL":}, also with escaped quotes) in the text of such
 * a workflow. docs/semantics.md describes the heuristic.
 */
public final class ContextKeys {
    public static final String CONTEXT_NAME = "PROMOTION_CONTEXT";
    private static final Pattern JSON_KEY = Pattern.compile("\\\\?\"([A-Za-z0-9_.-]+)\\\\?\"\\s*:");

    private ContextKeys() {}

    /** Every key some exporting workflow of the catalog may put in the promotion context. */
    public static Set<String> possible(Catalog catalog) {
        List<Document> workflows = new java.util.ArrayList<>(catalog.documents(Kind.WORKFLOW_TEMPLATE));
        workflows.addAll(catalog.documents(Kind.WORKFLOW));
        workflows.addAll(catalog.documents(Kind.CLUSTER_WORKFLOW_TEMPLATE));
        // One walk per workflow: does it export directly, and which templates does it call?
        Set<String> exporters = new LinkedHashSet<>();
        Map<String, List<String>> callers = new java.util.HashMap<>();
        for (Document d : workflows) {
            boolean[] exports = {false};
            walk(d.root(), (key, value) -> {
                if (key.equals("globalName") && value instanceof YamlNode.Scalar s && s.value().equals(CONTEXT_NAME)) {
                    exports[0] = true;
                } else if (key.equals("templateRef") && value instanceof YamlNode.Mapping m) {
                    m.text("name").ifPresent(callee -> callers.computeIfAbsent(callee, k -> new java.util.ArrayList<>())
                            .add(d.name()));
                }
            });
            if (exports[0]) {
                exporters.add(d.name());
            }
        }
        // callers of an exporter export too (the set-promotion-context library pattern), transitively
        Deque<String> todo = new ArrayDeque<>(exporters);
        while (!todo.isEmpty()) {
            for (String caller : callers.getOrDefault(todo.pop(), List.of())) {
                if (exporters.add(caller)) {
                    todo.push(caller);
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Document d : workflows) {
            if (exporters.contains(d.name())) {
                Matcher m = JSON_KEY.matcher(text(d));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /** The document's lines of its file. */
    static String text(Document d) {
        StringBuilder b = new StringBuilder();
        for (int line = d.root().span().line(); line <= d.root().span().endLine(); line++) {
            b.append(d.file().line(line)).append('\n');
        }
        return b.toString();
    }

    private interface EntryVisitor {
        void visit(String key, YamlNode value);
    }

    private static void walk(YamlNode root, EntryVisitor v) {
        Deque<YamlNode> todo = new ArrayDeque<>();
        Map<YamlNode, Boolean> seen = new IdentityHashMap<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (seen.put(n, Boolean.TRUE) != null) {
                continue;
            }
            if (n instanceof YamlNode.Mapping m) {
                for (YamlNode.Entry e : m.entries()) {
                    v.visit(e.name(), e.value());
                    todo.push(e.value());
                }
            } else if (n instanceof YamlNode.Sequence s) {
                s.items().forEach(todo::push);
            }
        }
    }
}
