package dev.hookctl.release;

import dev.hookctl.release.SimulationResult.EnvironmentState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of a simulated release: a stable contract documented in docs/simulate.md. */
public final class SimulationJson {
    private SimulationJson() {}

    /** The tree; {@code files} maps a firing's order to the file its Workflow was written to, if any. */
    public static Map<String, Object> tree(SimulationResult r, Map<Integer, String> files) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("flow", r.flow());
        root.put("triggerEnvironment", r.triggerEnvironment());
        root.put("simulatedAt", r.simulatedAt().toString());
        Map<String, Object> release = new LinkedHashMap<>();
        for (Map.Entry<String, Fact> e : r.facts().all().entrySet()) {
            release.put(e.getKey(), fact(e.getValue()));
        }
        root.put("release", release);
        List<Object> firings = new ArrayList<>();
        for (Firing f : r.firings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("order", f.order());
            m.put("group", f.group());
            m.put("scope", f.event().isReleaseLevel() ? "release" : "environment");
            m.put("environment", f.event().environment().orElse(null));
            m.put("phase", f.event().phase().word());
            m.put("hook", f.hook());
            m.put("result", f.result().label());
            m.put("detail", f.detail());
            Map<String, Object> params = new LinkedHashMap<>();
            Map<String, Object> sources = new LinkedHashMap<>();
            List<Object> invented = new ArrayList<>();
            List<Object> missing = new ArrayList<>();
            f.rendered().ifPresent(rw -> {
                for (ResolvedArgument a : rw.arguments().passed()) {
                    params.put(a.name(), a.value());
                    sources.put(a.name(), a.source().jsonName());
                    if (a.invented()) {
                        invented.add(a.name());
                    }
                }
                for (ArgumentSupply.MissingArgument ma : rw.missing()) {
                    Map<String, Object> mm = new LinkedHashMap<>();
                    mm.put("name", ma.name());
                    mm.put("howToSupply", ma.howToSupply());
                    missing.add(mm);
                }
            });
            m.put("parameters", params);
            m.put("sources", sources);
            m.put("invented", invented);
            m.put("missing", missing);
            m.put("exportedContext", f.exported().values());
            m.put("workflowFile", files.get(f.order()));
            firings.add(m);
        }
        root.put("firings", firings);
        List<Object> envs = new ArrayList<>();
        for (EnvironmentState s : r.environments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("status", s.status().label());
            m.put("errorMessage", s.errorMessage());
            envs.add(m);
        }
        root.put("environments", envs);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("status", r.outcome().status());
        outcome.put("errorMessage", r.outcome().message());
        root.put("outcome", outcome);
        List<Object> assumptions = new ArrayList<>();
        for (Assumption a : r.assumptionsInOrder()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.id());
            am.put("text", a.text());
            assumptions.add(am);
        }
        root.put("assumptions", assumptions);
        root.put("notes", r.notes());
        return root;
    }

    private static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", f.value());
        m.put("source", f.source().jsonName());
        m.put("origin", f.origin());
        m.put("invented", f.invented());
        return m;
    }
}
