package dev.hookctl.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Waits for one Workflow the way {@code argo wait} does, with a watch on its name, and survives a
 * dropped watch: on a close (410 Gone, EOF after fabric8's own reconnects) it re-reads the Workflow
 * and watches again from that resourceVersion. Progress and logs go to the listener; completion is
 * phase Succeeded, Failed or Error.
 */
final class WorkflowWaiter {
    static final Set<String> COMPLETED = Set.of("Succeeded", "Failed", "Error");
    private static final Set<String> NODE_GROUPS = Set.of("Steps", "StepGroup", "DAG", "TaskGroup", "Retry");
    private static final Set<String> NODE_DONE = Set.of("Succeeded", "Failed", "Error", "Skipped", "Omitted");
    private static final int MAX_RESUMES = 5;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration POD_REFRESH = Duration.ofSeconds(2);
    private static final Duration LOG_DRAIN = Duration.ofSeconds(5);

    private sealed interface Event {
    }

    private record Changed(GenericKubernetesResource workflow) implements Event {
    }

    private record Deleted() implements Event {
    }

    private record Closed(String why) implements Event {
    }

    private final Fabric8Cluster cluster;
    private final String name;
    private final String namespace;
    private final WaitOptions options;
    private final WaitListener listener;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final PodLogs logs;
    private final Instant start;
    private WorkflowProgress last;
    private String lastPhase = "";

    WorkflowWaiter(Fabric8Cluster cluster, String name, WaitOptions options, WaitListener listener) {
        this.cluster = cluster;
        this.name = name;
        this.namespace = cluster.target().namespace();
        this.options = options;
        this.listener = new SerialListener(listener, cluster.redaction());
        this.logs = new PodLogs(cluster, name, this.listener);
        this.start = options.clock().instant();
    }

    WaitOutcome run() throws ClusterException {
        try {
            return loop();
        } finally {
            logs.close();
        }
    }

    private WaitOutcome loop() throws ClusterException {
        int resumes = 0;
        while (true) {
            GenericKubernetesResource wf = read();
            if (wf == null) {
                throw new ClusterException(Problems.workflowDeleted(name, namespace).redacted(cluster.redaction()));
            }
            WaitOutcome done = observe(wf);
            if (done != null) {
                return done;
            }
            String why;
            try (Watch ignored = watch(wf.getMetadata().getResourceVersion())) {
                WaitOutcomeOrClose r = follow();
                if (r.outcome != null) {
                    return r.outcome;
                }
                why = r.closeReason;
                if (r.sawEvents) {
                    // only consecutive failures count: API servers end every watch after some minutes
                    resumes = 0;
                }
            }
            resumes++;
            if (resumes > MAX_RESUMES) {
                throw new ClusterException(Problems.watchLost(name, namespace, why).redacted(cluster.redaction()));
            }
            listener.notice("watch on Workflow " + name + " dropped (" + why + "); resuming");
            try {
                if (options.cancel().awaitCancel(Duration.ofMillis(100L * resumes))) {
                    return interrupted();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return interrupted();
            }
        }
    }

    private record WaitOutcomeOrClose(WaitOutcome outcome, String closeReason, boolean sawEvents) {
    }

    /** Consumes watch events until an outcome, or until the watch closes (then the reason). */
    private WaitOutcomeOrClose follow() throws ClusterException {
        Instant lastTick = options.clock().instant();
        Instant lastPods = lastTick;
        boolean sawEvents = false;
        while (true) {
            if (options.cancel().isCancelled()) {
                return new WaitOutcomeOrClose(interrupted(), null, sawEvents);
            }
            Instant now = options.clock().instant();
            if (!options.timeout().isZero() && !now.isBefore(start.plus(options.timeout()))) {
                return new WaitOutcomeOrClose(new WaitOutcome.TimedOut(name, namespace, lastPhase, options.timeout()), null, sawEvents);
            }
            Event e;
            try {
                e = events.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return new WaitOutcomeOrClose(interrupted(), null, sawEvents);
            }
            if (e instanceof Changed c) {
                sawEvents = true;
                WaitOutcome done = observe(c.workflow());
                if (done != null) {
                    return new WaitOutcomeOrClose(done, null, true);
                }
            } else if (e instanceof Deleted) {
                throw new ClusterException(Problems.workflowDeleted(name, namespace).redacted(cluster.redaction()));
            } else if (e instanceof Closed closed) {
                return new WaitOutcomeOrClose(null, closed.why(), sawEvents);
            }
            now = options.clock().instant();
            if (last != null && Duration.between(lastTick, now).compareTo(TICK) >= 0) {
                lastTick = now;
                last = withElapsed(last, now);
                listener.progress(last, false);
            }
            if (options.streamLogs() && Duration.between(lastPods, now).compareTo(POD_REFRESH) >= 0) {
                lastPods = now;
                logs.refresh();
            }
        }
    }

    private GenericKubernetesResource read() throws ClusterException {
        return cluster.call(new Access("get", ArgoResources.rbacName(ArgoResources.WORKFLOWS), namespace), "Workflow", name,
                () -> cluster.client().genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(namespace).withName(name).get());
    }

    private Watch watch(String resourceVersion) throws ClusterException {
        events.clear();
        Watcher<GenericKubernetesResource> watcher = new Watcher<>() {
            @Override
            public void eventReceived(Action action, GenericKubernetesResource resource) {
                switch (action) {
                    case ADDED, MODIFIED -> events.add(new Changed(resource));
                    case DELETED -> events.add(new Deleted());
                    default -> {
                        // BOOKMARK and ERROR carry no Workflow state
                    }
                }
            }

            @Override
            public void onClose(WatcherException cause) {
                events.add(new Closed(cause.isHttpGone() ? "resource version expired (410 Gone)"
                        : cluster.redaction().apply(KubeconfigResolver.firstLine(KubeconfigResolver.rootMessage(cause)))));
            }

            @Override
            public void onClose() {
                events.add(new Closed("closed by the server"));
            }
        };
        return cluster.call(new Access("watch", ArgoResources.rbacName(ArgoResources.WORKFLOWS), namespace), "Workflow", name,
                () -> cluster.client().genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(namespace).withName(name)
                        .watch(new ListOptionsBuilder().withResourceVersion(resourceVersion).build(), watcher));
    }

    /** Reports the Workflow's state; returns the outcome once it completed. */
    private WaitOutcome observe(GenericKubernetesResource wf) {
        Map<?, ?> status = wf.getAdditionalProperties().get("status") instanceof Map<?, ?> s ? s : Map.of();
        String phase = status.get("phase") instanceof String p ? p : "";
        String message = status.get("message") instanceof String m ? m : "";
        int done = 0;
        int total = 0;
        if (status.get("nodes") instanceof Map<?, ?> nodes) {
            for (Object n : nodes.values()) {
                if (n instanceof Map<?, ?> node && !NODE_GROUPS.contains(String.valueOf(node.get("type")))) {
                    total++;
                    if (NODE_DONE.contains(String.valueOf(node.get("phase")))) {
                        done++;
                    }
                }
            }
        }
        lastPhase = phase;
        Instant now = options.clock().instant();
        WorkflowProgress p = new WorkflowProgress(name, namespace, phase, done, total, Duration.between(start, now),
                cluster.redaction().apply(message));
        boolean changed = !p.sameStateAs(last);
        last = p;
        if (changed) {
            listener.progress(p, true);
        }
        if (options.streamLogs()) {
            logs.refresh();
        }
        if (COMPLETED.contains(phase)) {
            if (options.streamLogs()) {
                logs.drain(LOG_DRAIN, options.cancel());
            }
            return new WaitOutcome.Finished(name, namespace, phase, p.message(), p.elapsed());
        }
        return null;
    }

    private WaitOutcome interrupted() {
        return new WaitOutcome.Interrupted(name, namespace, lastPhase);
    }

    private WorkflowProgress withElapsed(WorkflowProgress p, Instant now) {
        return new WorkflowProgress(p.name(), p.namespace(), p.phase(), p.nodesDone(), p.nodesTotal(),
                Duration.between(start, now), p.message());
    }

    /** Serialises listener calls from the watch and log threads, and masks secrets in what they carry. */
    private static final class SerialListener implements WaitListener {
        private final WaitListener delegate;
        private final Redaction redaction;

        SerialListener(WaitListener delegate, Redaction redaction) {
            this.delegate = delegate;
            this.redaction = redaction;
        }

        @Override
        public synchronized void progress(WorkflowProgress progress, boolean changed) {
            delegate.progress(progress, changed);
        }

        @Override
        public synchronized void log(LogLine line) {
            delegate.log(new LogLine(line.node(), line.pod(), redaction.apply(line.text())));
        }

        @Override
        public synchronized void notice(String text) {
            delegate.notice(redaction.apply(text));
        }
    }
}
