package dev.hookctl.cli;

import dev.hookctl.cluster.ConnectionSettings;
import dev.hookctl.cluster.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * kubectl's cluster options, for every command that talks to a cluster ({@code fire}, and
 * {@code lint/render --cluster}). Only fabric8-free types here: picocli loads this class for every command.
 */
final class ClusterOptions {
    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "Kubeconfig file (default: KUBECONFIG, else ~/.kube/config, else in-cluster credentials).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context (default: the current context).")
    String context;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "Namespace (default: the context's namespace, else default).")
    String namespace;

    @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "Longest wait for one API request, e.g. 10s, 1m; 0 = no limit (default: ${DEFAULT-VALUE}). "
                    + "Connecting gives up after 10s, or sooner if this is shorter.")
    String requestTimeout;

    /** The settings, or empty when --request-timeout is no duration (the caller reports a usage error). */
    Optional<ConnectionSettings> settings(Console console) {
        Optional<Duration> timeout = Durations.parse(requestTimeout);
        if (timeout.isEmpty()) {
            return Optional.empty();
        }
        ConnectionSettings s = ConnectionSettings.fromEnvironment(console.environment()).withRequestTimeout(timeout.get());
        if (kubeconfig != null) {
            s = s.withKubeconfig(console.workingDirectory().resolve(kubeconfig));
        }
        if (context != null) {
            s = s.withContext(context);
        }
        if (namespace != null) {
            s = s.withNamespace(namespace);
        }
        return Optional.of(s);
    }
}
