package dev.hookctl.release;

import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /** What one workflow says about the promotion context: whether it exports one, and which templates it calls. */
    public record Workflow(boolean exports, List<String> calls) {
        static final Workflow NOTHING = new Workflow(false, List.of());

        public Workflow {
            calls = List.copyOf(calls);
        }
    }

    /** Every key some exporting workflow of the catalog may put in the promotion context. */
    public static Set<String> possible(Catalog catalog) {
        return possible(catalog, ContextKeys::read);
    }

    /**
     * As {@link #possible(Catalog)}, with what each workflow says read by {@code read} (lint reads
     * it for every document in one pass with its other per-document work, see ContextKeys#read).
     */
    public static Set<String> possible(Catalog catalog, Function<Document, Workflow> read) {
        List<Document> workflows = new java.util.ArrayList<>(catalog.documents(Kind.WORKFLOW_TEMPLATE));
        workflows.addAll(catalog.documents(Kind.WORKFLOW));
        workflows.addAll(catalog.documents(Kind.CLUSTER_WORKFLOW_TEMPLATE));
        // Does each workflow export directly, and which templates does it call?
        Set<String> exporters = new LinkedHashSet<>();
        Map<String, List<String>> callers = new java.util.HashMap<>();
        for (Document d : workflows) {
            Workflow w = read.apply(d);
            if (w.exports()) {
                exporters.add(d.name());
            }
            for (String callee : w.calls()) {
                callers.computeIfAbsent(callee, k -> new java.util.ArrayList<>()).add(d.name());
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
        for (int i = 0; i < workflows.size() && !exporters.isEmpty(); i++) {
            Document d = workflows.get(i);
            if (exporters.contains(d.name())) {
                Matcher m = JSON_KEY.matcher(text(d));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /**
     * Walks a workflow: does some {@code globalName} say PROMOTION_CONTEXT, and which names do its
     * {@code templateRef}s call, in document order? It visits every node of every workflow, so it
     * allocates nothing per node. No visited set: a node shared through aliases is visited once
     * per alias (the reader bounds that), which only repeats a call.
     */
    public static Workflow read(Document d) {
        boolean exports = false;
        List<String> calls = null;
        Deque<YamlNode> todo = new ArrayDeque<>();
        todo.push(d.root());
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (n instanceof YamlNode.Mapping m) {
                for (int i = 0; i < m.size(); i++) {
                    String name = m.nameAt(i);
                    YamlNode value = m.valueAt(i);
                    if (name.equals("globalName")) {
                        exports |= value instanceof YamlNode.Scalar s && s.value().equals(CONTEXT_NAME);
                    } else if (name.equals("templateRef") && value instanceof YamlNode.Mapping ref) {
                        String callee = ref.textOrNull("name");
                        if (callee != null) {
                            if (calls == null) {
                                calls = new java.util.ArrayList<>();
                            }
                            calls.add(callee);
                        }
                    }
                    todo.push(value);
                }
            } else if (n instanceof YamlNode.Sequence s) {
                for (int i = 0; i < s.size(); i++) {
                    todo.push(s.item(i));
                }
            }
        }
        return calls == null && !exports ? Workflow.NOTHING : new Workflow(exports, calls == null ? List.of() : calls);
    }

    /** The document's lines of its file. */
    static String text(Document d) {
        StringBuilder b = new StringBuilder();
        for (int line = d.root().span().line(); line <= d.root().span().endLine(); line++) {
            b.append(d.file().line(line)).append('\n');
        }
        return b.toString();
    }
}
