package dev.hookctl.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to find and reach a cluster, in kubectl's terms: {@code --kubeconfig}, {@code --context},
 * {@code -n/--namespace}, {@code --request-timeout}. The environment (KUBECONFIG, HOME,
 * KUBERNETES_SERVICE_HOST/PORT) is passed in, never read from the process, so tests are hermetic.
 * Immutable; the {@code with...} methods return changed copies.
 */
public final class ConnectionSettings {
    /** Connect timeout unless --request-timeout is shorter: long enough for a VPN, short enough to fail fast. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final Path SERVICE_ACCOUNT_DIR = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

    private final Path kubeconfig;
    private final String context;
    private final String namespace;
    private final Duration requestTimeout;
    private final Map<String, String> environment;
    private final Path serviceAccountDir;

    private ConnectionSettings(Path kubeconfig, String context, String namespace, Duration requestTimeout,
                               Map<String, String> environment, Path serviceAccountDir) {
        this.kubeconfig = kubeconfig;
        this.context = context;
        this.namespace = namespace;
        this.requestTimeout = requestTimeout;
        this.environment = Map.copyOf(environment);
        this.serviceAccountDir = serviceAccountDir;
    }

    /** kubectl's defaults: KUBECONFIG or ~/.kube/config, its current context and that context's namespace. */
    public static ConnectionSettings fromEnvironment(Map<String, String> environment) {
        return new ConnectionSettings(null, null, null, DEFAULT_REQUEST_TIMEOUT, environment, SERVICE_ACCOUNT_DIR);
    }

    public ConnectionSettings withKubeconfig(Path file) {
        return new ConnectionSettings(Objects.requireNonNull(file), context, namespace, requestTimeout, environment, serviceAccountDir);
    }

    public ConnectionSettings withContext(String name) {
        return new ConnectionSettings(kubeconfig, Objects.requireNonNull(name), namespace, requestTimeout, environment, serviceAccountDir);
    }

    public ConnectionSettings withNamespace(String name) {
        return new ConnectionSettings(kubeconfig, context, Objects.requireNonNull(name), requestTimeout, environment, serviceAccountDir);
    }

    /** Zero means no limit on a request (the connect timeout still applies), as in kubectl. */
    public ConnectionSettings withRequestTimeout(Duration timeout) {
        return new ConnectionSettings(kubeconfig, context, namespace, Objects.requireNonNull(timeout), environment, serviceAccountDir);
    }

    /** Where in-cluster credentials live; tests point it at a temporary folder. */
    public ConnectionSettings withServiceAccountDir(Path dir) {
        return new ConnectionSettings(kubeconfig, context, namespace, requestTimeout, environment, Objects.requireNonNull(dir));
    }

    public Optional<Path> kubeconfig() {
        return Optional.ofNullable(kubeconfig);
    }

    public Optional<String> context() {
        return Optional.ofNullable(context);
    }

    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The connect timeout: {@link #DEFAULT_CONNECT_TIMEOUT}, or the request timeout when that is shorter. */
    public Duration connectTimeout() {
        return requestTimeout.isZero() || requestTimeout.compareTo(DEFAULT_CONNECT_TIMEOUT) > 0
                ? DEFAULT_CONNECT_TIMEOUT : requestTimeout;
    }

    public Map<String, String> environment() {
        return environment;
    }

    Path serviceAccountDir() {
        return serviceAccountDir;
    }
}
