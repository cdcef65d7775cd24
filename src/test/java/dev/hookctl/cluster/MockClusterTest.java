package dev.hookctl.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster contract and every failure a user meets, on fabric8's mock API server in CRUD mode. */
@EnableKubernetesMockClient(crud = true)
class MockClusterTest extends ClusterContract {
    static final String NS = "argo";
    static final String WORKFLOWS = "/apis/argoproj.io/v1alpha1/namespaces/argo/workflows";

    KubernetesMockServer server;
    /** The test's own client, to play Argo's controller: set status, create pods. */
    KubernetesClient client;
    @TempDir
    Path tmp;

    @Override
    ConnectionSettings settings() {
        return ConnectionSettings.fromEnvironment(Map.of()).withKubeconfig(Kubeconfigs.write(tmp, server.url("/")));
    }

    @Override
    void finish(String workflow, String phase, String message, String logLine) {
        createPod(workflow, workflow + "-main-1234", workflow, "Succeeded", logLine);
        setStatus(workflow, status(phase, message, node(workflow, workflow, "Pod", "Succeeded")));
    }

    // --- the test plays the controller ------------------------------------------------------------

    void setStatus(String workflow, Map<String, Object> status) {
        client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(NS).withName(workflow).edit(r -> {
            r.setAdditionalProperty("status", status);
            return r;
        });
    }

    static Map<String, Object> status(String phase, String message, Map<String, Object> nodes) {
        return Trees.map("phase", phase, "message", message, "nodes", nodes);
    }

    @SafeVarargs
    static Map<String, Object> nodes(Map<String, Object>... entries) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        for (Map<String, Object> e : entries) {
            all.putAll(e);
        }
        return all;
    }

    static Map<String, Object> node(String id, String name, String type, String phase) {
        return Trees.map(id, Trees.map("id", id, "name", name, "type", type, "phase", phase));
    }

    /** A pod of {@code workflow}; {@code nodeName} null leaves the node-name annotation off. */
    void createPod(String workflow, String pod, String nodeName, String phase, String logText) {
        // the log answer first: the waiter may ask for the log as soon as the pod exists
        server.expect().get().withPath("/api/v1/namespaces/argo/pods/" + pod + "/log?container=main&follow=true")
                .andReturn(200, logText + "\n").always();
        client.pods().inNamespace(NS).resource(new PodBuilder()
                .withNewMetadata().withName(pod).withNamespace(NS)
                .addToLabels(PodLogs.WORKFLOW_LABEL, workflow)
                .addToAnnotations(nodeName == null ? Map.of() : Map.of(PodLogs.NODE_NAME_ANNOTATION, nodeName))
                .endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("busybox").endContainer().endSpec()
                .withNewStatus().withPhase(phase).endStatus()
                .build()).create();
    }

    String createRunningWorkflow() throws ClusterException {
        try (ClusterClient c = connect()) {
            return c.submit(Trees.inlineWorkflow("hookctl-wf-"), SubmitOptions.create()).name();
        }
    }

    /** Waits (bounded) until the server has seen a request matching {@code p}; the waiter then watches. */
    void awaitRequest(Predicate<String> p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            RecordedRequest r = server.getLastRequest();
            if (r != null && p.test(r.getPath())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no request matching the predicate within 10 s");
    }

    /** Bounded wait for a condition another thread makes true (the watch is asynchronous). */
    static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }

    static Predicate<String> watchOf(String workflow) {
        return path -> path.startsWith(WORKFLOWS) && path.contains("watch=true") && path.contains(workflow);
    }

    CompletableFuture<WaitOutcome> awaitAsync(String wf, WaitOptions o, WaitListener l) {
        return CompletableFuture.supplyAsync(() -> {
            try (ClusterClient c = connect()) {
                return c.await(wf, o, l);
            } catch (ClusterException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    static Map<String, Object> k8sStatus(int code, String reason, String message, Map<String, Object> details) {
        Map<String, Object> s = Trees.map("kind", "Status", "apiVersion", "v1", "metadata", Map.of(), "status", "Failure",
                "message", message, "reason", reason, "code", code);
        if (details != null) {
            s.put("details", details);
        }
        return s;
    }

    ClusterProblem submitInlineFails() {
        try (ClusterClient c = connect()) {
            c.submit(Trees.inlineWorkflow("hookctl-fail-"), SubmitOptions.create());
        } catch (ClusterException e) {
            assertThat(e.problem().message() + e.problem().hint()).doesNotContain(Kubeconfigs.TOKEN);
            return e.problem();
        }
        throw new AssertionError("expected the submit to fail");
    }

    // --- submit and dry run -----------------------------------------------------------------------

    @Test
    void serverDryRunSendsDryRunAllAndCreatesNothing() throws Exception {
        server.expect().post().withPath(WORKFLOWS + "?dryRun=All")
                .andReturn(201, Trees.map("apiVersion", "argoproj.io/v1alpha1", "kind", "Workflow",
                        "metadata", Trees.map("name", "hookctl-dry-abcde", "namespace", NS)))
                .once();
        try (ClusterClient c = connect()) {
            Submitted s = c.submit(Trees.inlineWorkflow("hookctl-dry-"), SubmitOptions.serverDryRun());

            assertThat(s.dryRun()).isTrue();
            assertThat(s.name()).isEqualTo("hookctl-dry-abcde");
        }
        assertThat(client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(NS).list().getItems()).isEmpty();
    }

    @Test
    void aDryRunApplyOfATemplateCreatesNothing() throws Exception {
        server.expect().post().withPath("/apis/argoproj.io/v1alpha1/namespaces/argo/workflowtemplates?dryRun=All")
                .andReturn(201, Trees.template("dry-hook", "busybox")).once();
        try (ClusterClient c = connect()) {
            Applied a = c.apply(Trees.template("dry-hook", "busybox"), true);

            assertThat(a.summary()).isEqualTo("workflowtemplate.argoproj.io/dry-hook created (server dry run)");
        }
        assertThat(client.genericKubernetesResources(ArgoResources.WORKFLOW_TEMPLATES).inNamespace(NS).list().getItems()).isEmpty();
    }

    @Test
    void theNamespaceIsTheContextsUnlessGiven() throws Exception {
        try (ClusterClient c = connect()) {
            assertThat(c.target().namespace()).isEqualTo("argo");
            assertThat(c.target().context()).isEqualTo("mock");
            assertThat(c.target().credentialKind()).isEqualTo("bearer token");
        }
        try (ClusterClient c = Clusters.connect(settings().withNamespace("hooks"), Redaction.NONE)) {
            assertThat(c.target().namespace()).isEqualTo("hooks");
        }
    }

    @Test
    void theClusterCatalogListsTheNamespacesTemplatesByName() throws Exception {
        try (ClusterClient c = connect()) {
            c.apply(Trees.template("b-hook", "busybox"), false);
            c.apply(Trees.template("a-hook", "busybox"), false);

            assertThat(c.workflowTemplates()).extracting(t -> (Object) ((Map<?, ?>) t.get("metadata")).get("name"))
                    .containsExactly("a-hook", "b-hook");
        }
    }

    // --- waiting ----------------------------------------------------------------------------------

    @Test
    void waitingFollowsStatusTransitionsDrivenByTheController() throws Exception {
        String wf = createRunningWorkflow();
        RecordingListener l = new RecordingListener();
        CompletableFuture<WaitOutcome> outcome = awaitAsync(wf, WaitOptions.of(Duration.ofSeconds(20), false, new CancellationToken()), l);
        awaitRequest(watchOf(wf));

        setStatus(wf, status("Running", "", nodes(node(wf, wf, "Steps", "Running"), node(wf + "-1", wf + "[0].a", "Pod", "Running"),
                node(wf + "-2", wf + "[1].b", "Pod", "Pending"))));
        until(() -> l.progressCount() == 2);
        setStatus(wf, status("Running", "", nodes(node(wf, wf, "Steps", "Running"), node(wf + "-1", wf + "[0].a", "Pod", "Succeeded"),
                node(wf + "-2", wf + "[1].b", "Pod", "Running"))));
        until(() -> l.progressCount() == 3);
        setStatus(wf, status("Failed", "child 'b' failed", nodes(node(wf, wf, "Steps", "Failed"),
                node(wf + "-1", wf + "[0].a", "Pod", "Succeeded"), node(wf + "-2", wf + "[1].b", "Pod", "Failed"))));

        WaitOutcome o = outcome.get(20, TimeUnit.SECONDS);
        assertThat(o).isInstanceOfSatisfying(WaitOutcome.Finished.class, f -> {
            assertThat(f.phase()).isEqualTo("Failed");
            assertThat(f.message()).isEqualTo("child 'b' failed");
        });
        assertThat(o.exitCode()).isEqualTo(1);
        assertThat(l.progress).extracting(p -> p.phase() + " " + p.nodesDone() + "/" + p.nodesTotal())
                .containsExactly(" 0/0", "Running 0/2", "Running 1/2", "Failed 2/2");
    }

    @Test
    void logsOfPodsAreStreamedAsTheyAppearPrefixedByTheirNode() throws Exception {
        String wf = createRunningWorkflow();
        RecordingListener l = new RecordingListener();
        CompletableFuture<WaitOutcome> outcome = awaitAsync(wf, WaitOptions.of(Duration.ofSeconds(20), true, new CancellationToken()), l);
        awaitRequest(watchOf(wf));

        createPod(wf, wf + "-say-1", wf + "[0].say", "Running", "hello from say");
        setStatus(wf, status("Running", "", node(wf + "-1", wf + "[0].say", "Pod", "Running")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (l.logLines().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(outcome).isNotDone();
        createPod(wf, "pod-without-annotation", null, "Succeeded", "bye");
        setStatus(wf, status("Succeeded", "", node(wf + "-1", wf + "[0].say", "Pod", "Succeeded")));

        assertThat(outcome.get(20, TimeUnit.SECONDS).exitCode()).isZero();
        assertThat(l.logLines()).containsExactlyInAnyOrder("[0].say: hello from say", "pod-without-annotation: bye");
    }

    @Test
    void aDroppedWatchIsResumedFromAFreshRead() throws Exception {
        String wf = createRunningWorkflow();
        String rv = client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(NS).withName(wf).get()
                .getMetadata().getResourceVersion();
        server.expect().get().withPath(watchPath(wf, rv)).andReturn(200, goneEvent()).once();
        RecordingListener l = new RecordingListener();
        CompletableFuture<WaitOutcome> outcome = awaitAsync(wf, WaitOptions.of(Duration.ofSeconds(20), false, new CancellationToken()), l);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (l.notices.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        awaitRequest(watchOf(wf));
        setStatus(wf, status("Succeeded", "", Map.of()));

        assertThat(outcome.get(20, TimeUnit.SECONDS).exitCode()).isZero();
        assertThat(l.notices).singleElement().asString()
                .startsWith("watch on Workflow " + wf + " dropped (").endsWith("); resuming");
    }

    @Test
    void aWatchThatKeepsDroppingIsReportedAsLost() throws Exception {
        String wf = createRunningWorkflow();
        String rv = client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(NS).withName(wf).get()
                .getMetadata().getResourceVersion();
        server.expect().get().withPath(watchPath(wf, rv)).andReturn(200, goneEvent()).always();
        try (ClusterClient c = connect()) {
            assertThatThrownBy(() -> c.await(wf, WaitOptions.of(Duration.ofSeconds(20), false, new CancellationToken()), WaitListener.SILENT))
                    .isInstanceOfSatisfying(ClusterException.class, e -> {
                        assertThat(e.problem().failure()).isEqualTo(ClusterFailure.WATCH_LOST);
                        assertThat(e.problem().message()).contains("the Workflow keeps running");
                        assertThat(e.problem().hint()).contains("argo watch " + wf + " -n argo");
                    });
        }
    }

    static String watchPath(String wf, String rv) {
        return WORKFLOWS + "?fieldSelector=metadata.name%3D" + wf + "&resourceVersion=" + rv + "&allowWatchBookmarks=true&watch=true";
    }

    static String goneEvent() {
        return "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                + "\"message\":\"too old resource version\",\"reason\":\"Expired\",\"code\":410}}\n";
    }

    @Test
    void aWorkflowDeletedWhileWaitingIsReported() throws Exception {
        String wf = createRunningWorkflow();
        CompletableFuture<WaitOutcome> outcome = awaitAsync(wf, WaitOptions.of(Duration.ofSeconds(20), false, new CancellationToken()),
                WaitListener.SILENT);
        awaitRequest(watchOf(wf));
        client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(NS).withName(wf).delete();

        assertThatThrownBy(() -> outcome.get(20, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.problem().failure()).isEqualTo(ClusterFailure.WORKFLOW_DELETED);
                    assertThat(e.problem().message()).isEqualTo("Workflow \"" + wf + "\" was deleted from namespace \"argo\" while waiting for it");
                });
    }

    @Test
    void cancellingStopsWaitingAndLeavesTheWorkflowRunning() throws Exception {
        String wf = createRunningWorkflow();
        CancellationToken cancel = new CancellationToken();
        CompletableFuture<WaitOutcome> outcome = awaitAsync(wf, WaitOptions.of(Duration.ZERO, true, cancel), WaitListener.SILENT);
        awaitRequest(p -> p.contains("watch=true") || p.contains("/pods"));
        cancel.cancel();

        WaitOutcome o = outcome.get(5, TimeUnit.SECONDS);
        assertThat(o).isInstanceOf(WaitOutcome.Interrupted.class);
        assertThat(o.exitCode()).isEqualTo(130);
        assertThat(o.followHint()).isEqualTo("follow it with: argo watch " + wf + " -n argo; delete it with: kubectl delete workflow "
                + wf + " -n argo");
        assertThat(client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(NS).withName(wf).get()).isNotNull();
    }

    @Test
    void theTimeoutEndsWaitingWithExitCodeOne() throws Exception {
        String wf = createRunningWorkflow();
        setStatus(wf, status("Running", "", Map.of()));
        try (ClusterClient c = connect()) {
            WaitOutcome o = c.await(wf, WaitOptions.of(Duration.ofMillis(300), false, new CancellationToken()), WaitListener.SILENT);

            assertThat(o).isEqualTo(new WaitOutcome.TimedOut(wf, NS, "Running", Duration.ofMillis(300)));
            assertThat(o.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void waitingForAWorkflowThatIsGoneFailsAtOnce() throws Exception {
        try (ClusterClient c = connect()) {
            assertThatThrownBy(() -> c.await("no-such-wf", WaitOptions.of(Duration.ofSeconds(5), false, new CancellationToken()),
                    WaitListener.SILENT))
                    .isInstanceOfSatisfying(ClusterException.class,
                            e -> assertThat(e.problem().failure()).isEqualTo(ClusterFailure.WORKFLOW_DELETED));
        }
    }

    // --- failures: HTTP answers ---------------------------------------------------------------------

    @Test
    void unauthorizedSaysToRefreshTheCredentials() {
        // always: on a 401 fabric8 refreshes the credentials and asks once more
        server.expect().post().withPath(WORKFLOWS).andReturn(401, k8sStatus(401, "Unauthorized", "Unauthorized", null)).always();

        ClusterProblem p = submitInlineFails();

        assertThat(p.failure()).isEqualTo(ClusterFailure.UNAUTHORIZED);
        assertThat(p.message()).isEqualTo("the API server " + server.url("/").replaceAll("/$", "")
                + " rejected the credentials of context \"mock\" (401 Unauthorized)");
        assertThat(p.exitCode()).isEqualTo(4);
    }

    @Test
    void forbiddenNamesTheVerbResourceAndNamespaceRbacNeeds() {
        server.expect().post().withPath(WORKFLOWS).andReturn(403, k8sStatus(403, "Forbidden",
                "workflows.argoproj.io is forbidden: User \"system:serviceaccount:ci:deployer\" cannot create resource \"workflows\" "
                        + "in API group \"argoproj.io\" in the namespace \"argo\"", null)).once();

        ClusterProblem p = submitInlineFails();

        assertThat(p.failure()).isEqualTo(ClusterFailure.FORBIDDEN);
        assertThat(p.message()).startsWith("not allowed to create workflows.argoproj.io in namespace \"argo\" (403 Forbidden)");
        assertThat(p.hint()).isEqualTo("ask for an RBAC Role granting verb \"create\" on \"workflows.argoproj.io\" in namespace \"argo\"; "
                + "check with: kubectl auth can-i create workflows.argoproj.io -n argo");
    }

    @Test
    void aMissingNamespaceIsTheUsersInput() {
        server.expect().post().withPath(WORKFLOWS).andReturn(404, k8sStatus(404, "NotFound", "namespaces \"argo\" not found",
                Trees.map("name", "argo", "kind", "namespaces"))).once();

        ClusterProblem p = submitInlineFails();

        assertThat(p.failure()).isEqualTo(ClusterFailure.NAMESPACE_NOT_FOUND);
        assertThat(p.message()).isEqualTo("namespace \"argo\" does not exist in the cluster");
        assertThat(p.exitCode()).isEqualTo(2);
    }

    @Test
    void aTakenNameIsAConflict() {
        server.expect().post().withPath(WORKFLOWS).andReturn(409, k8sStatus(409, "AlreadyExists",
                "workflows.argoproj.io \"hook-1\" already exists", Trees.map("name", "hook-1", "kind", "workflows"))).once();

        ClusterProblem p = submitInlineFails();

        assertThat(p.failure()).isEqualTo(ClusterFailure.NAME_TAKEN);
        assertThat(p.message()).isEqualTo("Workflow \"hook-1\" already exists in namespace \"argo\" (409 Conflict)");
        assertThat(p.exitCode()).isEqualTo(2);
    }

    @Test
    void argoNotInstalledIsToldApartFromAMissingTemplate() {
        server.expect().post().withPath(WORKFLOWS).andReturn(404, "404 page not found").once();
        server.expect().get().withPath("/apis/argoproj.io/v1alpha1").andReturn(404, "404 page not found").always();

        ClusterProblem p = submitInlineFails();

        assertThat(p.failure()).isEqualTo(ClusterFailure.ARGO_NOT_INSTALLED);
        assertThat(p.message()).contains("does not know Argo Workflows");
        assertThat(p.hint()).contains("kubectl get crd workflows.argoproj.io");
    }

    @Test
    void aTemplateReferenceOnAClusterWithoutArgoSaysArgoIsMissing() throws Exception {
        server.expect().get().withPath("/apis/argoproj.io/v1alpha1").andReturn(404, "404 page not found").always();
        try (ClusterClient c = connect()) {
            assertThatThrownBy(() -> c.submit(Trees.workflowByRef("hook", "x"), SubmitOptions.create()))
                    .isInstanceOfSatisfying(ClusterException.class,
                            e -> assertThat(e.problem().failure()).isEqualTo(ClusterFailure.ARGO_NOT_INSTALLED));
        }
    }

    @Test
    void anAdmissionWebhookRefusalShowsItsMessageWithSecretsMasked() throws Exception {
        Map<String, Object> wf = Trees.workflowByRef("hook", "xoxb-leaky-secret");
        server.expect().post().withPath(WORKFLOWS).andReturn(400, k8sStatus(400, "BadRequest",
                "admission webhook \"validate.kyverno.svc-fail\" denied the request: policy require-labels: "
                        + "label team is required (SLACK_TOKEN=xoxb-leaky-secret)", null)).once();
        try (ClusterClient c = Clusters.connect(settings(), Redaction.forWorkflow(wf, java.util.Set.of("SLACK_TOKEN")))) {
            assertThatThrownBy(() -> c.submit(wf, SubmitOptions.create().withoutTemplateCheck()))
                    .isInstanceOfSatisfying(ClusterException.class, e -> {
                        assertThat(e.problem().failure()).isEqualTo(ClusterFailure.ADMISSION_DENIED);
                        assertThat(e.problem().message()).isEqualTo("an admission webhook refused the request: admission webhook "
                                + "\"validate.kyverno.svc-fail\" denied the request: policy require-labels: label team is required "
                                + "(SLACK_TOKEN=" + Redaction.MASK + ")");
                    });
        }
    }

    @Test
    void aTokenEchoedByTheServerIsNeverShown() {
        server.expect().post().withPath(WORKFLOWS).andReturn(500, k8sStatus(500, "InternalError",
                "proxy error for Bearer " + Kubeconfigs.TOKEN, null)).once();

        ClusterProblem p = submitInlineFails();

        assertThat(p.failure()).isEqualTo(ClusterFailure.SERVER_ERROR);
        assertThat(p.message()).contains("proxy error for Bearer " + Redaction.MASK);
    }

    @Test
    void anHtmlAnswerIsNotTheKubernetesApiWhateverTheRequest() throws Exception {
        String page = "<html><body>Please log in</body></html>";
        server.expect().post().withPath(WORKFLOWS).andReturn(200, page).withHeader("Content-Type", "text/html").always();
        server.expect().get().withPath("/apis/argoproj.io/v1alpha1/namespaces/argo/workflowtemplates")
                .andReturn(200, page).withHeader("Content-Type", "text/html").always();

        ClusterProblem submit = submitInlineFails();
        ClusterProblem list;
        try (ClusterClient c = connect()) {
            list = org.assertj.core.api.Assertions.catchThrowableOfType(ClusterException.class, c::workflowTemplates)
                    .problem();
        }

        for (ClusterProblem p : List.of(submit, list)) {
            assertThat(p.failure()).isEqualTo(ClusterFailure.NOT_KUBERNETES);
            assertThat(p.exitCode()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("the server at " + server.url("/").replaceAll("/$", "")
                    + " (context \"mock\") answered with text/html, not the Kubernetes API (a proxy or a login page?)");
        }
    }

    @Test
    void anAnswerThatIsNoKubernetesObjectIsSaidSoEvenWithAJsonContentType() {
        server.expect().post().withPath(WORKFLOWS).andReturn(200, "\"just a string\"").always();

        ClusterProblem p = submitInlineFails();

        assertThat(p.failure()).isEqualTo(ClusterFailure.NOT_KUBERNETES);
        assertThat(p.message()).endsWith(" answered with something other than the Kubernetes API (a proxy or a login page?)");
    }

    @Test
    void aRejectedWorkflowShowsTheServersReason() {
        server.expect().post().withPath(WORKFLOWS).andReturn(422, k8sStatus(422, "Invalid",
                "Workflow.argoproj.io \"x\" is invalid: spec.templates: Required value", null)).once();

        ClusterProblem p = submitInlineFails();

        assertThat(p.failure()).isEqualTo(ClusterFailure.REJECTED);
        assertThat(p.message()).isEqualTo("the API server rejected the Workflow (422): Workflow.argoproj.io \"x\" is invalid: "
                + "spec.templates: Required value");
    }

    @Test
    void logsThatCannotBeReadAreANoticeNotAFailure() throws Exception {
        String wf = createRunningWorkflow();
        client.pods().inNamespace(NS).resource(new PodBuilder()
                .withNewMetadata().withName(wf + "-x").withNamespace(NS).addToLabels(PodLogs.WORKFLOW_LABEL, wf).endMetadata()
                .withNewStatus().withPhase("Succeeded").endStatus().build()).create();
        server.expect().get().withPath("/api/v1/namespaces/argo/pods/" + wf + "-x/log?container=main&follow=true")
                .andReturn(403, k8sStatus(403, "Forbidden", "pods \"x\" is forbidden", null)).always();
        setStatus(wf, status("Succeeded", "", Map.of()));
        RecordingListener l = new RecordingListener();
        try (ClusterClient c = connect()) {
            WaitOutcome o = c.await(wf, WaitOptions.of(Duration.ofSeconds(10), true, new CancellationToken()), l);

            assertThat(o.exitCode()).isZero();
            assertThat(l.notices).containsExactly("cannot read the log of pod " + wf + "-x: forbidden (RBAC needs get on pods/log)");
        }
    }

    List<String> requests() throws InterruptedException {
        List<String> out = new ArrayList<>();
        int n = server.getRequestCount();
        for (int i = 0; i < n; i++) {
            RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
            if (r != null) {
                out.add(r.getMethod() + " " + r.getPath());
            }
        }
        return out;
    }

    GenericKubernetesResource workflow(String name) {
        return client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(NS).withName(name).get();
    }
}
