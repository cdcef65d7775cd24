package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.FlowStep;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.Text;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a flow as a graph: a trigger environment, target environments, and dependsOn
 * edges that must form an acyclic graph in which every target is reachable from the trigger.
 * One family, because every rule here reads the same graph.
 */
public final class FlowGraph implements DocumentCheck {
    static final RuleInfo NO_TRIGGER = new RuleInfo("flow-no-trigger", Severity.ERROR, "flow",
            "A flow has no trigger environment.",
            "spec.triggerEnvironment names the environment whose change starts the flow. Without it the flow "
                    + "can never start. (The Codefresh field table omits it, but every example uses it.)",
            Examples.flow("steps:\n  - environment: prod\n    dependsOn: [dev]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo NO_STEPS = new RuleInfo("flow-no-steps", Severity.ERROR, "flow",
            "A flow has no target environments.",
            "A promotion needs at least one target environment besides the trigger; spec.steps lists them.",
            Examples.flow("triggerEnvironment: dev\nsteps: []\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo NO_ENVIRONMENT = new RuleInfo("step-no-environment", Severity.ERROR, "flow",
            "A step names no environment.",
            "Each entry of spec.steps promotes to the environment it names; an entry without one is meaningless.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - dependsOn: [dev]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo DUPLICATE_STEP = new RuleInfo("step-duplicate-environment", Severity.ERROR, "flow",
            "Two steps target the same environment.",
            "An environment is promoted once per release; two steps for it make its dependencies, policy and "
                    + "hooks ambiguous.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo STEP_IS_TRIGGER = new RuleInfo("step-is-trigger", Severity.ERROR, "flow",
            "A step targets the trigger environment.",
            "The trigger environment is the source of the release, not a target: its change already happened. "
                    + "List only the environments the change is promoted to.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: dev\n  - environment: prod\n"
                    + "    dependsOn: [dev]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo NO_DEPENDS_ON = new RuleInfo("step-no-depends-on", Severity.ERROR, "flow",
            "A step has no dependsOn.",
            "dependsOn is required in YAML: it says which environments must be promoted successfully first. The "
                    + "UI's default (the previous environment) is not documented for YAML, so a step without it has "
                    + "no defined place in the flow.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo UNKNOWN_DEPENDENCY = new RuleInfo("depends-on-unknown", Severity.ERROR, "flow",
            "dependsOn names an environment that is neither the trigger nor a step.",
            "A dependency on an environment outside the flow can never be satisfied, so the step never starts. "
                    + "Usually a typo: the hint names the closest environment of the flow.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: qa\n    dependsOn: [dev]\n"
                    + "  - environment: prod\n    dependsOn: [qa-eu]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: qa\n    dependsOn: [dev]\n"
                    + "  - environment: prod\n    dependsOn: [qa]\n"));

    static final RuleInfo SELF_DEPENDENCY = new RuleInfo("depends-on-self", Severity.ERROR, "flow",
            "A step depends on itself.",
            "An environment that waits for its own promotion never starts.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev, prod]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo DUPLICATE_DEPENDENCY = new RuleInfo("depends-on-duplicate", Severity.WARNING, "flow",
            "dependsOn lists an environment twice.",
            "The repetition has no effect but usually hides a typo for another environment.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev, dev]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo CYCLE = new RuleInfo("depends-on-cycle", Severity.ERROR, "flow",
            "dependsOn edges form a cycle.",
            "Environments in a cycle each wait for another one of them, so none of them ever starts. The message "
                    + "names the cycle, e.g. qa -> staging -> qa.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: qa\n    dependsOn: [dev, staging]\n"
                    + "  - environment: staging\n    dependsOn: [qa]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: qa\n    dependsOn: [dev]\n"
                    + "  - environment: staging\n    dependsOn: [qa]\n"));

    static final RuleInfo UNREACHABLE = new RuleInfo("step-unreachable", Severity.ERROR, "flow",
            "A step can never start because no chain of dependencies leads to it from the trigger.",
            "Every target environment must be reached from the trigger environment through dependsOn. A step "
                    + "that depends only on steps that never start is orphaned; the Codefresh flow builder does not "
                    + "allow this.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: qa\n  - environment: prod\n"
                    + "    dependsOn: [qa]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: qa\n    dependsOn: [dev]\n"
                    + "  - environment: prod\n    dependsOn: [qa]\n"));

    static final RuleInfo REDUNDANT = new RuleInfo("depends-on-redundant", Severity.INFO, "flow",
            "A dependency is implied by another one.",
            "If prod depends on qa and qa depends on dev, prod listing dev too adds nothing. Removing it keeps "
                    + "the flow graph readable.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: qa\n    dependsOn: [dev]\n"
                    + "  - environment: prod\n    dependsOn: [dev, qa]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: qa\n    dependsOn: [dev]\n"
                    + "  - environment: prod\n    dependsOn: [qa]\n"));

    static final RuleInfo TIMEOUT = new RuleInfo("flow-timeout", Severity.ERROR, "flow",
            "promotionTimeoutLimit is not a positive integer.",
            "The release is terminated when it runs longer than this limit (minutes, inferred from the Codefresh "
                    + "quick start; the default is 24 hours). A non-numeric or non-positive value is refused.",
            Examples.flow("triggerEnvironment: dev\npromotionTimeoutLimit: 2h\nsteps:\n  - environment: prod\n"
                    + "    dependsOn: [dev]\n"),
            Examples.flow("triggerEnvironment: dev\npromotionTimeoutLimit: 120\nsteps:\n  - environment: prod\n"
                    + "    dependsOn: [dev]\n"));

    static final RuleInfo UNKNOWN_ENVIRONMENT = new RuleInfo("unknown-environment", Severity.WARNING, "flow",
            "A flow names an environment that .hookctl.yaml does not list.",
            "Environments live in Codefresh, not in Git, so hookctl can only check their names against the "
                    + "environments: list of .hookctl.yaml. The rule is silent when that list is absent.",
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: production\n    dependsOn: [dev]\n"),
            Examples.flow("triggerEnvironment: dev\nsteps:\n  - environment: prod\n    dependsOn: [dev]\n"));

    static final RuleInfo HOOK_KEY = new RuleInfo("hook-key-unknown", Severity.ERROR, "hooks",
            "A hooks mapping has a key other than onStart, onSuccess or onFail.",
            "Codefresh reads exactly onStart, onSuccess and onFail (case-sensitive). A near miss such as "
                    + "onFailure, onFailed or on_fail is ignored, so the hook never fires.",
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onFailure: slack-fail-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n"),
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onFail: slack-fail-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n"));

    private static final List<String> HOOK_KEYS = List.of("onStart", "onSuccess", "onFail");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NO_TRIGGER, NO_STEPS, NO_ENVIRONMENT, DUPLICATE_STEP, STEP_IS_TRIGGER, NO_DEPENDS_ON,
                UNKNOWN_DEPENDENCY, SELF_DEPENDENCY, DUPLICATE_DEPENDENCY, CYCLE, UNREACHABLE, REDUNDANT, TIMEOUT,
                UNKNOWN_ENVIRONMENT, HOOK_KEY);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return d -> check(ctx, d);
    }

    private void check(LintContext ctx, Document d) {
        if (d.kind() != Kind.PROMOTION_FLOW) {
            return;
        }
        if (d.spec().isEmpty()) {
            return; // reported as missing-field
        }
        checkFlow(ctx, d, new PromotionFlow(d));
    }

    private void checkFlow(LintContext ctx, Document d, PromotionFlow flow) {
        Mapping spec = d.spec().get();
        Optional<Text> trigger = flow.triggerEnvironment();
        // a list or mapping there is reported by wrong-type alone: the flow has a trigger, miswritten
        YamlNode triggerNode = spec.getOrNull("triggerEnvironment");
        boolean triggerMisread = triggerNode instanceof Mapping || triggerNode instanceof Sequence;
        if (trigger.isEmpty() && !triggerMisread) {
            ctx.report(NO_TRIGGER, d, spec.entry("triggerEnvironment").map(e -> (YamlNode) e.key())
                            .orElse(nameOrSpec(d)),
                    "flow \"" + flow.name() + "\" has no spec.triggerEnvironment",
                    "add triggerEnvironment: the environment whose change starts the flow");
        }
        String triggerName = trigger.map(Text::value).orElse("");
        List<FlowStep> steps = flow.steps();
        YamlNode stepsNode = spec.getOrNull("steps");
        // steps of the wrong type (a mapping, or items that are no mappings) are reported by wrong-type alone
        boolean stepsMisread = stepsNode instanceof Mapping || stepsNode instanceof Sequence seq && seq.size() > 0
                || stepsNode instanceof Scalar s && !s.isNull() && !s.value().isEmpty();
        if (steps.isEmpty() && !stepsMisread) {
            YamlNode at = spec.entry("steps").map(e -> (YamlNode) e.value()).orElse(nameOrSpec(d));
            ctx.report(NO_STEPS, d, at, "flow \"" + flow.name() + "\" has no target environments",
                    "add spec.steps with at least one environment and its dependsOn");
        }
        checkHookKeys(ctx, d, spec.mapping("hooks"));
        checkTimeout(ctx, d, spec);

        Map<String, FlowStep> byEnv = new LinkedHashMap<>();
        for (FlowStep s : steps) {
            checkHookKeys(ctx, d, s.hooks());
            Optional<Text> env = s.environment();
            if (env.isEmpty()) {
                ctx.report(NO_ENVIRONMENT, d, s.node().size() == 0 ? s.node() : s.node().keyAt(0),
                        "step " + (s.index() + 1) + " of flow \"" + flow.name() + "\" names no environment",
                        "add environment: the target environment's name");
                continue;
            }
            String name = env.get().value();
            if (name.equals(triggerName)) {
                ctx.report(STEP_IS_TRIGGER, d.at(env.get().node()),
                        "step targets the trigger environment \"" + name + "\"",
                        "remove this step: the trigger environment is where the release starts",
                        d.at(trigger.get().node()));
                continue;
            }
            FlowStep first = byEnv.putIfAbsent(name, s);
            if (first != null) {
                ctx.report(DUPLICATE_STEP, d.at(env.get().node()),
                        "environment \"" + name + "\" is already a step (line "
                                + first.environment().get().node().span().line() + ")",
                        "merge the two steps into one", d.at(first.environment().get().node()));
            }
        }

        Set<String> known = new HashSet<>(byEnv.keySet());
        if (!triggerName.isEmpty()) {
            known.add(triggerName);
        }
        Map<String, List<String>> edges = new LinkedHashMap<>();
        boolean dependsMisread = false; // a dependsOn (or an item of one) of the wrong type: its edges are unknown
        for (Map.Entry<String, FlowStep> e : byEnv.entrySet()) {
            FlowStep s = e.getValue();
            List<String> deps = new ArrayList<>();
            Optional<YamlNode> dependsNode = s.node().get("dependsOn");
            boolean wrongType = dependsNode.isPresent() && !(dependsNode.get() instanceof YamlNode.Sequence);
            if (wrongType && !(dependsNode.get() instanceof Scalar sc && sc.isNull())) {
                dependsMisread = true;
            } else if (dependsNode.isPresent() && dependsNode.get() instanceof YamlNode.Sequence items) {
                for (int i = 0; i < items.size(); i++) {
                    dependsMisread |= !(items.item(i) instanceof Scalar);
                }
            }
            if (s.dependsOn().isEmpty() && !wrongType) {
                ctx.report(NO_DEPENDS_ON, d, dependsNode.orElse(s.environment().get().node()),
                        "step \"" + e.getKey() + "\" has no dependsOn",
                        triggerName.isEmpty() ? "add dependsOn: the environments to promote first"
                                : "add dependsOn: [" + triggerName + "] (or the environments to promote first)");
            }
            Set<String> seen = new HashSet<>();
            for (Text dep : s.dependsOn()) {
                String depName = dep.value();
                if (!seen.add(depName)) {
                    ctx.report(DUPLICATE_DEPENDENCY, d, dep.node(),
                            "\"" + depName + "\" is listed twice in dependsOn of \"" + e.getKey() + "\"",
                            "remove the repetition");
                    continue;
                }
                if (depName.equals(e.getKey())) {
                    ctx.report(SELF_DEPENDENCY, d, dep.node(), "step \"" + depName + "\" depends on itself",
                            "remove it from its own dependsOn");
                    continue;
                }
                if (!known.contains(depName) && triggerMisread) {
                    continue; // it may well be the trigger environment, written as a list
                }
                if (!known.contains(depName)) {
                    List<String> candidates = new ArrayList<>(known);
                    ctx.report(UNKNOWN_DEPENDENCY, d, dep.node(),
                            "dependsOn names \"" + depName + "\", which is neither the trigger environment nor a step"
                                    + " of flow \"" + flow.name() + "\"",
                            Suggestions.didYouMeanOr(depName, candidates,
                                    "environments of this flow: " + String.join(", ", sorted(candidates))));
                    continue;
                }
                deps.add(depName);
            }
            edges.put(e.getKey(), deps);
        }

        Set<String> inCycle = reportCycles(ctx, d, byEnv, edges);
        if (!triggerMisread && !dependsMisread) { // else the wrong-type finding says what to mend first
            reportUnreachable(ctx, d, byEnv, edges, triggerName, inCycle);
        }
        if (inCycle.isEmpty()) {
            reportRedundant(ctx, d, byEnv, edges);
        }
        reportUnknownEnvironments(ctx, d, flow, trigger, byEnv);
    }

    private static YamlNode nameOrSpec(Document d) {
        return d.metadata().flatMap(m -> m.get("name")).orElse(d.root());
    }

    private void checkHookKeys(LintContext ctx, Document d, Optional<Mapping> hooks) {
        if (hooks.isEmpty()) {
            return;
        }
        for (var e : hooks.get().entries()) {
            if (!HOOK_KEYS.contains(e.name())) {
                ctx.report(HOOK_KEY, d, e.key(), "\"" + e.name() + "\" is not a hook key; this hook never fires",
                        Suggestions.didYouMeanOr(e.name(), HOOK_KEYS, "use onStart, onSuccess or onFail"));
            }
        }
    }

    private void checkTimeout(LintContext ctx, Document d, Mapping spec) {
        spec.get("promotionTimeoutLimit").ifPresent(v -> {
            boolean ok = v instanceof Scalar s && s.type() == YamlNode.ScalarType.INT && parsePositive(s.value());
            if (!ok) {
                ctx.report(TIMEOUT, d, v, "promotionTimeoutLimit must be a positive whole number of minutes",
                        "for two hours write promotionTimeoutLimit: 120");
            }
        });
    }

    private static boolean parsePositive(String s) {
        try {
            return Long.parseLong(s) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Reports each elementary cycle found by depth-first search once; returns the environments in cycles. */
    private Set<String> reportCycles(LintContext ctx, Document d, Map<String, FlowStep> steps,
                                     Map<String, List<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the stack, 2 = done
        Set<String> inCycle = new LinkedHashSet<>();
        Set<String> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            // iterative DFS keeping the path, so deep chains cannot overflow the stack
            List<String> path = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            path.add(start);
            next.add(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String node = path.get(top);
                List<String> out = edges.getOrDefault(node, List.of());
                int i = next.get(top);
                if (i >= out.size()) {
                    state.put(node, 2);
                    path.remove(top);
                    next.remove(top);
                    continue;
                }
                next.set(top, i + 1);
                String dep = out.get(i);
                Integer st = state.get(dep);
                if (st == null) {
                    if (edges.containsKey(dep)) {
                        state.put(dep, 1);
                        path.add(dep);
                        next.add(0);
                    }
                } else if (st == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(dep), path.size()));
                    inCycle.addAll(cycle);
                    if (reported.add(canonical(cycle))) {
                        cycle.add(dep);
                        Text at = steps.get(node).dependsOn().stream().filter(t -> t.value().equals(dep)).findFirst()
                                .orElseThrow();
                        ctx.report(CYCLE, d, at.node(), "dependsOn cycle: " + String.join(" -> ", cycle),
                                "break the cycle: one of these environments must not wait for the others");
                    }
                }
            }
        }
        return inCycle;
    }

    private static String canonical(List<String> cycle) {
        List<String> sorted = new ArrayList<>(cycle);
        sorted.sort(null);
        return String.join(",", sorted);
    }

    private void reportUnreachable(LintContext ctx, Document d, Map<String, FlowStep> steps,
                                   Map<String, List<String>> edges, String trigger, Set<String> inCycle) {
        Set<String> reachable = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, List<String>> e : edges.entrySet()) {
                if (reachable.contains(e.getKey())) {
                    continue;
                }
                for (String dep : e.getValue()) {
                    if (dep.equals(trigger) || reachable.contains(dep)) {
                        reachable.add(e.getKey());
                        changed = true;
                        break;
                    }
                }
            }
        }
        for (Map.Entry<String, FlowStep> e : steps.entrySet()) {
            String env = e.getKey();
            if (reachable.contains(env) || inCycle.contains(env) || e.getValue().dependsOn().isEmpty()
                    || trigger.isEmpty() || edges.getOrDefault(env, List.of()).isEmpty()) {
                continue;
            }
            ctx.report(UNREACHABLE, d, e.getValue().environment().get().node(),
                    "step \"" + env + "\" can never start: none of its dependencies leads back to the trigger \""
                            + trigger + "\"",
                    "make it (or one of its dependencies) depend on a step that starts");
        }
    }

    private void reportRedundant(LintContext ctx, Document d, Map<String, FlowStep> steps,
                                 Map<String, List<String>> edges) {
        Map<String, Set<String>> ancestors = new HashMap<>();
        for (String env : edges.keySet()) {
            ancestorsOf(env, edges, ancestors);
        }
        for (Map.Entry<String, List<String>> e : edges.entrySet()) {
            for (String dep : e.getValue()) {
                for (String other : e.getValue()) {
                    if (!other.equals(dep) && ancestors.getOrDefault(other, Set.of()).contains(dep)) {
                        Text at = steps.get(e.getKey()).dependsOn().stream().filter(t -> t.value().equals(dep))
                                .findFirst().orElseThrow();
                        ctx.report(REDUNDANT, d, at.node(),
                                "\"" + e.getKey() + "\" need not depend on \"" + dep + "\": \"" + other
                                        + "\" already does",
                                "remove \"" + dep + "\" from this dependsOn");
                        break;
                    }
                }
            }
        }
    }

    private static Set<String> ancestorsOf(String env, Map<String, List<String>> edges, Map<String, Set<String>> memo) {
        Set<String> known = memo.get(env);
        if (known != null) {
            return known;
        }
        Set<String> out = new HashSet<>();
        memo.put(env, out); // acyclic here; the early entry also stops runaway recursion
        for (String dep : edges.getOrDefault(env, List.of())) {
            out.add(dep);
            out.addAll(ancestorsOf(dep, edges, memo));
        }
        return out;
    }

    private void reportUnknownEnvironments(LintContext ctx, Document d, PromotionFlow flow, Optional<Text> trigger,
                                           Map<String, FlowStep> steps) {
        Map<String, ?> inventory = ctx.config().environments();
        if (inventory.isEmpty()) {
            return;
        }
        List<Text> names = new ArrayList<>();
        trigger.ifPresent(names::add);
        for (FlowStep s : flow.steps()) {
            s.environment().ifPresent(names::add);
        }
        for (Text t : names) {
            if (!inventory.containsKey(t.value())) {
                ctx.report(UNKNOWN_ENVIRONMENT, d, t.node(),
                        "environment \"" + t.value() + "\" is not listed in " + ctx.config().file()
                                .map(p -> p.getFileName().toString()).orElse(".hookctl.yaml"),
                        Suggestions.closest(t.value(), inventory.keySet()).map(x -> "did you mean \"" + x + "\"? ")
                                .orElse("") + "add it under environments: if it exists in Codefresh");
            }
        }
    }

    private static List<String> sorted(List<String> names) {
        List<String> out = new ArrayList<>(names);
        out.sort(null);
        return out;
    }
}
