package dev.hookctl.cli;

import dev.hookctl.model.Phase;
import dev.hookctl.release.ArgumentSupply.MissingArgument;
import dev.hookctl.release.Outcome;
import dev.hookctl.release.ReleaseInputs;
import dev.hookctl.release.RenderMode;
import dev.hookctl.release.RenderRequest;
import dev.hookctl.release.RenderedWorkflow;
import dev.hookctl.release.Renderer;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hookctl render}: the Workflow a hook firing creates. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Print the Workflow that firing a hook creates, as Codefresh submits it "
                + "(a workflowTemplateRef plus the arguments), with the default arguments filled in.",
            "Values hookctl had to invent are listed in comments and in the annotation hookctl.dev/invented-arguments."})
final class RenderCommand implements Callable<Integer> {
    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    ManifestOptions manifests;

    @Mixin
    ReleaseOptionsMixin release;

    @Parameters(paramLabel = "HOOK", arity = "0..1",
            description = "The hook's WorkflowTemplate name (default: the hook the flow assigns to the event).")
    String hook;

    @Option(names = "--flow", paramLabel = "FLOW", description = "The Promotion Flow the hook fires in.")
    String flow;

    @Option(names = "--env", paramLabel = "ENV",
            description = "For an environment-level hook: the target environment (leave out for the release level).")
    String env;

    @Option(names = "--on", paramLabel = "PHASE", description = "start, success or fail.")
    String on;

    @Option(names = "--error-message", paramLabel = "TEXT", description = "ERROR_MESSAGE of an onFail hook.")
    String errorMessage;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml or json (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--inline", description = "Print a self-contained Workflow: the template's spec copied in, "
            + "known {{workflow.parameters.*}} tags substituted, run-time tags left in place.")
    boolean inline;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "metadata.namespace of the Workflow.")
    String namespace;

    RenderCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!output.equals("yaml") && !output.equals("json")) {
            console.error("unknown output \"" + output + "\"", "use -o yaml or -o json");
            return ExitCode.USAGE.code();
        }
        Optional<Phase> phase = Optional.empty();
        if (on != null) {
            phase = Phase.ofWord(on);
            if (phase.isEmpty()) {
                console.error("unknown phase \"" + on + "\"", "use --on start, --on success or --on fail");
                return ExitCode.USAGE.code();
            }
        }
        ReleaseSession session = new ReleaseSession(console);
        ReleaseSession.Result<ReleaseSession.Loaded> loaded = session.load(manifests);
        if (loaded.failed()) {
            return loaded.exit().code();
        }
        ReleaseSession.Result<ReleaseInputs> inputs = session.inputs(release, Optional.ofNullable(errorMessage),
                loaded.get());
        if (inputs.failed()) {
            return inputs.exit().code();
        }
        RenderRequest request = new RenderRequest(Optional.ofNullable(hook), Optional.ofNullable(flow), phase,
                Optional.ofNullable(env), inline ? RenderMode.INLINE : RenderMode.REFERENCE,
                Optional.ofNullable(namespace), inputs.get());
        Outcome<RenderedWorkflow> rendered = Renderer.render(loaded.get().catalog(), request);
        if (!rendered.isOk()) {
            console.error(rendered.error().message(), rendered.error().hint());
            return ExitCode.USAGE.code();
        }
        RenderedWorkflow wf = rendered.value();
        session.notes(wf.notes());
        if (!wf.complete()) {
            StringBuilder b = new StringBuilder();
            for (MissingArgument m : wf.missing()) {
                b.append("\n  ").append(m.name()).append(": ").append(m.howToSupply());
            }
            console.error("hook \"" + wf.hook() + "\" declares " + (wf.missing().size() == 1 ? "an argument" : "arguments")
                    + " nobody supplies for " + wf.event().describe() + "; Argo would refuse the Workflow:" + b,
                    "supply each as shown; 'hookctl lint' reports these as argument-never-supplied or fail-only-argument");
            return ExitCode.USAGE.code();
        }
        console.out().print(output.equals("json") ? wf.json() : wf.yaml());
        console.out().flush();
        return ExitCode.OK.code();
    }
}
