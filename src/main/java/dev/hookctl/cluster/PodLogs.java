package dev.hookctl.cluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.InputStream;
import java.net.URL;
import java.util.concurrent.ExecutionException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams the {@code main} container log of every pod of one Workflow (label
 * {@code workflows.argoproj.io/workflow=NAME}) as the pods start, one daemon thread per pod, each line
 * prefixed by the Argo node name. Pods are discovered by listing on every Workflow change and every
 * couple of seconds, which is when Argo's controller notices them too.
 */
final class PodLogs implements AutoCloseable {
    static final String WORKFLOW_LABEL = "workflows.argoproj.io/workflow";
    static final String NODE_NAME_ANNOTATION = "workflows.argoproj.io/node-name";
    private static final Set<String> STARTED = Set.of("Running", "Succeeded", "Failed");

    private final Fabric8Cluster cluster;
    private final String workflow;
    private final WaitListener listener;
    private final Map<String, Follower> followers = new ConcurrentHashMap<>();
    private boolean listFailed;

    PodLogs(Fabric8Cluster cluster, String workflow, WaitListener listener) {
        this.cluster = cluster;
        this.workflow = workflow;
        this.listener = listener;
    }

    /** Starts following every started pod not yet followed. A failed listing is noticed once, not fatal. */
    void refresh() {
        List<Pod> pods;
        try {
            pods = cluster.client().pods().inNamespace(cluster.target().namespace())
                    .withLabel(WORKFLOW_LABEL, workflow).list().getItems();
        } catch (KubernetesClientException e) {
            if (!listFailed) {
                listFailed = true;
                listener.notice("cannot list the pods of " + workflow + " for their logs: "
                        + (e.getCode() == 403 ? "forbidden (RBAC needs list on pods)" : KubeconfigResolver.firstLine(String.valueOf(e.getMessage()))));
            }
            return;
        }
        for (Pod pod : pods) {
            String podName = pod.getMetadata().getName();
            String phase = pod.getStatus() == null ? "" : String.valueOf(pod.getStatus().getPhase());
            if (STARTED.contains(phase) && !followers.containsKey(podName)) {
                Map<String, String> annotations = pod.getMetadata().getAnnotations();
                String node = annotations != null && annotations.get(NODE_NAME_ANNOTATION) != null
                        ? shortNode(annotations.get(NODE_NAME_ANNOTATION)) : podName;
                Follower f = new Follower(podName, node);
                if (followers.putIfAbsent(podName, f) == null) {
                    f.start();
                }
            }
        }
    }

    /** Argo node names start with the workflow name ("wf-x.task", "wf-x[0].step"); the rest tells steps apart. */
    private String shortNode(String nodeName) {
        if (nodeName.startsWith(workflow + ".")) {
            return nodeName.substring(workflow.length() + 1);
        }
        if (nodeName.startsWith(workflow + "[")) {
            return nodeName.substring(workflow.length());
        }
        return nodeName;
    }

    /** The message of a Kubernetes Status body, or its first line. */
    private String statusMessage(InputStream body) throws IOException {
        String text = new String(body.readNBytes(4096), StandardCharsets.UTF_8);
        try {
            Map<?, ?> status = cluster.client().getKubernetesSerialization().unmarshal(text, Map.class);
            if (status != null && status.get("message") instanceof String m) {
                return m;
            }
        } catch (RuntimeException notJson) {
            // plain-text error body: show its first line
        }
        return KubeconfigResolver.firstLine(text);
    }

    /** After completion: pick up pods not seen yet and let every stream reach its end, for at most {@code max}. */
    void drain(Duration max, CancellationToken cancel) {
        refresh();
        long deadline = System.nanoTime() + max.toNanos();
        for (Follower f : followers.values()) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || cancel.isCancelled()) {
                break;
            }
            try {
                f.thread.join(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    @Override
    public void close() {
        followers.values().forEach(Follower::stop);
    }

    private final class Follower {
        private final String pod;
        private final String node;
        private final Thread thread;
        private volatile InputStream stream;
        private volatile boolean stopping;

        Follower(String pod, String node) {
            this.pod = pod;
            this.node = node;
            this.thread = new Thread(this::stream, "hookctl-log-" + pod);
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void stream() {
            // fabric8's watchLog() hands back the body of an error answer as if it were the log,
            // so the request is made here, where the status code can be checked.
            String ns = cluster.target().namespace();
            try {
                HttpClient http = cluster.client().getHttpClient();
                URL url = new URL(cluster.client().getMasterUrl(),
                        "api/v1/namespaces/" + ns + "/pods/" + pod + "/log?container=main&follow=true");
                HttpResponse<InputStream> response = http.sendAsync(http.newHttpRequestBuilder().url(url).build(), InputStream.class)
                        .get();
                try (InputStream body = response.body()) {
                    if (!response.isSuccessful()) {
                        listener.notice("cannot read the log of pod " + pod + ": " + (response.code() == 403
                                ? "forbidden (RBAC needs get on pods/log)"
                                : "HTTP " + response.code() + " " + statusMessage(body)));
                        return;
                    }
                    stream = body;
                    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                    String line;
                    while ((line = reader.readLine()) != null) {
                        listener.log(new LogLine(node, pod, line));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | IOException e) {
                if (!stopping) {
                    listener.notice("log of pod " + pod + " ended early: "
                            + KubeconfigResolver.firstLine(KubeconfigResolver.rootMessage(e)));
                }
            }
        }

        void stop() {
            stopping = true;
            InputStream s = stream;
            if (s != null) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing only to end the read; nothing to report
                }
            }
            thread.interrupt();
        }
    }
}
