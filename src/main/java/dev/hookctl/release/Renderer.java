package dev.hookctl.release;

import dev.hookctl.diag.Suggestions;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.FlowStep;
import dev.hookctl.model.HookAssignment;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Phase;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders the Workflow a hook firing creates. {@link #render(Catalog, RenderRequest)} is the
 * whole job for {@code render} and {@code fire}: find the flow, hook and event, work out the
 * release facts and the arguments, and build the Workflow as Codefresh and
 * {@code argo submit --from} create it (argo.md §3.2), or self-contained with {@link RenderMode#INLINE}.
 */
public final class Renderer {
    /** The label Argo puts on a Workflow submitted from a WorkflowTemplate. */
    public static final String TEMPLATE_LABEL = "workflows.argoproj.io/workflow-template";

    private Renderer() {}

    /** The firing a request names, once flow, event and hook are found. */
    record Target(Optional<PromotionFlow> flow, ReleaseEvent event, Document template, List<String> notes) {}

    public static Outcome<RenderedWorkflow> render(Catalog catalog, RenderRequest request) {
        return target(catalog, request).map(t -> render(catalog, request, t)).then(Renderer::checkEnums);
    }

    /**
     * A value outside the parameter's {@code enum}: Argo refuses the submission, and the UI is the
     * only place that enforces it, so hookctl refuses it before a Workflow is printed or sent.
     */
    private static Outcome<RenderedWorkflow> checkEnums(RenderedWorkflow wf) {
        Map<String, dev.hookctl.model.WorkflowParameter> declared = new java.util.HashMap<>();
        for (ArgumentSupply.DeclaredArgument d : wf.arguments().supply().arguments()) {
            declared.put(d.name(), d.parameter());
        }
        for (ResolvedArgument a : wf.arguments().passed()) {
            Optional<dev.hookctl.model.WorkflowParameter> p = Optional.ofNullable(declared.get(a.name()));
            Optional<dev.hookctl.yaml.YamlNode.Sequence> allowed = p.flatMap(x -> x.node().sequence("enum"));
            if (allowed.isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (dev.hookctl.yaml.YamlNode v : allowed.get().items()) {
                if (v instanceof dev.hookctl.yaml.YamlNode.Scalar sc) {
                    values.add(sc.value());
                }
            }
            if (!values.isEmpty() && !values.contains(a.value())) {
                return Outcome.failed("argument " + a.name() + " = \"" + a.value() + "\" (" + a.origin()
                                + ") is not one of its enum values: " + String.join(", ", values),
                        "Argo refuses a value outside the enum; pass one of them with -p " + a.name() + "=VALUE");
            }
        }
        return Outcome.ok(wf);
    }

    private static RenderedWorkflow render(Catalog catalog, RenderRequest request, Target t) {
        ReleaseInputs in = request.inputs();
        ReleaseFacts facts = ReleaseFacts.resolve(catalog, t.flow(), in);
        HookTemplate hook = new HookTemplate(t.template());
        Optional<ReleaseFacts.Failure> failure = t.event().phase() == Phase.FAIL
                ? Optional.of(failure(t, in)) : Optional.empty();
        ResolvedArguments args = ArgumentResolver.resolve(hook, t.event().phase(),
                facts.platformArguments(t.event().phase(), failure), in.context(), in.parameters());
        List<String> notes = new ArrayList<>(t.notes());
        notes.addAll(facts.notes());
        List<String> declared = args.supply().arguments().stream().map(ArgumentSupply.DeclaredArgument::name).toList();
        for (String ignored : args.ignored()) {
            notes.add("ignored parameter " + ignored + ": hook \"" + hook.name() + "\" does not declare it"
                    + Suggestions.closest(ignored, declared).map(s -> " (did you mean " + s + "?)").orElse(""));
        }
        Map<String, Object> wf = workflow(t.template(), args, request.mode(), request.namespace());
        return new RenderedWorkflow(wf, hook.name(), t.event(), args, facts, notes);
    }

    /** What failed, for an onFail firing rendered on its own (simulate works it out from the run instead). */
    private static ReleaseFacts.Failure failure(Target t, ReleaseInputs in) {
        // the message the hook will get as ERROR_MESSAGE, so FAILED_ENVIRONMENTS tells the same story
        Fact message = ReleaseFacts.userValue(in, DefaultArgument.ERROR_MESSAGE.name())
                .or(() -> in.options().errorMessage().map(m -> new Fact(m, ValueSource.FLAG, "--error-message")))
                .orElse(new Fact(t.event().environment()
                        .map(e -> "promotion failed in environment \"" + e + "\" (message invented by hookctl)")
                        .orElse("release failed (message invented by hookctl)"),
                        ValueSource.INVENTED, "no --error-message given"));
        if (t.event().environment().isPresent()) {
            FailedEnvironment env = new FailedEnvironment(t.event().environment().get(), EnvironmentStatus.FAILED,
                    message.value());
            return message.invented()
                    ? new ReleaseFacts.Failure(message, List.of(env), ValueSource.INVENTED,
                            "the event's environment, with an invented error message; pass --error-message")
                    : new ReleaseFacts.Failure(message, List.of(env), ValueSource.DERIVED, "the event's environment");
        }
        String name = t.flow().map(FlowGraph::of).filter(Outcome::isOk).map(g -> g.value().targets().get(0))
                .orElse("example-environment");
        return new ReleaseFacts.Failure(message, List.of(new FailedEnvironment(name, EnvironmentStatus.FAILED,
                message.value())), ValueSource.INVENTED,
                "a release-level render names no failed environment: pass -p FAILED_ENVIRONMENTS=JSON, "
                        + "or let 'hookctl simulate' work them out");
    }

    /**
     * The Workflow for a template and its resolved arguments. REFERENCE mode is what Codefresh
     * submits; a hook that is an Argo Workflow (not a template) has nothing to reference, so it is
     * always copied in.
     */
    public static Map<String, Object> workflow(Document template, ResolvedArguments args, RenderMode mode,
                                               Optional<String> namespace) {
        Map<String, Object> wf = new LinkedHashMap<>();
        wf.put("apiVersion", Kind.WORKFLOW.apiVersion());
        wf.put("kind", Kind.WORKFLOW.kindName());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("generateName", template.name() + "-");
        namespace.ifPresent(ns -> metadata.put("namespace", ns));
        Map<String, Object> labels = new LinkedHashMap<>();
        boolean isTemplate = template.kind() == Kind.WORKFLOW_TEMPLATE;
        if (isTemplate) {
            labels.put(TEMPLATE_LABEL, template.name());
            metadata.put("labels", labels);
        }
        List<ResolvedArgument> invented = args.invented();
        Map<String, Object> annotations = new LinkedHashMap<>();
        if (!invented.isEmpty()) {
            annotations.put(RenderedWorkflow.INVENTED_ANNOTATION, RenderedWorkflow.inventedNames(invented));
            metadata.put("annotations", annotations);
        }
        wf.put("metadata", metadata);
        if (mode == RenderMode.REFERENCE && isTemplate) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("workflowTemplateRef", new LinkedHashMap<>(Map.of("name", template.name())));
            if (!args.passed().isEmpty()) {
                spec.put("arguments", new LinkedHashMap<>(Map.of("parameters", parameters(args.passed()))));
            }
            wf.put("spec", spec);
        } else {
            wf.put("spec", InlineSpec.of(template, args, labels, annotations, namespace));
        }
        return wf;
    }

    private static List<Object> parameters(List<ResolvedArgument> passed) {
        List<Object> out = new ArrayList<>();
        for (ResolvedArgument a : passed) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", a.name());
            p.put("value", a.value());
            out.add(p);
        }
        return out;
    }

    // ---- finding the flow, the event and the hook ------------------------------------------------

    static Outcome<Target> target(Catalog catalog, RenderRequest r) {
        List<String> notes = new ArrayList<>();
        if (r.hook().isEmpty() && r.flow().isEmpty()) {
            return Outcome.failed("name a hook, or a flow with --flow to take the hook from",
                    "for example: hookctl " + r.command() + " slack-fail-hook --on fail, or hookctl " + r.command()
                            + " --flow F --env E --on fail");
        }
        Optional<Document> template = Optional.empty();
        if (r.hook().isPresent()) {
            template = catalog.findWorkflow(r.hook().get());
            if (template.isEmpty()) {
                return Outcome.failed(Names.unknown("hook", r.hook().get(), catalog.workflowNames()));
            }
            Optional<UserError> twice = ambiguous(catalog, template.get());
            if (twice.isPresent()) {
                return Outcome.failed(twice.get());
            }
        }
        if (r.flow().isPresent()) {
            Optional<Document> named = catalog.find(Kind.PROMOTION_FLOW, r.flow().get());
            Optional<UserError> twice = named.flatMap(d -> ambiguous(catalog, d));
            if (twice.isPresent()) {
                return Outcome.failed(twice.get());
            }
        }
        Optional<PromotionFlow> flow = Optional.empty();
        if (r.flow().isPresent()) {
            Optional<Document> d = catalog.find(Kind.PROMOTION_FLOW, r.flow().get());
            if (d.isEmpty()) {
                return Outcome.failed(Names.unknown("flow", r.flow().get(), catalog.names(Kind.PROMOTION_FLOW)));
            }
            flow = Optional.of(new PromotionFlow(d.get()));
        } else {
            List<PromotionFlow> using = flowsAssigning(catalog, r.hook().orElseThrow());
            if (using.size() == 1) {
                flow = Optional.of(using.get(0));
                notes.add("flow \"" + flow.get().name() + "\" taken as the only flow that assigns hook \""
                        + r.hook().get() + "\"");
            } else if (using.size() > 1) {
                notes.add("hook \"" + r.hook().get() + "\" is assigned in several flows ("
                        + String.join(", ", using.stream().map(PromotionFlow::name).toList())
                        + "): pass --flow to render it for one of them");
            }
        }
        Optional<UserError> unreadable = flow.flatMap(FlowReading::refusal);
        if (unreadable.isPresent()) {
            return Outcome.failed(unreadable.get());
        }
        Optional<UserError> product = ReleaseFacts.unknownProduct(catalog, r.inputs().options());
        if (product.isPresent()) {
            return Outcome.failed(product.get());
        }
        if (r.environment().isPresent()) {
            Optional<UserError> envError = flow.isPresent() ? checkEnvironment(flow.get(), r.environment().get())
                    : checkEnvironment(r.hook().map(h -> flowsAssigning(catalog, h)).filter(l -> !l.isEmpty())
                            .orElseGet(() -> allFlows(catalog)), r.environment().get());
            if (envError.isPresent()) {
                return Outcome.failed(envError.get());
            }
        }
        Optional<Phase> phase = r.phase();
        if (phase.isEmpty()) {
            Outcome<Phase> inferred = inferPhase(catalog, flow, r, notes);
            if (!inferred.isOk()) {
                return Outcome.failed(inferred.error());
            }
            phase = Optional.of(inferred.value());
        }
        Phase p = phase.get();
        ReleaseEvent event = r.environment().isPresent() ? ReleaseEvent.environment(r.environment().get(), p) : ReleaseEvent.release(p);

        Optional<Text> assigned = flow.flatMap(f -> assignedHook(f, r.environment(), p));
        if (template.isEmpty()) {
            PromotionFlow f = flow.orElseThrow();
            if (assigned.isEmpty()) {
                return Outcome.failed("flow \"" + f.name() + "\" assigns no " + p.key() + " hook to "
                                + (r.environment().isPresent() ? "environment \"" + r.environment().get() + "\"" : "the release"),
                        assignmentsHint(f));
            }
            template = catalog.findWorkflow(assigned.get().value());
            if (template.isEmpty()) {
                return Outcome.failed("flow \"" + f.name() + "\" assigns hook \"" + assigned.get().value()
                        + "\", but no WorkflowTemplate of that name is in the files",
                        Suggestions.closest(assigned.get().value(), catalog.workflowNames())
                                .map(s -> "did you mean \"" + s + "\"? ").orElse("")
                                + "add the template's file with -f, or fix the name in the flow");
            }
        } else if (flow.isPresent() && r.flow().isPresent()) {
            String name = template.get().name();
            if (assigned.isEmpty()) {
                notes.add("flow \"" + flow.get().name() + "\" assigns no " + p.key() + " hook to " + scopeWords(r)
                        + "; rendering \"" + name + "\" as if it did");
            } else if (!assigned.get().value().equals(name)) {
                notes.add("flow \"" + flow.get().name() + "\" assigns \"" + assigned.get().value() + "\", not \""
                        + name + "\", as the " + p.key() + " hook of " + scopeWords(r));
            }
        }
        if (template.get().kind() == Kind.WORKFLOW) {
            notes.add("hook \"" + template.get().name() + "\" is an Argo Workflow, not a WorkflowTemplate: "
                    + "its spec is copied into the rendered Workflow");
        }
        return Outcome.ok(new Target(flow, event, template.get(), notes));
    }

    private static String scopeWords(RenderRequest r) {
        return r.environment().map(e -> "environment \"" + e + "\"").orElse("the release");
    }

    /** An --env that is not a target environment of the flow: unknown, or the trigger environment. */
    /**
     * Two documents of the same kind and name (lint's duplicate-name): which one the cluster holds
     * depends on sync order, so rendering or firing either would be a guess.
     */
    private static Optional<UserError> ambiguous(Catalog catalog, Document d) {
        for (Catalog.Duplicate dup : catalog.duplicates()) {
            if (dup.first() == d) {
                return Optional.of(new UserError(d.kind().kindName() + " \"" + d.name() + "\" is defined twice: "
                        + dup.first().anchor() + " and " + dup.second().anchor(),
                        "remove or rename one of them, or give -f only the files of one (hookctl lint reports it as "
                                + "duplicate-name)"));
            }
        }
        return Optional.empty();
    }

    private static List<PromotionFlow> allFlows(Catalog catalog) {
        List<PromotionFlow> out = new ArrayList<>();
        for (Document d : catalog.documents(Kind.PROMOTION_FLOW)) {
            out.add(new PromotionFlow(d));
        }
        return out;
    }

    /**
     * {@code --env} without a flow to check it against: it must be a target environment of one of
     * the flows (those that assign the hook, else all), and not only ever their trigger.
     */
    static Optional<UserError> checkEnvironment(List<PromotionFlow> flows, String env) {
        if (flows.isEmpty()) {
            return Optional.empty(); // no flow in the files: nothing to check against
        }
        java.util.Set<String> targets = new java.util.TreeSet<>();
        boolean trigger = false;
        for (PromotionFlow f : flows) {
            targets.addAll(targetNames(f));
            trigger |= f.triggerEnvironment().map(Text::value).filter(env::equals).isPresent();
        }
        if (targets.contains(env)) {
            return Optional.empty();
        }
        if (trigger) {
            return Optional.of(new UserError("environment \"" + env + "\" is the trigger environment of the flows: "
                    + "no hook fires there [hook-on-trigger-env]",
                    "leave out --env for a release-level hook, or name a target environment: "
                            + String.join(", ", targets)));
        }
        return Optional.of(Names.unknown("environment", env, List.copyOf(targets)));
    }

    static Optional<UserError> checkEnvironment(PromotionFlow flow, String env) {
        Optional<String> trigger = flow.triggerEnvironment().map(Text::value);
        if (trigger.isPresent() && trigger.get().equals(env)) {
            return Optional.of(new UserError("environment \"" + env + "\" is the trigger environment of flow \""
                    + flow.name() + "\": no hook fires there [hook-on-trigger-env]",
                    "the release starts from the trigger environment (the change already happened there) and "
                            + "Codefresh does not allow hooks on it; leave out --env for a release-level hook, or "
                            + "name a target environment: " + String.join(", ", targetNames(flow))));
        }
        if (!flow.stepsByEnvironment().containsKey(env)) {
            return Optional.of(Names.unknown("environment", env, targetNames(flow)));
        }
        return Optional.empty();
    }

    static List<String> targetNames(PromotionFlow flow) {
        List<String> out = new ArrayList<>(flow.stepsByEnvironment().keySet());
        flow.triggerEnvironment().ifPresent(t -> out.remove(t.value()));
        return out;
    }

    private static Optional<Text> assignedHook(PromotionFlow flow, Optional<String> env, Phase phase) {
        if (env.isEmpty()) {
            return flow.releaseHook(phase);
        }
        FlowStep step = flow.stepsByEnvironment().get(env.get());
        return step == null ? Optional.empty() : step.hook(phase);
    }

    private static String assignmentsHint(PromotionFlow f) {
        List<String> parts = new ArrayList<>();
        for (HookAssignment h : f.hookAssignments()) {
            parts.add(h.scopeLabel() + " " + h.phase().key() + ": " + h.workflow().value());
        }
        return parts.isEmpty() ? "the flow assigns no hooks at all" : "the flow assigns: " + String.join("; ", parts);
    }

    private static Outcome<Phase> inferPhase(Catalog catalog, Optional<PromotionFlow> flow, RenderRequest r,
                                             List<String> notes) {
        if (r.hook().isEmpty()) {
            return Outcome.failed(new UserError("--on is required with --flow: start, success or fail",
                    "for example: hookctl " + r.command() + " --flow " + r.flow().orElse("F") + " --on fail",
                    UserError.Reason.PHASE_REQUIRED));
        }
        String hook = r.hook().get();
        Set<Phase> phases = new LinkedHashSet<>();
        List<PromotionFlow> flows = flow.map(List::of).orElseGet(() -> flowsAssigning(catalog, hook));
        for (PromotionFlow f : flows) {
            for (HookAssignment h : f.hookAssignments()) {
                boolean scopeMatches = flow.isEmpty() || r.environment().equals(h.step().flatMap(FlowStep::environment)
                        .map(Text::value));
                if (h.workflow().value().equals(hook) && scopeMatches) {
                    phases.add(h.phase());
                }
            }
        }
        if (phases.size() == 1) {
            Phase p = phases.iterator().next();
            notes.add("--on " + p.word() + " taken from the flows, where \"" + hook + "\" is assigned as " + p.key());
            return Outcome.ok(p);
        }
        return Outcome.failed(new UserError("--on is required: start, success or fail",
                phases.isEmpty() ? "hook \"" + hook + "\" is not assigned where it could tell the phase"
                        : "hook \"" + hook + "\" is assigned as " + String.join(" and ",
                        phases.stream().map(Phase::key).toList()),
                UserError.Reason.PHASE_REQUIRED));
    }

    /** The flows that assign the hook anywhere, in catalog order. */
    static List<PromotionFlow> flowsAssigning(Catalog catalog, String hook) {
        List<PromotionFlow> out = new ArrayList<>();
        for (Document d : catalog.documents(Kind.PROMOTION_FLOW)) {
            PromotionFlow f = new PromotionFlow(d);
            if (f.hookAssignments().stream().anyMatch(h -> h.workflow().value().equals(hook))) {
                out.add(f);
            }
        }
        return out;
    }
}
