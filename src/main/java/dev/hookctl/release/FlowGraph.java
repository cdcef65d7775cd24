package dev.hookctl.release;

import dev.hookctl.model.FlowStep;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A flow's environments as a dependency graph: the trigger environment, the target environments
 * in {@code spec.steps} order, and what each waits for. Built only from a flow without cycles,
 * unknown dependencies or parts of the wrong type ({@link FlowReading}); lint reports those,
 * simulate and graph refuse them.
 */
public final class FlowGraph {
    private final PromotionFlow flow;
    private final String trigger;
    private final List<String> targets;
    private final Map<String, List<String>> dependsOn;
    private final Map<String, FlowStep> steps;
    private final List<String> implicitDependsOn;

    private FlowGraph(PromotionFlow flow, String trigger, List<String> targets, Map<String, List<String>> dependsOn,
                      Map<String, FlowStep> steps, List<String> implicitDependsOn) {
        this.flow = flow;
        this.trigger = trigger;
        this.targets = List.copyOf(targets);
        this.dependsOn = Collections.unmodifiableMap(dependsOn);
        this.steps = Collections.unmodifiableMap(steps);
        this.implicitDependsOn = List.copyOf(implicitDependsOn);
    }

    public static Outcome<FlowGraph> of(PromotionFlow flow) {
        Optional<UserError> unreadable = FlowReading.refusal(flow);
        if (unreadable.isPresent()) {
            return Outcome.failed(unreadable.get());
        }
        Optional<Text> trigger = flow.triggerEnvironment();
        if (trigger.isEmpty()) {
            return Outcome.failed("flow \"" + flow.name() + "\" has no spec.triggerEnvironment",
                    "add the environment whose change starts the release; 'hookctl lint' shows the flow's problems");
        }
        String t = trigger.get().value();
        Map<String, FlowStep> steps = new LinkedHashMap<>();
        for (Map.Entry<String, FlowStep> e : flow.stepsByEnvironment().entrySet()) {
            if (!e.getKey().equals(t)) {
                steps.put(e.getKey(), e.getValue());
            }
        }
        if (steps.isEmpty()) {
            return Outcome.failed("flow \"" + flow.name() + "\" has no target environment",
                    "add a step to spec.steps, for example: - environment: prod, dependsOn: [" + t + "]");
        }
        Map<String, List<String>> deps = new LinkedHashMap<>();
        List<String> implicit = new ArrayList<>();
        for (Map.Entry<String, FlowStep> e : steps.entrySet()) {
            List<String> d = new ArrayList<>(new LinkedHashSet<>(e.getValue().dependsOn().stream().map(Text::value).toList()));
            if (!e.getValue().node().has("dependsOn")) {
                d = List.of(t);
                implicit.add(e.getKey());
            }
            for (String x : d) {
                if (!x.equals(t) && !steps.containsKey(x)) {
                    List<String> known = new ArrayList<>(steps.keySet());
                    known.add(t);
                    UserError u = Names.unknown("environment", x, known);
                    return Outcome.failed("flow \"" + flow.name() + "\": environment \"" + e.getKey()
                            + "\" depends on " + u.message(), "'hookctl lint' shows the flow's problems");
                }
            }
            deps.put(e.getKey(), List.copyOf(d));
        }
        FlowGraph g = new FlowGraph(flow, t, new ArrayList<>(steps.keySet()), deps, steps, implicit);
        Optional<List<String>> cycle = g.cycle();
        if (cycle.isPresent()) {
            return Outcome.failed("flow \"" + flow.name() + "\" has a dependency cycle: "
                    + String.join(" -> ", cycle.get()), "remove one of the dependsOn entries of the cycle");
        }
        return Outcome.ok(g);
    }

    /** The one-line error for a flow name that matches no flow, with the closest names. */
    public static UserError unknownFlow(String name, java.util.Collection<String> known) {
        return Names.unknown("flow", name, known);
    }

    public PromotionFlow flow() {
        return flow;
    }

    public String trigger() {
        return trigger;
    }

    /** Target environments in spec.steps order (the trigger environment excluded). */
    public List<String> targets() {
        return targets;
    }

    public List<String> dependsOn(String environment) {
        return dependsOn.getOrDefault(environment, List.of());
    }

    public FlowStep step(String environment) {
        return steps.get(environment);
    }

    /** Environments whose step has no dependsOn (treated as depending on the trigger environment). */
    public List<String> implicitDependsOn() {
        return implicitDependsOn;
    }

    /** The environments (trigger included) that wait directly for {@code environment}, in flow order. */
    public List<String> dependents(String environment) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            if (dependsOn(t).contains(environment)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Every environment that waits, directly or not, for {@code environment}. */
    public Set<String> downstream(String environment) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(dependents(environment));
        while (!todo.isEmpty()) {
            String e = todo.remove(0);
            if (out.add(e)) {
                todo.addAll(dependents(e));
            }
        }
        return out;
    }

    /** The length of the longest dependency path from the trigger (targets right after it are at level 1). */
    public Map<String, Integer> levels() {
        Map<String, Integer> memo = new HashMap<>();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String t : targets) {
            out.put(t, level(t, memo));
        }
        return out;
    }

    private int level(String env, Map<String, Integer> memo) {
        if (env.equals(trigger)) {
            return 0;
        }
        Integer m = memo.get(env);
        if (m != null) {
            return m;
        }
        int max = 0;
        for (String d : dependsOn(env)) {
            max = Math.max(max, level(d, memo));
        }
        memo.put(env, max + 1);
        return max + 1;
    }

    private Optional<List<String>> cycle() {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
        for (String t : targets) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> c = visit(t, state, path);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String env, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(env);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> c = new ArrayList<>(path.subList(path.indexOf(env), path.size()));
            c.add(env);
            return Optional.of(c);
        }
        state.put(env, 1);
        path.add(env);
        for (String d : dependsOn(env)) {
            if (!d.equals(trigger)) {
                Optional<List<String>> c = visit(d, state, path);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(env, 2);
        return Optional.empty();
    }
}
