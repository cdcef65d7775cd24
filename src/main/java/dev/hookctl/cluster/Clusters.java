package dev.hookctl.cluster;

/**
 * The one way in: connects a {@link ClusterClient} from kubectl-style settings. This class has no
 * fabric8 type in its signature or fields, so the CLI may refer to it freely; the client library is
 * loaded only when {@link #connect} runs (it costs about a second, see docs/architecture.md).
 */
public final class Clusters {
    private Clusters() {}

    /**
     * Reads the kubeconfig (or in-cluster credentials), resolves context and namespace and builds the
     * client. Sends no request: an unreachable server shows up on the first call.
     *
     * @param redaction secret values to mask in any message this client produces, besides the
     *                  kubeconfig's own credentials (which are always masked)
     */
    public static ClusterClient connect(ConnectionSettings settings, Redaction redaction) throws ClusterException {
        return Fabric8Cluster.connect(settings, redaction);
    }
}
