package dev.hookctl.cli;

import dev.hookctl.model.Phase;
import dev.hookctl.release.ReleaseInputs;
import dev.hookctl.release.RenderMode;
import dev.hookctl.release.RenderRequest;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What fires: the hook, the flow, the event and the form of the Workflow. Shared by {@code render}
 * and {@code fire}, so both build the same {@link RenderRequest} from the same options and fire
 * submits exactly what render prints. The namespace is not here: render's {@code -n} only sets
 * {@code metadata.namespace}, fire's {@code -n} is the cluster's.
 */
final class FiringOptions {
    @Parameters(paramLabel = "HOOK", arity = "0..1",
            description = "The hook's WorkflowTemplate name (default: the hook the flow assigns to the event).")
    String hook;

    @Option(names = "--flow", paramLabel = "FLOW", description = "The Promotion Flow the hook fires in.")
    String flow;

    @Option(names = "--env", paramLabel = "ENV",
            description = "For an environment-level hook: the target environment (leave out for the release level).")
    String env;

    @Option(names = "--on", paramLabel = "PHASE", completionCandidates = Phases.class,
            description = "start, success or fail.")
    String on;

    /** The values of --on, for shell completion. */
    static final class Phases extends java.util.ArrayList<String> {
        Phases() {
            super(java.util.List.of("start", "success", "fail"));
        }
    }

    @Option(names = "--error-message", paramLabel = "TEXT", description = "ERROR_MESSAGE of an onFail hook.")
    String errorMessage;

    @Option(names = "--inline", description = "A self-contained Workflow: the template's spec copied in, "
            + "known {{workflow.parameters.*}} tags substituted, run-time tags left in place.")
    boolean inline;

    /** The phase of {@code --on}; an unknown word is reported and gives exit 2. */
    ReleaseSession.Result<Optional<Phase>> phase(Console console) {
        if (on == null) {
            return ReleaseSession.Result.ok(Optional.empty());
        }
        Optional<Phase> phase = Phase.ofWord(on);
        if (phase.isEmpty()) {
            console.error("unknown phase \"" + on + "\"", "use --on start, --on success or --on fail");
            return ReleaseSession.Result.exit(ExitCode.USAGE);
        }
        return ReleaseSession.Result.ok(phase);
    }

    Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    Optional<String> hook() {
        return Optional.ofNullable(hook);
    }

    Optional<String> flow() {
        return Optional.ofNullable(flow);
    }

    /**
     * The request of {@code command} (render, fire: hints name it) for these options; {@code hook} and
     * {@code phase} may come from a prompt instead.
     */
    RenderRequest request(String command, Optional<String> hook, Optional<Phase> phase, Optional<String> namespace,
                          ReleaseInputs inputs) {
        return new RenderRequest(hook, Optional.ofNullable(flow), phase, Optional.ofNullable(env),
                inline ? RenderMode.INLINE : RenderMode.REFERENCE, namespace, inputs, command);
    }
}
