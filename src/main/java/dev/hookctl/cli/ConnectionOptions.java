package dev.hookctl.cli;

import dev.hookctl.cluster.ConnectionSettings;
import dev.hookctl.cluster.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * kubectl's options for finding and reaching a cluster, without the namespace: {@code render}
 * has its own {@code -n} (the Workflow's namespace, which {@code render --cluster} also lists
 * templates from). Only fabric8-free types here: picocli loads this class for every command.
 */
final class ConnectionOptions {
    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "Kubeconfig file (default: KUBECONFIG, else ~/.kube/config, else in-cluster credentials).",
            converter = PathConverter.class)
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context (default: the current context).")
    String context;

    /** --request-timeout when it is not given. */
    static final String DEFAULT_REQUEST_TIMEOUT = "30s";

    // no picocli default value: a given option is told from an absent one (given)
    @Option(names = "--request-timeout", paramLabel = "DURATION",
            description = "Longest wait for one API request, e.g. 10s, 1m; 0 = no limit (default: "
                    + DEFAULT_REQUEST_TIMEOUT + "). Connecting gives up after 10s, or sooner if this is shorter.")
    String requestTimeout;

    /** The first of these options the command line gives, for commands that use them only with --cluster. */
    Optional<String> given() {
        if (kubeconfig != null) {
            return Optional.of("--kubeconfig");
        }
        if (context != null) {
            return Optional.of("--context");
        }
        return requestTimeout != null ? Optional.of("--request-timeout") : Optional.empty();
    }

    /**
     * The usage error for a connection option given without --cluster, which would otherwise be
     * ignored without a word (a CI job with --context set and no --cluster would lint against the
     * files alone, and nobody would know); empty when there is none.
     */
    static Optional<ExitCode> withoutCluster(Console console, Optional<String> option) {
        if (option.isEmpty()) {
            return Optional.empty();
        }
        console.error(option.get() + " applies only with --cluster",
                "add --cluster to read the WorkflowTemplates installed in the cluster, or leave " + option.get() + " out");
        return Optional.of(ExitCode.USAGE);
    }

    /** The settings, or empty when --request-timeout is no duration (the caller reports a usage error). */
    Optional<ConnectionSettings> settings(Console console, Optional<String> namespace) {
        Optional<Duration> timeout = Durations.parse(requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout);
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
        if (namespace.isPresent()) {
            s = s.withNamespace(namespace.get());
        }
        return Optional.of(s);
    }

    /** The settings, or the usage error about --request-timeout already printed. */
    ReleaseSession.Result<ConnectionSettings> settingsOrReport(Console console, Optional<String> namespace) {
        Optional<ConnectionSettings> s = settings(console, namespace);
        if (s.isEmpty()) {
            console.error("--request-timeout: \"" + requestTimeout + "\" is not a duration",
                    "for example --request-timeout 10s, 1m30s, or 0 for no limit");
            return ReleaseSession.Result.exit(ExitCode.USAGE);
        }
        return ReleaseSession.Result.ok(s.get());
    }
}
