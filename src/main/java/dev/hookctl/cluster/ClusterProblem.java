package dev.hookctl.cluster;

/**
 * A cluster failure as the user sees it: what went wrong (one line, in their terms) and what to do.
 * Never carries a credential: every message passes through the client's {@link Redaction} first.
 */
public record ClusterProblem(ClusterFailure failure, String message, String hint) {

    public int exitCode() {
        return failure.exitCode();
    }

    ClusterProblem redacted(Redaction redaction) {
        return new ClusterProblem(failure, redaction.apply(message), redaction.apply(hint));
    }

    @Override
    public String toString() {
        return failure + ": " + message + " (hint: " + hint + ")";
    }
}
