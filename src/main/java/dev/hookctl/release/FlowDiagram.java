package dev.hookctl.release;

import dev.hookctl.model.Phase;
import dev.hookctl.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A flow drawn with its hooks: a tree for the terminal (trigger first, each environment under
 * what it waits for, hooks beside their environment and the release), Mermaid, or Graphviz DOT.
 */
public final class FlowDiagram {
    private FlowDiagram() {}

    public static String tree(FlowGraph g) {
        StringBuilder b = new StringBuilder();
        b.append("flow ").append(g.flow().name()).append('\n');
        String release = hooks(releaseHooks(g));
        b.append("release").append(release.isEmpty() ? "" : "  " + release).append('\n');
        b.append(g.trigger()).append("  (trigger)\n");
        Set<String> shown = new HashSet<>();
        List<String> children = g.dependents(g.trigger());
        for (int i = 0; i < children.size(); i++) {
            branch(g, children.get(i), "", i == children.size() - 1, g.trigger(), shown, b);
        }
        return b.toString();
    }

    private static void branch(FlowGraph g, String env, String prefix, boolean last, String parent, Set<String> shown,
                               StringBuilder b) {
        b.append(prefix).append(last ? "└── " : "├── ").append(env);
        List<String> others = new ArrayList<>(g.dependsOn(env));
        others.remove(parent);
        if (!shown.add(env)) {
            b.append("  (see above)\n");
            return;
        }
        String h = hooks(environmentHooks(g, env));
        if (!h.isEmpty()) {
            b.append("  ").append(h);
        }
        if (!others.isEmpty()) {
            b.append("  (also waits for ").append(String.join(", ", others)).append(')');
        }
        b.append('\n');
        List<String> children = g.dependents(env);
        for (int i = 0; i < children.size(); i++) {
            branch(g, children.get(i), prefix + (last ? "    " : "│   "), i == children.size() - 1, env, shown, b);
        }
    }

    public static String mermaid(FlowGraph g) {
        StringBuilder b = new StringBuilder("flowchart LR\n");
        Map<String, String> ids = ids(g);
        b.append("  ").append(ids.get(g.trigger())).append("([\"").append(mermaidText(g.trigger()))
                .append(" (trigger)\"])\n");
        for (String t : g.targets()) {
            b.append("  ").append(ids.get(t)).append("[\"").append(mermaidText(t)).append("\"]\n");
        }
        for (String t : g.targets()) {
            for (String d : g.dependsOn(t)) {
                b.append("  ").append(ids.get(d)).append(" --> ").append(ids.get(t)).append('\n');
            }
        }
        int n = 0;
        Map<Phase, String> rel = releaseHooks(g);
        if (!rel.isEmpty()) {
            b.append("  release{{\"release\"}}\n");
            for (Map.Entry<Phase, String> e : rel.entrySet()) {
                String id = "hook" + (++n);
                b.append("  ").append(id).append("[/\"").append(mermaidText(e.getValue())).append("\"/]\n");
                b.append("  release -. ").append(e.getKey().key()).append(" .-> ").append(id).append('\n');
            }
        }
        for (String t : g.targets()) {
            for (Map.Entry<Phase, String> e : environmentHooks(g, t).entrySet()) {
                String id = "hook" + (++n);
                b.append("  ").append(id).append("[/\"").append(mermaidText(e.getValue())).append("\"/]\n");
                b.append("  ").append(ids.get(t)).append(" -. ").append(e.getKey().key()).append(" .-> ").append(id)
                        .append('\n');
            }
        }
        return b.toString();
    }

    public static String dot(FlowGraph g) {
        StringBuilder b = new StringBuilder();
        b.append("digraph ").append(dotQuote(g.flow().name())).append(" {\n  rankdir=LR;\n  node [shape=box];\n");
        b.append("  ").append(dotQuote(g.trigger())).append(" [shape=doubleoctagon, label=")
                .append(dotQuote(g.trigger() + " (trigger)")).append("];\n");
        for (String t : g.targets()) {
            b.append("  ").append(dotQuote(t)).append(";\n");
        }
        for (String t : g.targets()) {
            for (String d : g.dependsOn(t)) {
                b.append("  ").append(dotQuote(d)).append(" -> ").append(dotQuote(t)).append(";\n");
            }
        }
        int n = 0;
        Map<Phase, String> rel = releaseHooks(g);
        if (!rel.isEmpty()) {
            b.append("  \"hookctl:release\" [shape=hexagon, label=\"release\"];\n");
            for (Map.Entry<Phase, String> e : rel.entrySet()) {
                String id = dotQuote("hookctl:hook" + (++n));
                b.append("  ").append(id).append(" [shape=note, label=").append(dotQuote(e.getValue())).append("];\n");
                b.append("  \"hookctl:release\" -> ").append(id).append(" [style=dashed, label=")
                        .append(dotQuote(e.getKey().key())).append("];\n");
            }
        }
        for (String t : g.targets()) {
            for (Map.Entry<Phase, String> e : environmentHooks(g, t).entrySet()) {
                String id = dotQuote("hookctl:hook" + (++n));
                b.append("  ").append(id).append(" [shape=note, label=").append(dotQuote(e.getValue())).append("];\n");
                b.append("  ").append(dotQuote(t)).append(" -> ").append(id).append(" [style=dashed, label=")
                        .append(dotQuote(e.getKey().key())).append("];\n");
            }
        }
        return b.append("}\n").toString();
    }

    private static Map<Phase, String> releaseHooks(FlowGraph g) {
        Map<Phase, String> m = new LinkedHashMap<>();
        for (Phase p : Phase.values()) {
            g.flow().releaseHook(p).map(Text::value).ifPresent(h -> m.put(p, h));
        }
        return m;
    }

    private static Map<Phase, String> environmentHooks(FlowGraph g, String env) {
        Map<Phase, String> m = new LinkedHashMap<>();
        for (Phase p : Phase.values()) {
            Optional.ofNullable(g.step(env)).flatMap(s -> s.hook(p)).map(Text::value).ifPresent(h -> m.put(p, h));
        }
        return m;
    }

    private static String hooks(Map<Phase, String> hooks) {
        List<String> parts = new ArrayList<>();
        hooks.forEach((p, h) -> parts.add(p.key() + ": " + h));
        return parts.isEmpty() ? "" : "[" + String.join(", ", parts) + "]";
    }

    /** Mermaid node ids: env0, env1, ... (names may hold characters Mermaid ids cannot). */
    private static Map<String, String> ids(FlowGraph g) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(g.trigger(), "env0");
        for (String t : g.targets()) {
            ids.put(t, "env" + ids.size());
        }
        return ids;
    }

    private static String mermaidText(String s) {
        return s.replace("\"", "#quot;");
    }

    private static String dotQuote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
