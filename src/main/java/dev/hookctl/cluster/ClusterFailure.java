package dev.hookctl.cluster;

/**
 * Every way talking to a cluster can fail that a user will meet, with the exit code it maps to:
 * 4 when the cluster is unreachable or refuses, 2 when the user's input (a context, a namespace,
 * a name) is wrong, 3 when a file the user named cannot be read.
 */
public enum ClusterFailure {
    NO_KUBECONFIG(4),
    KUBECONFIG_UNREADABLE(3),
    UNKNOWN_CONTEXT(2),
    NO_CURRENT_CONTEXT(2),
    UNREACHABLE(4),
    /** Something answered at the server address, but not the Kubernetes API (a login page, a proxy). */
    NOT_KUBERNETES(4),
    TIMED_OUT(4),
    UNAUTHORIZED(4),
    FORBIDDEN(4),
    NAMESPACE_NOT_FOUND(2),
    TEMPLATE_NOT_FOUND(4),
    NAME_TAKEN(2),
    ARGO_NOT_INSTALLED(4),
    ADMISSION_DENIED(4),
    REJECTED(4),
    SERVER_ERROR(4),
    WATCH_LOST(4),
    WORKFLOW_DELETED(4);

    private final int exitCode;

    ClusterFailure(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code, as documented in {@code cli.ExitCode}. */
    public int exitCode() {
        return exitCode;
    }
}
