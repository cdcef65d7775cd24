package dev.hookctl.cluster;

/**
 * Carries a {@link ClusterProblem} out of a cluster call. The problem is the value; the exception
 * is only the way out, so it has no stack trace and the CLI prints message and hint, nothing else.
 */
public final class ClusterException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ClusterProblem problem;

    public ClusterException(ClusterProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public ClusterProblem problem() {
        return problem;
    }
}
