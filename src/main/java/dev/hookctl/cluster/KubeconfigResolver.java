package dev.hookctl.cluster;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns kubectl-style settings into a fabric8 {@link Config}: which kubeconfig files (--kubeconfig,
 * else every file of KUBECONFIG, else ~/.kube/config, else the in-cluster service account), which
 * context (checked: fabric8 would silently fall back to the current one), which namespace (-n, else
 * the context's, else "default"), and timeouts that fail fast. Collects every credential it saw so
 * that no message can print one.
 */
final class KubeconfigResolver {
    /** fabric8 retries failed requests with exponential backoff by default; a CLI should answer at once. */
    private static final int REQUEST_RETRIES = 0;
    private static final int WATCH_RECONNECT_INTERVAL_MS = 200;
    /** The waiter resumes dropped watches itself (re-read, re-watch), so fabric8 should report a drop at once. */
    private static final int WATCH_RECONNECT_LIMIT = 0;

    record Resolved(Config config, ClusterTarget target, Set<String> credentials) {
    }

    private KubeconfigResolver() {}

    static Resolved resolve(ConnectionSettings settings) throws ClusterException {
        List<Path> files = kubeconfigFiles(settings);
        Resolved resolved = files.isEmpty() ? inCluster(settings) : fromKubeconfig(settings, files);
        Config config = resolved.config();
        config.setConnectionTimeout((int) settings.connectTimeout().toMillis());
        config.setRequestTimeout((int) settings.requestTimeout().toMillis());
        config.setRequestRetryBackoffLimit(REQUEST_RETRIES);
        config.setWatchReconnectInterval(WATCH_RECONNECT_INTERVAL_MS);
        config.setWatchReconnectLimit(WATCH_RECONNECT_LIMIT);
        // Plain HTTP watches, as kubectl and argo use: they pass proxies that break WebSockets.
        config.setOnlyHttpWatches(true);
        config.setUserAgent("hookctl");
        return resolved;
    }

    /** The kubeconfig files to read, in kubectl's order; empty means "try in-cluster". */
    private static List<Path> kubeconfigFiles(ConnectionSettings settings) throws ClusterException {
        Optional<Path> explicit = settings.kubeconfig();
        if (explicit.isPresent()) {
            Path file = explicit.get();
            if (!Files.isRegularFile(file)) {
                throw new ClusterException(Problems.kubeconfigUnreadable(file, "no such file"));
            }
            if (!Files.isReadable(file)) {
                throw new ClusterException(Problems.kubeconfigUnreadable(file, "permission denied"));
            }
            return List.of(file);
        }
        String fromEnv = settings.environment().getOrDefault("KUBECONFIG", "");
        List<Path> out = new ArrayList<>();
        if (!fromEnv.isBlank()) {
            // kubectl merges every file of the list and skips the ones that do not exist.
            for (String part : fromEnv.split(File.pathSeparator)) {
                if (!part.isBlank() && Files.isRegularFile(Path.of(part))) {
                    out.add(Path.of(part));
                }
            }
            return out;
        }
        defaultKubeconfig(settings).filter(Files::isRegularFile).ifPresent(out::add);
        return out;
    }

    private static Optional<Path> defaultKubeconfig(ConnectionSettings settings) {
        String home = settings.environment().getOrDefault("HOME", "");
        return home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".kube", "config"));
    }

    private static List<Path> lookedAt(ConnectionSettings settings) {
        String fromEnv = settings.environment().getOrDefault("KUBECONFIG", "");
        List<Path> out = new ArrayList<>();
        if (!fromEnv.isBlank()) {
            for (String part : fromEnv.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    out.add(Path.of(part));
                }
            }
        } else {
            defaultKubeconfig(settings).ifPresent(out::add);
        }
        return out;
    }

    private static Resolved fromKubeconfig(ConnectionSettings settings, List<Path> files) throws ClusterException {
        List<io.fabric8.kubernetes.api.model.Config> parsed = new ArrayList<>();
        for (Path file : files) {
            try {
                parsed.add(KubeConfigUtils.parseConfig(file.toFile()));
            } catch (RuntimeException e) {
                // only the first line of the parser's complaint: the next lines quote the file, credentials included
                throw new ClusterException(Problems.kubeconfigUnreadable(file, "not a kubeconfig (" + firstLine(rootMessage(e)) + ")"));
            }
        }
        Set<String> credentials = new HashSet<>();
        Set<String> contexts = new LinkedHashSet<>();
        Optional<String> current = Optional.empty();
        for (io.fabric8.kubernetes.api.model.Config kc : parsed) {
            if (kc.getContexts() != null) {
                for (NamedContext c : kc.getContexts()) {
                    if (c.getName() != null && c.getContext() != null) {
                        contexts.add(c.getName());
                    }
                }
            }
            if (current.isEmpty() && kc.getCurrentContext() != null && !kc.getCurrentContext().isBlank()) {
                current = Optional.of(kc.getCurrentContext());
            }
            if (kc.getUsers() != null) {
                for (NamedAuthInfo u : kc.getUsers()) {
                    collectCredentials(u.getUser(), credentials);
                }
            }
        }
        String context = settings.context().orElse(null);
        if (context == null) {
            if (current.isEmpty()) {
                throw new ClusterException(Problems.noCurrentContext(contexts));
            }
            context = current.get();
        }
        if (!contexts.contains(context)) {
            throw new ClusterException(Problems.unknownContext(context, contexts));
        }
        Config config = Config.empty();
        try {
            KubeConfigUtils.merge(config, context, parsed.toArray(io.fabric8.kubernetes.api.model.Config[]::new));
        } catch (KubernetesClientException e) {
            // an exec credential plugin or a key file failed; its output may hold a token, so mask what we know
            Redaction r = Redaction.NONE.withValues(credentials);
            throw new ClusterException(Problems.kubeconfigUnreadable(files.get(0),
                    "cannot load the credentials of context \"" + context + "\": " + r.apply(firstLine(rootMessage(e)))));
        }
        collectCredentials(config, credentials);
        String namespace = settings.namespace()
                .or(() -> Optional.ofNullable(config.getNamespace()).filter(n -> !n.isBlank()))
                .orElse("default");
        config.setNamespace(namespace);
        NamedContext named = config.getCurrentContext();
        String user = named != null && named.getContext() != null && named.getContext().getUser() != null
                ? named.getContext().getUser() : "";
        ClusterTarget target = new ClusterTarget(context, server(config), namespace, user, credentialKind(config, parsed, user));
        return new Resolved(config, target, credentials);
    }

    private static Resolved inCluster(ConnectionSettings settings) throws ClusterException {
        String host = settings.environment().getOrDefault("KUBERNETES_SERVICE_HOST", "");
        String port = settings.environment().getOrDefault("KUBERNETES_SERVICE_PORT", "");
        Path dir = settings.serviceAccountDir();
        Path token = dir.resolve("token");
        if (host.isBlank() || port.isBlank() || !Files.isRegularFile(token)) {
            throw new ClusterException(Problems.noKubeconfig(lookedAt(settings)));
        }
        if (settings.context().isPresent()) {
            throw new ClusterException(Problems.unknownContext(settings.context().get(), List.of()));
        }
        Config config = Config.empty();
        config.setMasterUrl("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        Set<String> credentials = new HashSet<>();
        try {
            String tokenText = Files.readString(token, StandardCharsets.UTF_8).trim();
            config.setAutoOAuthToken(tokenText);
            credentials.add(tokenText);
            Path ca = dir.resolve("ca.crt");
            if (Files.isRegularFile(ca)) {
                config.setCaCertFile(ca.toString());
            }
            Path nsFile = dir.resolve("namespace");
            String namespace = settings.namespace().orElse(
                    Files.isRegularFile(nsFile) ? Files.readString(nsFile, StandardCharsets.UTF_8).trim() : "default");
            config.setNamespace(namespace);
            ClusterTarget target = new ClusterTarget("(in-cluster)", server(config), namespace,
                    "(service account)", "service account token");
            return new Resolved(config, target, credentials);
        } catch (IOException e) {
            throw new ClusterException(Problems.kubeconfigUnreadable(token, "cannot read the service account token: " + e.getMessage()));
        }
    }

    private static String server(Config config) {
        String url = config.getMasterUrl() == null ? "" : config.getMasterUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String credentialKind(Config config, List<io.fabric8.kubernetes.api.model.Config> parsed, String user) {
        for (io.fabric8.kubernetes.api.model.Config kc : parsed) {
            if (kc.getUsers() == null) {
                continue;
            }
            for (NamedAuthInfo u : kc.getUsers()) {
                if (user.equals(u.getName()) && u.getUser() != null) {
                    AuthInfo a = u.getUser();
                    if (a.getExec() != null) {
                        return "exec plugin (" + a.getExec().getCommand() + ")";
                    }
                    if (a.getAuthProvider() != null) {
                        return "auth provider (" + a.getAuthProvider().getName() + ")";
                    }
                    break;
                }
            }
        }
        if (notBlank(config.getOauthToken()) || notBlank(config.getAutoOAuthToken())) {
            return "bearer token";
        }
        if (notBlank(config.getClientCertData()) || notBlank(config.getClientCertFile())) {
            return "client certificate";
        }
        if (notBlank(config.getUsername()) && notBlank(config.getPassword())) {
            return "basic auth";
        }
        return "none";
    }

    private static void collectCredentials(AuthInfo a, Set<String> out) {
        if (a == null) {
            return;
        }
        add(out, a.getToken());
        add(out, a.getPassword());
        add(out, a.getClientKeyData());
        if (a.getAuthProvider() != null && a.getAuthProvider().getConfig() != null) {
            a.getAuthProvider().getConfig().values().forEach(v -> add(out, v));
        }
        if (a.getExec() != null && a.getExec().getEnv() != null) {
            a.getExec().getEnv().forEach(e -> add(out, e.getValue()));
        }
    }

    private static void collectCredentials(Config c, Set<String> out) {
        add(out, c.getOauthToken());
        add(out, c.getAutoOAuthToken());
        add(out, c.getPassword());
        add(out, c.getClientKeyData());
    }

    private static void add(Set<String> out, String value) {
        if (notBlank(value)) {
            out.add(value.trim());
            out.add(value);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m;
    }

    static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("");
        int source = line.indexOf(" at [Source");
        return source >= 0 ? line.substring(0, source) : line;
    }
}
