package dev.hookctl.release;

import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.HookAssignment;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Phase;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.Text;
import dev.hookctl.release.SimulationRequest.EnvironmentFailure;
import dev.hookctl.release.SimulationResult.EnvironmentState;
import dev.hookctl.release.SimulationResult.ReleaseOutcome;
import dev.hookctl.release.TimelineEntry.EnvironmentFinished;
import dev.hookctl.release.TimelineEntry.GroupStarted;
import dev.hookctl.release.TimelineEntry.NotStarted;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a product release through a flow (domain.md §2.3–2.6): release onStart; target
 * environments in dependency order, those that become ready together as a parallel group, each
 * with onStart, then onSuccess or onFail; release onSuccess or onFail at the end. What the docs
 * leave open is decided by the {@link Assumption}s, and the result names those it relied on.
 */
public final class Simulator {
    private final Catalog catalog;
    private final SimulationRequest request;
    private final PromotionFlow flow;
    private final FlowGraph graph;
    private final ReleaseFacts facts;

    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final Map<String, EnvironmentStatus> status = new LinkedHashMap<>();
    private final Map<String, Fact> messages = new LinkedHashMap<>();
    private final List<Fact> failureOrder = new ArrayList<>();
    private final Set<Assumption> assumptions = EnumSet.noneOf(Assumption.class);
    private PromotionContext context;
    private int order;

    private Simulator(Catalog catalog, SimulationRequest request, FlowGraph graph) {
        this.catalog = catalog;
        this.request = request;
        this.flow = graph.flow();
        this.graph = graph;
        this.facts = ReleaseFacts.resolve(catalog, Optional.of(flow), request.inputs());
        this.context = request.inputs().context();
        for (String t : graph.targets()) {
            status.put(t, EnvironmentStatus.PENDING);
        }
    }

    public static Outcome<SimulationResult> simulate(Catalog catalog, SimulationRequest request) {
        Optional<Document> d = catalog.find(Kind.PROMOTION_FLOW, request.flow());
        if (d.isEmpty()) {
            return Outcome.failed(Names.unknown("flow", request.flow(), catalog.names(Kind.PROMOTION_FLOW)));
        }
        Outcome<FlowGraph> graph = FlowGraph.of(new PromotionFlow(d.get()));
        if (!graph.isOk()) {
            return Outcome.failed(graph.error());
        }
        Optional<UserError> invalid = validate(graph.value(), request)
                .or(() -> ReleaseFacts.unknownProduct(catalog, request.inputs().options()));
        if (invalid.isPresent()) {
            return Outcome.failed(invalid.get());
        }
        return Outcome.ok(new Simulator(catalog, request, graph.value()).run());
    }

    private static Optional<UserError> validate(FlowGraph g, SimulationRequest r) {
        List<String> envs = new ArrayList<>();
        r.failures().forEach(f -> envs.add(f.environment()));
        r.terminateAt().ifPresent(envs::add);
        for (String env : envs) {
            if (env.equals(g.trigger())) {
                return Optional.of(new UserError("environment \"" + env + "\" is the trigger environment of flow \""
                        + g.flow().name() + "\": it is promoted before the release starts, so it cannot fail or be "
                        + "terminated in the release", "name a target environment: " + String.join(", ", g.targets())));
            }
            if (!g.targets().contains(env)) {
                return Optional.of(Names.unknown("environment", env, g.targets()));
            }
        }
        if (r.terminateAt().isPresent()
                && r.failures().stream().anyMatch(f -> f.environment().equals(r.terminateAt().get()))) {
            return Optional.of(new UserError("environment \"" + r.terminateAt().get()
                    + "\" is given to both --fail and --terminate-at", "an environment either fails or is terminated; keep one"));
        }
        Set<String> hooks = new LinkedHashSet<>();
        for (HookAssignment h : g.flow().hookAssignments()) {
            hooks.add(h.workflow().value());
        }
        List<String> named = new ArrayList<>(r.failingHooks());
        named.addAll(r.exports().keySet());
        for (String h : named) {
            if (!hooks.contains(h)) {
                UserError u = Names.unknown("hook", h, hooks);
                return Optional.of(new UserError(u.message().replaceFirst("^unknown hook", "flow \"" + g.flow().name()
                        + "\" assigns no hook"), ""));
            }
        }
        return Optional.empty();
    }

    private SimulationResult run() {
        if (!graph.implicitDependsOn().isEmpty()) {
            assumptions.add(Assumption.IMPLICIT_DEPENDS_ON);
        }
        Optional<Fact> releaseFailure = Optional.empty();
        FireResult start = fire(ReleaseEvent.release(Phase.START), 0, Optional.empty());
        if (!start.ok()) {
            releaseFailure = Optional.of(hookFailure(start));
            assumptions.add(Assumption.HOOK_FAILURE);
        }
        boolean terminated = false;
        if (releaseFailure.isEmpty()) {
            terminated = runEnvironments();
        }
        for (String env : graph.targets()) {
            if (status.get(env) == EnvironmentStatus.PENDING) {
                timeline.add(new NotStarted(env, whyNotStarted(env, terminated, releaseFailure.isPresent())));
            }
        }

        List<FailedEnvironment> failed = new ArrayList<>();
        for (String env : graph.targets()) {
            if (status.get(env).isFailure()) {
                failed.add(new FailedEnvironment(env, status.get(env), messages.get(env).value()));
            }
        }
        ReleaseOutcome outcome;
        if (releaseFailure.isPresent() || !failureOrder.isEmpty()) {
            Fact message = releaseFailure.orElseGet(() -> failureOrder.get(0));
            fire(ReleaseEvent.release(Phase.FAIL), 0, Optional.of(failure(message, failed)));
            outcome = new ReleaseOutcome(terminated ? "Terminated" : "Failed", message.value());
        } else {
            FireResult end = fire(ReleaseEvent.release(Phase.SUCCESS), 0, Optional.empty());
            if (end.ok()) {
                outcome = new ReleaseOutcome("Succeeded", "");
            } else {
                assumptions.add(Assumption.HOOK_FAILURE);
                Fact message = hookFailure(end);
                fire(ReleaseEvent.release(Phase.FAIL), 0, Optional.of(failure(message, List.of())));
                outcome = new ReleaseOutcome("Failed", message.value());
            }
        }
        List<EnvironmentState> states = new ArrayList<>();
        for (String env : graph.targets()) {
            states.add(new EnvironmentState(env, status.get(env),
                    messages.containsKey(env) ? messages.get(env).value() : ""));
        }
        noteFailedEnvironmentsShape();
        List<String> notes = new ArrayList<>(facts.notes());
        // an option that asked for something the run never reached must not pass silently
        for (EnvironmentFailure f : request.failures()) {
            if (status.get(f.environment()) != EnvironmentStatus.FAILED) {
                notes.add("--fail " + f.environment() + " had no effect: the environment never started ("
                        + label(status.get(f.environment())) + ")");
            }
        }
        request.terminateAt().ifPresent(env -> {
            if (status.get(env) != EnvironmentStatus.TERMINATED) {
                notes.add("--terminate-at " + env + " had no effect: the release never promoted that environment "
                        + "(it ended " + label(status.get(env)) + ")");
            }
        });
        return new SimulationResult(flow.name(), graph.trigger(), facts, timeline, states, outcome, assumptions,
                request.inputs().clock().instant(), notes);
    }

    private static String label(EnvironmentStatus s) {
        return s == null ? "unknown" : s.label();
    }

    /** Runs the target environments group by group; true when the release was terminated. */
    private boolean runEnvironments() {
        int group = 0;
        while (true) {
            List<String> ready = new ArrayList<>();
            for (String env : graph.targets()) {
                if (status.get(env) == EnvironmentStatus.PENDING && graph.dependsOn(env).stream()
                        .allMatch(d -> d.equals(graph.trigger()) || status.get(d) == EnvironmentStatus.SUCCESSFUL)) {
                    ready.add(env);
                }
            }
            if (ready.isEmpty()) {
                return false;
            }
            group++;
            if (ready.size() > 1) {
                assumptions.add(Assumption.PARALLEL_ORDER);
            }
            if (!failureOrder.isEmpty()) {
                assumptions.add(Assumption.FAILURE_ISOLATION); // environments start although another failed
            }
            timeline.add(new GroupStarted(group, ready));
            for (String env : ready) {
                status.put(env, EnvironmentStatus.RUNNING);
            }
            for (String env : ready) {
                FireResult r = fire(ReleaseEvent.environment(env, Phase.START), group, Optional.empty());
                if (!r.ok()) {
                    assumptions.add(Assumption.HOOK_FAILURE);
                    fail(env, EnvironmentStatus.FAILED, hookFailure(r));
                }
            }
            boolean terminated = request.terminateAt().filter(ready::contains).isPresent();
            for (String env : ready) {
                if (status.get(env) != EnvironmentStatus.RUNNING) {
                    continue;
                }
                if (terminated) {
                    assumptions.add(Assumption.TERMINATION);
                    fail(env, EnvironmentStatus.TERMINATED, new Fact("Product release was terminated while promoting "
                            + "environment \"" + request.terminateAt().get() + "\" (message invented by hookctl)",
                            ValueSource.INVENTED, "--terminate-at " + request.terminateAt().get()));
                    continue;
                }
                Optional<EnvironmentFailure> f = request.failures().stream()
                        .filter(x -> x.environment().equals(env)).findFirst();
                if (f.isPresent()) {
                    fail(env, EnvironmentStatus.FAILED, f.get().message()
                            .map(m -> new Fact(m, ValueSource.FLAG, "--fail " + env))
                            .orElse(new Fact("promotion failed in environment \"" + env + "\" (message invented by hookctl)",
                                    ValueSource.INVENTED, "--fail " + env + " gave no message; use --fail " + env + "=MESSAGE")));
                } else {
                    status.put(env, EnvironmentStatus.SUCCESSFUL);
                }
            }
            if (ready.stream().anyMatch(e -> status.get(e).isFailure())
                    && ready.stream().anyMatch(e -> !status.get(e).isFailure())) {
                assumptions.add(Assumption.FAILURE_ISOLATION); // the others running next to it finish
            }
            for (String env : ready) {
                timeline.add(new EnvironmentFinished(env, status.get(env),
                        messages.containsKey(env) ? messages.get(env).value() : ""));
            }
            for (String env : ready) {
                if (status.get(env) == EnvironmentStatus.SUCCESSFUL) {
                    FireResult r = fire(ReleaseEvent.environment(env, Phase.SUCCESS), group, Optional.empty());
                    if (r.ok()) {
                        continue;
                    }
                    assumptions.add(Assumption.HOOK_FAILURE);
                    fail(env, EnvironmentStatus.FAILED, hookFailure(r));
                    timeline.add(new EnvironmentFinished(env, EnvironmentStatus.FAILED, messages.get(env).value()));
                }
                FailedEnvironment me = new FailedEnvironment(env, status.get(env), messages.get(env).value());
                fire(ReleaseEvent.environment(env, Phase.FAIL), group, Optional.of(failure(messages.get(env), List.of(me))));
            }
            if (terminated) {
                return true;
            }
        }
    }

    private void fail(String env, EnvironmentStatus s, Fact message) {
        status.put(env, s);
        messages.put(env, message);
        failureOrder.add(message);
    }

    private String whyNotStarted(String env, boolean terminated, boolean releaseStopped) {
        if (releaseStopped) {
            return "the release failed before any environment started";
        }
        List<String> blockers = new ArrayList<>();
        for (String d : graph.dependsOn(env)) {
            if (!d.equals(graph.trigger()) && status.get(d) != EnvironmentStatus.SUCCESSFUL) {
                blockers.add(d + " (" + status.get(d).label() + ")");
            }
        }
        if (terminated && blockers.isEmpty()) {
            return "the release was terminated before it started";
        }
        return "waits for " + String.join(", ", blockers) + (terminated ? "; the release was terminated" : "");
    }

    private ReleaseFacts.Failure failure(Fact message, List<FailedEnvironment> failed) {
        boolean invented = message.invented() || failed.stream()
                .anyMatch(f -> messages.containsKey(f.name()) && messages.get(f.name()).invented());
        return new ReleaseFacts.Failure(message, failed, invented ? ValueSource.INVENTED : ValueSource.DERIVED,
                invented ? "the simulated failures, with invented error messages" : "the simulated failures");
    }

    private static Fact hookFailure(FireResult r) {
        Firing f = r.firing().orElseThrow();
        return new Fact("hook \"" + f.hook() + "\" (" + f.event().describe() + ") " + f.result().label()
                + (f.detail().isEmpty() ? "" : ": " + f.detail()), ValueSource.INVENTED,
                "the simulated hook failure (message invented by hookctl)");
    }

    private record FireResult(Optional<Firing> firing) {
        boolean ok() {
            return firing.map(Firing::ok).orElse(true);
        }
    }

    /** Fires the hook the flow assigns to the event, if any. */
    private FireResult fire(ReleaseEvent event, int group, Optional<ReleaseFacts.Failure> failure) {
        Optional<Text> hook = event.environment().isPresent()
                ? graph.step(event.environment().get()).hook(event.phase())
                : flow.releaseHook(event.phase());
        if (hook.isEmpty()) {
            return new FireResult(Optional.empty());
        }
        String name = hook.get().value();
        order++;
        Optional<Document> template = catalog.findWorkflow(name);
        Firing firing;
        if (template.isEmpty()) {
            assumptions.add(Assumption.REFUSED_FIRING);
            firing = new Firing(order, group, event, name, Firing.Result.REFUSED,
                    "no WorkflowTemplate named \"" + name + "\" is in the files", Optional.empty(), PromotionContext.EMPTY);
        } else {
            HookTemplate t = new HookTemplate(template.get());
            ResolvedArguments args = ArgumentResolver.resolve(t, event.phase(),
                    facts.platformArguments(event.phase(), failure), context, request.inputs().parameters());
            noteContextShadowing(args);
            if (args.passed().stream().anyMatch(a -> a.name().equals(DefaultArgument.VERSION.name())
                    && a.source() != ValueSource.PARAMETER && a.source() != ValueSource.PARAMETER_FILE)) {
                assumptions.add(Assumption.VERSION_IS_RELEASE_VERSION);
            }
            RenderedWorkflow rendered = new RenderedWorkflow(
                    Renderer.workflow(template.get(), args, RenderMode.REFERENCE, Optional.empty()), name, event, args,
                    facts, List.of());
            Firing.Result result;
            String detail = "";
            PromotionContext exported = PromotionContext.EMPTY;
            if (!args.complete()) {
                assumptions.add(Assumption.REFUSED_FIRING);
                result = Firing.Result.REFUSED;
                String p = args.missing().get(0).name();
                detail = "Argo refuses the Workflow: spec.arguments." + p + ".value or spec.arguments." + p
                        + ".valueFrom is required";
            } else if (request.failingHooks().contains(name)) {
                result = Firing.Result.FAILED;
                detail = "--fail-hook " + name;
            } else {
                result = Firing.Result.SUCCEEDED;
                PromotionContext export = request.exports().get(name);
                if (export != null) {
                    assumptions.add(Assumption.CONTEXT_MERGE);
                    exported = export;
                    context = context.merge(export);
                }
            }
            firing = new Firing(order, group, event, name, result, detail, Optional.of(rendered), exported);
        }
        timeline.add(firing);
        return new FireResult(Optional.of(firing));
    }

    private void noteContextShadowing(ResolvedArguments args) {
        for (ResolvedArgument a : args.passed()) {
            if (a.source() == ValueSource.PROMOTION_CONTEXT && DefaultArgument.of(a.name()).isPresent()) {
                assumptions.add(Assumption.CONTEXT_MERGE);
            }
        }
    }

    private void noteFailedEnvironmentsShape() {
        for (TimelineEntry e : timeline) {
            if (e instanceof Firing f && f.rendered().isPresent() && f.rendered().get().arguments().passed().stream()
                    .anyMatch(a -> a.name().equals(DefaultArgument.FAILED_ENVIRONMENTS.name())
                            && a.source() != ValueSource.PARAMETER && a.source() != ValueSource.PARAMETER_FILE)) {
                assumptions.add(Assumption.FAILED_ENVIRONMENTS_SHAPE);
            }
        }
    }
}
