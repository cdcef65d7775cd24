package dev.hookctl.cli;

import dev.hookctl.cluster.Applied;
import dev.hookctl.cluster.CancellationToken;
import dev.hookctl.cluster.ClusterClient;
import dev.hookctl.cluster.ClusterException;
import dev.hookctl.cluster.ClusterTarget;
import dev.hookctl.cluster.Clusters;
import dev.hookctl.cluster.ConnectionSettings;
import dev.hookctl.cluster.Durations;
import dev.hookctl.cluster.LogLine;
import dev.hookctl.cluster.Redaction;
import dev.hookctl.cluster.SubmitOptions;
import dev.hookctl.cluster.Submitted;
import dev.hookctl.cluster.WaitListener;
import dev.hookctl.cluster.WaitOptions;
import dev.hookctl.cluster.WaitOutcome;
import dev.hookctl.cluster.WorkflowProgress;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.Phase;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.release.ArgumentSupply.MissingArgument;
import dev.hookctl.release.IdSource;
import dev.hookctl.release.Manifests;
import dev.hookctl.release.Outcome;
import dev.hookctl.release.ReleaseInputs;
import dev.hookctl.release.RenderedWorkflow;
import dev.hookctl.release.Renderer;
import dev.hookctl.release.ResolvedArgument;
import dev.hookctl.release.UserError;
import dev.hookctl.term.Argument;
import dev.hookctl.term.CtrlC;
import dev.hookctl.term.FiringSummary;
import dev.hookctl.term.ProgressLine;
import dev.hookctl.term.Prompter;
import dev.hookctl.term.Prompts;
import dev.hookctl.yaml.YamlNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hookctl fire}: submits the Workflow {@code render} prints for the same options to a cluster,
 * optionally installing the template first, waiting for the result and streaming logs. fabric8 is
 * loaded only once the command really talks to a cluster, jline only when standard input is a terminal.
 */
@Command(name = "fire", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Fire a hook on a cluster: submit the Workflow 'hookctl render' prints for the same options "
                + "(a workflowTemplateRef by default, --inline for the self-contained form).",
            "On a terminal, asks for required arguments nothing supplies and for confirmation (-y skips it)."})
final class FireCommand implements Callable<Integer> {
    /** Where the prompter comes from; tests hand in a scripted one. */
    @FunctionalInterface
    interface PrompterSource {
        Optional<Prompter> open(boolean stdinIsTerminal) throws IOException;
    }

    private final Console console;
    private final PrompterSource prompterSource;
    private final Set<String> notesShown = new LinkedHashSet<>();

    @Mixin
    CommonOptions common;

    @Mixin
    ManifestOptions manifests;

    @Mixin
    ReleaseOptionsMixin release;

    @Mixin
    FiringOptions firing;

    @Mixin
    ClusterOptions clusterOptions;

    // a value is required (as kubectl requires it): an optional one would swallow the hook name in
    // 'fire --dry-run HOOK'
    @Option(names = "--dry-run", paramLabel = "MODE", arity = "1", defaultValue = "none",
            completionCandidates = DryRunModes.class,
            description = "client: print what would be submitted, contact no cluster; server: the API server validates "
                    + "it and creates nothing (dryRun=All); none: fire (default).")
    String dryRun;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "yaml",
            completionCandidates = RenderCommand.Outputs.class, description = "Format of what a dry run prints: yaml or json (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--allow-invented", description = "Fire even when hookctl had to invent some argument values "
            + "(a release id, a product name, a URL); without it such a fire is refused, because the hook would "
            + "post made-up values to Slack, Jira and the like. Dry runs never need it.")
    boolean allowInvented;

    @Option(names = "--apply", description = "First create or update the hook's WorkflowTemplate (and the templates "
            + "it references with templateRef) from the files, as kubectl apply does.")
    boolean apply;

    @Option(names = "--wait", description = "Wait until the Workflow finishes; exit 0 when it Succeeded, 1 when it Failed.")
    boolean await;

    @Option(names = "--log", description = "Stream the main container logs of its pods, each line prefixed by its node (implies --wait).")
    boolean log;

    // no picocli default value: a given --timeout is told from an absent one (a dry run refuses it)
    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Stop waiting after this long, e.g. 5m; the Workflow keeps running (default: 0 = no limit).")
    String timeout;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--secret", paramLabel = "NAME",
            description = "Treat this argument as secret: its value is never printed (repeatable). Mark every credential "
                    + "you pass with -p: workflow arguments cannot read a Kubernetes Secret themselves.")
    List<String> secrets = new ArrayList<>();

    @Option(names = "--cluster", description = RenderCommand.CLUSTER_DESCRIPTION)
    boolean clusterCatalog;

    FireCommand(Console console) {
        this(console, Prompts::open);
    }

    FireCommand(Console console, PrompterSource prompterSource) {
        this.console = console;
        this.prompterSource = prompterSource;
    }

    private enum DryRun { NONE, CLIENT, SERVER }

    /** The values of --dry-run, for shell completion. */
    static final class DryRunModes extends java.util.ArrayList<String> {
        DryRunModes() {
            super(List.of("client", "server", "none"));
        }
    }

    @Override
    public Integer call() {
        Optional<DryRun> mode = switch (dryRun.toLowerCase(Locale.ROOT)) {
            case "none" -> Optional.of(DryRun.NONE);
            case "client" -> Optional.of(DryRun.CLIENT);
            case "server" -> Optional.of(DryRun.SERVER);
            default -> Optional.empty();
        };
        if (mode.isEmpty()) {
            console.error("unknown --dry-run mode \"" + dryRun + "\"", "use --dry-run=client, --dry-run=server or --dry-run=none");
            return ExitCode.USAGE.code();
        }
        if (!output.equals("yaml") && !output.equals("json")) {
            console.error("unknown output \"" + output + "\"", "use -o yaml or -o json");
            return ExitCode.USAGE.code();
        }
        if (mode.get() != DryRun.NONE && (await || log || timeout != null)) {
            // a dry run creates no Workflow: there is nothing to wait for or to read logs from
            String option = await ? "--wait" : log ? "--log" : "--timeout";
            console.error(option + " has no Workflow to wait for: --dry-run=" + dryRun.toLowerCase(Locale.ROOT)
                    + " creates none", "leave " + option + " out, or fire without --dry-run");
            return ExitCode.USAGE.code();
        }
        Optional<Duration> waitLimit = Durations.parse(timeout == null ? "0" : timeout);
        if (waitLimit.isEmpty()) {
            console.error("--timeout: \"" + timeout + "\" is not a duration", "for example --timeout 10m, 1h30m, or 0 for no limit");
            return ExitCode.USAGE.code();
        }
        ReleaseSession.Result<Optional<Phase>> phase = firing.phase(console);
        if (phase.failed()) {
            return phase.exit().code();
        }
        // parsing the settings touches no fabric8 class; connecting does, and only happens below
        ReleaseSession.Result<ConnectionSettings> settings = clusterOptions.settingsOrReport(console);
        if (settings.failed()) {
            return settings.exit().code();
        }
        try (Interaction interaction = new Interaction()) {
            return fire(mode.get(), waitLimit.get(), phase.get(), settings.get(), interaction);
        }
    }

    private int fire(DryRun mode, Duration waitLimit, Optional<Phase> phase, ConnectionSettings settings,
                     Interaction interaction) {
        ReleaseSession session = new ReleaseSession(console);
        ReleaseSession.Result<ReleaseSession.Loaded> loaded = session.load(manifests,
                clusterCatalog ? Optional.of(settings) : Optional.empty());
        if (loaded.failed()) {
            return loaded.exit().code();
        }
        Catalog catalog = loaded.get().catalog();
        // one RELEASE_ID across the renders before and after prompting
        ReleaseSession.Result<ReleaseInputs> inputs = session.inputs(release, firing.errorMessage(), loaded.get(),
                IdSource.once());
        if (inputs.failed()) {
            return inputs.exit().code();
        }
        Set<String> secretNames = new LinkedHashSet<>(secrets);
        ReleaseSession.Result<RenderedWorkflow> rendered = renderWithPrompts(session, catalog, phase, inputs.get(),
                secretNames, interaction);
        if (rendered.failed()) {
            return rendered.exit().code();
        }
        RenderedWorkflow wf = rendered.get();
        showNotes(session, wf.notes());
        Document template = catalog.findWorkflow(wf.hook()).orElseThrow();
        secretNames.addAll(secretKeyRefParameters(template));
        Redaction redaction = Redaction.forWorkflow(wf.workflow(), secretNames);
        List<Document> toApply = apply ? templatesToApply(catalog, template) : List.of();

        if (mode == DryRun.CLIENT) {
            printClientDryRun(wf, redaction, toApply);
            return ExitCode.OK.code();
        }
        if (mode == DryRun.NONE && !allowInvented && !wf.invented().isEmpty()) {
            // a real firing posts what it is given; made-up values must be the user's explicit choice
            StringBuilder list = new StringBuilder();
            for (var a : wf.invented()) {
                list.append("\n  ").append(a.name()).append(" = ").append(redaction.apply(a.value()))
                        .append("  (").append(a.origin()).append(')');
            }
            console.error("refusing to fire \"" + wf.hook() + "\" with values hookctl invented:" + list,
                    "give real values with -p NAME=VALUE or --product, --release-version, --release-id, "
                            + "--release-url, --commit; or pass --allow-invented. --dry-run=client shows what would be sent");
            return ExitCode.USAGE.code();
        }
        try (ClusterClient client = Clusters.connect(settings, redaction)) {
            ClusterTarget target = client.target();
            if (common.verbose) {
                target.describe().forEach(l -> console.err().println("hookctl: " + l));
                console.err().flush();
            }
            if (mode == DryRun.NONE && !yes) {
                Optional<Prompter> prompter = interaction.prompter();
                if (prompter.isEmpty() && console.stdinIsTerminal()) {
                    // on a terminal the user expects to be asked; never fire unconfirmed because asking failed
                    console.error("cannot ask for confirmation on this terminal; nothing was fired",
                            "pass -y to fire without the confirmation");
                    return ExitCode.USAGE.code();
                }
                if (prompter.isPresent() && !prompter.get().confirm(summary(target, wf, redaction))) {
                    if (prompter.get().interrupted()) {
                        return interrupted().exit().code();
                    }
                    console.err().println("hookctl: not fired");
                    console.err().flush();
                    return ExitCode.OK.code();
                }
            }
            // no more questions: give the terminal back before a long wait (Ctrl-C must reach CtrlC)
            interaction.close();
            boolean serverDryRun = mode == DryRun.SERVER;
            for (Document d : toApply) {
                Applied a = client.apply(plainMap((Map<?, ?>) YamlNode.toPlain(d.root())), serverDryRun);
                console.out().println(a.summary());
            }
            SubmitOptions options = serverDryRun ? SubmitOptions.serverDryRun() : SubmitOptions.create();
            if (serverDryRun && !toApply.isEmpty()) {
                // a dry-run apply installed nothing, so the check would fail for a template only in the files
                options = options.withoutTemplateCheck();
            }
            Submitted submitted = client.submit(wf.workflow(), options);
            if (serverDryRun) {
                console.out().print(output.equals("json") ? Manifests.json(submitted.object()) : Manifests.yaml(submitted.object()));
                console.out().flush();
                console.err().println("hookctl: workflow " + submitted.name() + " validated by the API server in "
                        + submitted.namespace() + " (server dry run): nothing was created");
                console.err().flush();
                return ExitCode.OK.code();
            }
            console.out().println("workflow " + submitted.name() + " created in " + submitted.namespace());
            submitted.followCommands().forEach(c -> console.out().println("  " + c));
            console.out().flush();
            if (!await && !log) {
                return ExitCode.OK.code();
            }
            return waitFor(client, submitted, waitLimit, redaction);
        } catch (ClusterException e) {
            console.error(redaction.apply(e.problem().message()), redaction.apply(e.problem().hint()));
            return e.problem().exitCode();
        }
    }

    // ---- rendering, with prompts for what is missing ----------------------------------------------

    private ReleaseSession.Result<RenderedWorkflow> renderWithPrompts(ReleaseSession session, Catalog catalog,
                                                                      Optional<Phase> phase, ReleaseInputs inputs,
                                                                      Set<String> secretNames, Interaction interaction) {
        Optional<String> hook = firing.hook();
        if (hook.isEmpty() && firing.flow().isEmpty() && console.stdinIsTerminal()) {
            hook = interaction.ask("HOOK", "the hook (WorkflowTemplate) to fire", List.copyOf(catalog.workflowNames()), false);
            if (hook.isEmpty()) {
                return interaction.interrupted() ? interrupted()
                        : session.usage(new UserError("no hook given", "name the hook: hookctl fire HOOK --on PHASE"));
            }
        }
        if (phase.isEmpty() && console.stdinIsTerminal()) {
            Outcome<RenderedWorkflow> first = Renderer.render(catalog, firing.request("fire", hook, phase, Optional.empty(), inputs));
            if (!first.isOk() && first.error().reason() == UserError.Reason.PHASE_REQUIRED) {
                // the one render failure a prompt can fix: which phase the hook fires for
                phase = interaction.ask("PHASE", first.error().message(), List.of("start", "success", "fail"), false)
                        .flatMap(Phase::ofWord);
                if (phase.isEmpty()) {
                    return interaction.interrupted() ? interrupted() : session.usage(first.error());
                }
            }
        }
        ReleaseSession.Result<RenderedWorkflow> rendered = session.render(catalog, firing.request("fire", hook, phase,
                Optional.empty(), inputs));
        if (rendered.failed()) {
            return rendered;
        }
        Optional<UserError> unknownSecret = unknownSecret(rendered.get());
        if (unknownSecret.isPresent()) {
            return session.usage(unknownSecret.get());
        }
        if (rendered.get().complete()) {
            return rendered;
        }
        RenderedWorkflow wf = rendered.get();
        if (!console.stdinIsTerminal()) {
            session.reportMissing(wf);
            return ReleaseSession.Result.exit(ExitCode.USAGE);
        }
        // what the notes say (a flow taken as the only one, a value invented) matters for the answers
        showNotes(session, wf.notes());
        Set<String> fromSecrets = secretKeyRefParameters(catalog.findWorkflow(wf.hook()).orElseThrow());
        Map<String, String> answers = new LinkedHashMap<>();
        for (MissingArgument m : wf.missing()) {
            boolean secret = secretNames.contains(m.name()) || fromSecrets.contains(m.name());
            Optional<String> value = interaction.ask(m.name(), "hook \"" + wf.hook() + "\" needs " + m.name() + " ("
                    + m.howToSupply() + ")", candidates(catalog, wf, m.name()), secret);
            if (value.isEmpty()) {
                if (interaction.interrupted()) {
                    return interrupted();
                }
                session.reportMissing(wf);
                return ReleaseSession.Result.exit(ExitCode.USAGE);
            }
            answers.put(m.name(), value.get());
        }
        ReleaseInputs answered = inputs.withParameters(inputs.parameters().with(answers));
        return session.render(catalog, firing.request("fire", hook, phase, Optional.empty(), answered));
    }

    /** Ctrl-C at a question: stop as after any Ctrl-C, with nothing fired. */
    private <T> ReleaseSession.Result<T> interrupted() {
        console.error("interrupted (Ctrl-C): nothing was fired", "");
        return ReleaseSession.Result.exit(ExitCode.INTERRUPTED);
    }

    /** Prints the notes not printed yet: those of the render before the questions come first. */
    private void showNotes(ReleaseSession session, List<String> notes) {
        List<String> fresh = new ArrayList<>();
        for (String n : notes) {
            if (notesShown.add(n)) {
                fresh.add(n);
            }
        }
        session.notes(fresh);
    }

    /** Values hookctl knows for an argument: its enum, or the flow's environment names for an environment-like name. */
    private static List<String> candidates(Catalog catalog, RenderedWorkflow wf, String argument) {
        Set<String> out = new LinkedHashSet<>();
        catalog.findWorkflow(wf.hook()).flatMap(Document::spec).flatMap(s -> s.mapping("arguments"))
                .flatMap(a -> a.sequence("parameters")).ifPresent(params -> {
                    for (YamlNode p : params.items()) {
                        if (p instanceof YamlNode.Mapping m && m.text("name").filter(argument::equals).isPresent()) {
                            m.sequence("enum").ifPresent(values -> values.items().forEach(v -> {
                                if (v instanceof YamlNode.Scalar s) {
                                    out.add(s.value());
                                }
                            }));
                        }
                    }
                });
        if (out.isEmpty() && argument.toUpperCase(Locale.ROOT).contains("ENV")) {
            for (Document f : catalog.documents(Kind.PROMOTION_FLOW)) {
                new PromotionFlow(f).stepsByEnvironment().keySet().forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A --secret that names no argument of the hook: a typo in a safety option would leave the real
     * secret's value to be printed, prompted with echo and sent unmasked, so it stops the firing
     * before anything is asked, printed or sent.
     */
    private Optional<UserError> unknownSecret(RenderedWorkflow wf) {
        List<String> declared = wf.arguments().supply().arguments().stream().map(a -> a.name()).toList();
        for (String s : secrets) {
            if (!declared.contains(s)) {
                List<String> close = Suggestions.closestN(s, declared, 3);
                return Optional.of(new UserError("--secret " + s + ": hook \"" + wf.hook()
                        + "\" declares no argument of that name"
                        + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"),
                        declared.isEmpty() ? "the hook declares no arguments: leave --secret out"
                                : "--secret takes an argument the hook declares: " + String.join(", ", declared)));
            }
        }
        return Optional.empty();
    }

    /** Arguments the template declares with {@code valueFrom.secretKeyRef}: a value given for one is a secret. */
    private static Set<String> secretKeyRefParameters(Document template) {
        return Redaction.forWorkflow(plainMap((Map<?, ?>) YamlNode.toPlain(template.root())), Set.of()).secretParameters();
    }

    // ---- output --------------------------------------------------------------------------------------

    private void printClientDryRun(RenderedWorkflow wf, Redaction redaction, List<Document> toApply) {
        List<String> masked = redaction.maskedArguments(wf.workflow());
        List<Object> objects = new ArrayList<>();
        for (Document d : toApply) {
            objects.add(inNamespace(redaction.apply(plainMap((Map<?, ?>) YamlNode.toPlain(d.root())))));
        }
        objects.add(inNamespace(redaction.apply(wf.workflow())));
        if (output.equals("json")) {
            // several objects as kubectl prints them: one List
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("apiVersion", "v1");
            list.put("kind", "List");
            list.put("items", objects);
            Object shown = objects.size() == 1 ? objects.get(0) : list;
            console.out().print(Manifests.json(shown));
        } else {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < objects.size(); i++) {
                boolean last = i == objects.size() - 1;
                b.append(i == 0 ? "" : "---\n").append(last ? redaction.apply(wf.header()) : "");
                if (last && !masked.isEmpty()) {
                    b.append("# ").append(maskedNote(masked)).append('\n');
                }
                b.append(Manifests.yaml(objects.get(i)));
            }
            console.out().print(b);
        }
        console.out().flush();
        console.err().println("hookctl: client dry run: nothing was sent to a cluster");
        console.err().flush();
        if (!masked.isEmpty()) {
            // JSON has no comments, and a pipe to kubectl would send the mask as the value
            console.note(maskedNote(masked));
        }
    }

    private static String maskedNote(List<String> masked) {
        return "the values of " + String.join(", ", masked) + " are masked (" + Redaction.MASK
                + "); this output submitted as it is would send the mask, so fire without --dry-run=client";
    }

    /**
     * With an explicit -n the object shows the namespace it would be created in, as kubectl's client
     * dry run does; without it the namespace is the context's, which is known only to the client.
     */
    private Map<String, Object> inNamespace(Map<String, Object> object) {
        if (clusterOptions.namespace == null || !(object.get("metadata") instanceof Map<?, ?> metadata)) {
            return object;
        }
        Map<String, Object> copy = new LinkedHashMap<>(object);
        Map<String, Object> meta = new LinkedHashMap<>();
        boolean placed = false;
        for (Map.Entry<?, ?> e : metadata.entrySet()) {
            meta.put(String.valueOf(e.getKey()), e.getValue());
            if (!placed && (e.getKey().equals("name") || e.getKey().equals("generateName"))) {
                meta.put("namespace", clusterOptions.namespace);
                placed = true;
            }
        }
        meta.putIfAbsent("namespace", clusterOptions.namespace);
        copy.put("metadata", meta);
        return copy;
    }

    private FiringSummary summary(ClusterTarget target, RenderedWorkflow wf, Redaction redaction) {
        List<Argument> args = new ArrayList<>();
        for (ResolvedArgument a : wf.arguments().passed()) {
            boolean secret = redaction.secretParameters().contains(a.name());
            args.add(new Argument(a.name(), secret ? a.value() : redaction.apply(a.value()), secret));
        }
        return new FiringSummary(target.context(), target.namespace(), wf.hook(), wf.event().describe(), args);
    }

    /** The hook's template and the templates of the files it references with templateRef, each once. */
    private static List<Document> templatesToApply(Catalog catalog, Document hook) {
        Map<String, Document> out = new LinkedHashMap<>();
        List<Document> todo = new ArrayList<>(List.of(hook));
        while (!todo.isEmpty()) {
            Document d = todo.remove(0);
            if (d.kind() != Kind.WORKFLOW_TEMPLATE || ClusterCatalog.fromCluster(d) || out.containsKey(d.name())) {
                continue;
            }
            out.put(d.name(), d);
            for (String ref : templateRefs(YamlNode.toPlain(d.root()))) {
                catalog.find(Kind.WORKFLOW_TEMPLATE, ref).ifPresent(todo::add);
            }
        }
        return List.copyOf(out.values());
    }

    /** Names of namespaced templates a tree refers to with {@code templateRef} (clusterScope ones live elsewhere). */
    private static Set<String> templateRefs(Object node) {
        Set<String> out = new LinkedHashSet<>();
        if (node instanceof Map<?, ?> m) {
            if (m.get("templateRef") instanceof Map<?, ?> ref && ref.get("name") instanceof String name
                    && !Boolean.TRUE.equals(ref.get("clusterScope"))) {
                out.add(name);
            }
            m.values().forEach(v -> out.addAll(templateRefs(v)));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> out.addAll(templateRefs(v)));
        }
        return out;
    }

    private static Map<String, Object> plainMap(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    // ---- waiting -------------------------------------------------------------------------------------

    private int waitFor(ClusterClient client, Submitted submitted, Duration waitLimit, Redaction redaction)
            throws ClusterException {
        CancellationToken token = new CancellationToken();
        ProgressLine line = new ProgressLine(console.err(), console.out(), console.stdoutIsTerminal(), width());
        try (CtrlC ctrlC = CtrlC.onInterrupt(token::cancel)) {
            WaitOutcome outcome;
            try {
                outcome = client.await(submitted.name(), WaitOptions.of(waitLimit, log, token), new WaitListener() {
                    @Override
                    public void progress(WorkflowProgress progress, boolean changed) {
                        line.show(progress.line(), changed);
                    }

                    @Override
                    public void log(LogLine logLine) {
                        line.println(logLine.formatted());
                    }

                    @Override
                    public void notice(String text) {
                        line.notice("hookctl: " + text);
                    }
                });
            } finally {
                line.finish();
            }
            int code = report(outcome, redaction);
            ctrlC.finished();
            return code;
        }
    }

    private int report(WaitOutcome outcome, Redaction redaction) {
        if (outcome instanceof WaitOutcome.Finished f && f.succeeded()) {
            console.out().println("workflow " + f.name() + " Succeeded in " + Durations.format(f.elapsed()));
            console.out().flush();
        } else if (outcome instanceof WaitOutcome.Finished f) {
            console.error("workflow " + f.name() + " " + f.phase() + (f.message().isEmpty() ? "" : ": " + redaction.apply(f.message())),
                    "see what happened: argo get " + f.name() + " -n " + f.namespace() + " (logs: argo logs "
                            + f.name() + " -n " + f.namespace() + ")");
        } else if (outcome instanceof WaitOutcome.TimedOut t) {
            console.error("stopped waiting after " + Durations.format(t.after()) + ": workflow " + t.name() + " is still "
                    + (t.lastPhase().isEmpty() ? "Pending" : t.lastPhase()) + " and keeps running", t.followHint());
        } else if (outcome instanceof WaitOutcome.Interrupted i) {
            console.error("stopped waiting: workflow " + i.name() + " keeps running", i.followHint());
        }
        return outcome.exitCode();
    }

    private int width() {
        try {
            return console.env("COLUMNS").map(Integer::parseInt).orElse(80);
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** The prompter, opened on first use (jline loads only then); closed after the last question, or with the command. */
    private final class Interaction implements AutoCloseable {
        private Optional<Prompter> prompter;
        private boolean closed;

        Optional<Prompter> prompter() {
            if (closed) {
                return Optional.empty();
            }
            if (prompter == null) {
                try {
                    prompter = prompterSource.open(console.stdinIsTerminal());
                } catch (IOException e) {
                    console.note("cannot use the terminal for questions (" + e.getMessage() + "); continuing without");
                    prompter = Optional.empty();
                }
            }
            return prompter;
        }

        Optional<String> ask(String name, String description, List<String> candidates, boolean secret) {
            return prompter().flatMap(p -> p.ask(name, description, candidates, secret));
        }

        /** Whether the last question was answered with Ctrl-C. */
        boolean interrupted() {
            return prompter != null && !closed && prompter.map(Prompter::interrupted).orElse(false);
        }

        @Override
        public void close() {
            if (prompter != null && !closed) {
                prompter.ifPresent(Prompter::close);
            }
            closed = true;
        }
    }
}
