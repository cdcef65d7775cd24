package dev.hookctl.cluster;

import java.time.Duration;

/**
 * How waiting ended. Failures of the cluster itself (deleted Workflow, lost watch) are
 * {@link ClusterException}s, not outcomes.
 */
public sealed interface WaitOutcome {
    String name();

    String namespace();

    /** The Workflow completed: Succeeded, Failed or Error, with {@code status.message}. */
    record Finished(String name, String namespace, String phase, String message, Duration elapsed) implements WaitOutcome {
        public boolean succeeded() {
            return phase.equals("Succeeded");
        }
    }

    /** The timeout passed first; the Workflow is left running. */
    record TimedOut(String name, String namespace, String lastPhase, Duration after) implements WaitOutcome {
    }

    /** Waiting was cancelled (Ctrl-C); the Workflow is left running. */
    record Interrupted(String name, String namespace, String lastPhase) implements WaitOutcome {
    }

    /** Process exit code: 0 Succeeded, 1 Failed/Error or not finished within the timeout, 130 interrupted. */
    default int exitCode() {
        if (this instanceof Finished f) {
            return f.succeeded() ? 0 : 1;
        }
        return this instanceof Interrupted ? 130 : 1;
    }

    /** Commands to follow or remove a Workflow left running. */
    default String followHint() {
        return "follow it with: argo watch " + name() + " -n " + namespace()
                + "; delete it with: kubectl delete workflow " + name() + " -n " + namespace();
    }
}
