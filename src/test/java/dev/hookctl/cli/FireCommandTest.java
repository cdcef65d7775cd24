package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.cluster.Kubeconfigs;
import dev.hookctl.term.FiringSummary;
import dev.hookctl.term.Prompter;
import dev.hookctl.testing.Cli;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hookctl fire} and {@code --cluster} through the real command line, against fabric8's mock
 * API server in CRUD mode; the test plays Argo's controller (status, pods, logs).
 */
@EnableKubernetesMockClient(crud = true)
class FireCommandTest {
    static final String NS = "argo";
    static final String WORKFLOWS_PATH = "/apis/argoproj.io/v1alpha1/namespaces/argo/workflows";
    static final ResourceDefinitionContext WORKFLOWS = argo("Workflow", "workflows");
    static final ResourceDefinitionContext TEMPLATES = argo("WorkflowTemplate", "workflowtemplates");

    static final String HOOK = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: notify
              annotations:
                codefresh.io/workflow-origin: promotion
            spec:
              serviceAccountName: hooks-sa
              entrypoint: main
              arguments:
                parameters:
                  - name: PRODUCT_NAME
                  - name: CHANNEL
                  - name: API_TOKEN
                    value: ""
                  - name: DB_PASSWORD
                    valueFrom:
                      secretKeyRef:
                        name: db
                        key: password
              templates:
                - name: main
                  container:
                    image: busybox:1.36
                    command: [sh, -c, "echo {{workflow.parameters.CHANNEL}}"]
            """;

    static final String FLOW = """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: main-flow
            spec:
              triggerEnvironment: dev
              hooks:
                onStart: notify
                onFail: cluster-only-hook
              steps:
                - environment: prod
                  dependsOn: [dev]
            """;

    KubernetesMockServer server;
    KubernetesClient client;
    @TempDir
    Path tmp;
    Path kubeconfig;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(tmp.resolve("notify.yaml"), HOOK);
        Files.writeString(tmp.resolve("flow.yaml"), FLOW);
        kubeconfig = Kubeconfigs.write(tmp, server.url("/"));
    }

    /** hookctl with the test's files, no configuration, and the mock cluster's kubeconfig. */
    /** Runs hookctl against the mock server; invented values are allowed (these tests are about the cluster). */
    Cli.Result hookctl(String... args) {
        return hookctlStrict(Stream.concat(Stream.of(args), Stream.of("--allow-invented")).toArray(String[]::new));
    }

    Cli.Result hookctlStrict(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("-f", tmp.toString(), "--no-config",
                "--kubeconfig", kubeconfig.toString())).toArray(String[]::new);
        return Cli.run(tmp, all);
    }

    @Test
    void aRealFireWithInventedValuesIsRefusedUnlessAllowed() {
        install(HOOK);
        Cli.Result r = hookctlStrict("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).as("%s", r).contains("refusing to fire \"notify\" with values hookctl invented")
                .contains("PRODUCT_NAME = example-product").contains("--allow-invented");
        assertThat(workflows()).as("nothing was created").isEmpty();
    }

    @Test
    void aMisspeltProductIsRefusedBeforeAnythingIsSent() throws Exception {
        Files.writeString(tmp.resolve("product.yaml"), """
                apiVersion: codefresh.io/v1beta1
                kind: Product
                metadata:
                  name: checkout
                spec:
                  promotionTemplateRef: helm-default
                  promotionFlows:
                    - name: main-flow
                """);
        install(HOOK);
        int before = server.getRequestCount();

        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--product", "chekout");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.out()).as("%s", r).isEmpty();
        assertThat(r.err()).as("%s", r).startsWith("hookctl: unknown product \"chekout\"; did you mean \"checkout\"?\n");
        assertThat(server.getRequestCount()).as("no request after the template was installed").isEqualTo(before);
    }

    static ResourceDefinitionContext argo(String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup("argoproj.io").withVersion("v1alpha1")
                .withKind(kind).withPlural(plural).withNamespaced(true).build();
    }

    void install(String yaml) {
        client.genericKubernetesResources(TEMPLATES).inNamespace(NS)
                .resource(Serialization.unmarshal(yaml, GenericKubernetesResource.class)).create();
    }

    List<GenericKubernetesResource> workflows() {
        return client.genericKubernetesResources(WORKFLOWS).inNamespace(NS).list().getItems();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(GenericKubernetesResource r) {
        return (Map<String, Object>) r.getAdditionalProperties().get("spec");
    }

    static String parameters(GenericKubernetesResource wf) {
        Object args = spec(wf).get("arguments");
        return String.valueOf(args);
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

    /** stderr without the "hookctl: note:" lines (which flow was taken, and the like). */
    static String withoutNotes(String err) {
        return String.join("\n", err.lines().filter(l -> !l.startsWith("hookctl: note: ")).toList());
    }

    // --- firing ---------------------------------------------------------------------------------------

    @Test
    void firingByReferenceCreatesTheWorkflowRenderPrintsAndSaysHowToFollowIt() {
        install(HOOK);

        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#releases", "--product", "shop");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(workflows()).singleElement().satisfies(wf -> {
            String name = wf.getMetadata().getName();
            assertThat(name).startsWith("notify-");
            assertThat(spec(wf)).containsEntry("workflowTemplateRef", Map.of("name", "notify"));
            assertThat(parameters(wf)).contains("{name=CHANNEL, value=#releases}", "{name=PRODUCT_NAME, value=shop}");
            assertThat(wf.getMetadata().getLabels()).containsEntry("workflows.argoproj.io/workflow-template", "notify");
            assertThat(r.out()).isEqualTo("workflow " + name + " created in argo\n"
                    + "  kubectl get workflow " + name + " -n argo\n"
                    + "  argo watch " + name + " -n argo\n");
        });
    }

    @Test
    void firingInlineCopiesTheSpecInAndNeedsNoTemplateInTheCluster() {
        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--inline");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(workflows()).singleElement().satisfies(wf -> {
            assertThat(spec(wf)).doesNotContainKey("workflowTemplateRef").containsKey("templates");
            assertThat(String.valueOf(spec(wf).get("templates"))).contains("echo #ops");
        });
    }

    @Test
    void aDryRunRefusesTheOptionsThatWaitForAWorkflowItDoesNotCreate() {
        for (String[] extra : new String[][] {{"--dry-run=client", "--wait"}, {"--dry-run=server", "--log"},
                {"--dry-run=client", "--timeout", "5m"}}) {
            Cli.Result r = Cli.run(tmp, Stream.concat(Stream.of("fire", "notify", "--on", "start", "-f", tmp.toString(),
                    "--no-config"), Stream.of(extra)).toArray(String[]::new));
            String option = extra[1];
            assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
            assertThat(r.err()).as("%s", r).startsWith("hookctl: " + option + " has no Workflow to wait for: "
                    + extra[0] + " creates none\n");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aClientDryRunPrintsWhatRenderPrintsAndSendsNothing() throws Exception {
        // no --kubeconfig and no KUBECONFIG: a client dry run needs no cluster at all
        Cli.Result r = Cli.run(tmp, "fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--dry-run=client",
                "--release-id", "r-1", "--product", "shop", "--release-version", "1.0.0", "--commit", "abc",
                "--release-url", "https://x/r-1", "-f", tmp.toString(), "--no-config");
        Cli.Result render = Cli.run(tmp, "render", "notify", "--on", "start", "-p", "CHANNEL=#ops",
                "--release-id", "r-1", "--product", "shop", "--release-version", "1.0.0", "--commit", "abc",
                "--release-url", "https://x/r-1", "-f", tmp.toString(), "--no-config");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).isEqualTo(render.out());
        assertThat(r.err()).contains("client dry run: nothing was sent to a cluster");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aClientDryRunWithANamespaceShowsItLikeRenderWithTheSameNamespace() {
        String[] common = {"notify", "--on", "start", "-p", "CHANNEL=#ops", "--release-id", "r-1", "--product", "shop",
            "--release-version", "1.0.0", "--commit", "abc", "--release-url", "https://x/r-1", "-f", tmp.toString(),
            "--no-config", "-n", "cf-runtime"};
        Cli.Result fire = Cli.run(tmp, Stream.concat(Stream.of("fire", "--dry-run=client"), Stream.of(common))
                .toArray(String[]::new));
        Cli.Result render = Cli.run(tmp, Stream.concat(Stream.of("render"), Stream.of(common)).toArray(String[]::new));
        assertThat(fire.exitCode()).as("%s", fire).isZero();
        assertThat(fire.out()).as("%s", fire).contains("  namespace: cf-runtime\n").isEqualTo(render.out());
    }

    @Test
    void aSecretNameTheHookDoesNotDeclareIsAUsageErrorBeforeAnythingIsPrintedOrSent() {
        install(HOOK);
        for (String dryRun : List.of("--dry-run=client", "--dry-run=none")) {
            Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "-p",
                    "API_TOKEN=xoxb-very-secret", "--secret", "API_TOKNE", dryRun);

            assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
            assertThat(r.out()).as("%s", r).isEmpty();
            assertThat(r.err()).as("%s", r).isEqualTo("hookctl: --secret API_TOKNE: hook \"notify\" declares no argument "
                    + "of that name; did you mean API_TOKEN?\n"
                    + "hint: --secret takes an argument the hook declares: PRODUCT_NAME, CHANNEL, API_TOKEN, DB_PASSWORD\n");
        }
        assertThat(workflows()).as("nothing was created").isEmpty();
    }

    @Test
    void secretArgumentsAreMaskedInDryRunOutput() {
        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "-p", "API_TOKEN=xoxb-very-secret",
                "-p", "DB_PASSWORD=hunter2-db", "--secret", "API_TOKEN", "--dry-run=client", "-o", "json");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out() + r.err()).doesNotContain("xoxb-very-secret").doesNotContain("hunter2-db");
        assertThat(r.out()).contains("\"name\": \"API_TOKEN\",\n          \"value\": \"******\"")
                .contains("\"name\": \"DB_PASSWORD\",\n          \"value\": \"******\"")
                .contains("\"value\": \"#ops\"");
        assertThat(r.err()).as("%s", r).contains("hookctl: note: the values of API_TOKEN, DB_PASSWORD are masked "
                + "(******); this output submitted as it is would send the mask, so fire without --dry-run=client");
    }

    @Test
    void aMaskedDryRunInYamlSaysSoInAComment() {
        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "-p", "API_TOKEN=xoxb-very-secret",
                "-p", "DB_PASSWORD=hunter2-db", "--secret", "API_TOKEN", "--dry-run=client");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).contains("\n# the values of API_TOKEN, DB_PASSWORD are masked (******); this "
                + "output submitted as it is would send the mask, so fire without --dry-run=client\napiVersion: ");
    }

    @Test
    void aClientDryRunApplyShowsTheTemplateAsItWillBeAppliedAndMasksOnlyThePassedSecret() throws IOException {
        Files.writeString(tmp.resolve("env-hook.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: env-hook
                  annotations:
                    codefresh.io/workflow-origin: promotion
                spec:
                  entrypoint: main
                  arguments:
                    parameters:
                      - name: ERROR_MESSAGE
                        value: ""
                  templates:
                    - name: main
                      container:
                        image: busybox:1.36
                        command: [sh, -c, "echo $ERROR_MESSAGE"]
                        env:
                          - name: ERROR_MESSAGE
                            value: "{{workflow.parameters.ERROR_MESSAGE}}"
                """);
        Cli.Result r = hookctl("fire", "env-hook", "--on", "fail", "--apply", "--dry-run=client", "-o", "json",
                "--secret", "ERROR_MESSAGE", "-p", "ERROR_MESSAGE=topsecret");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).doesNotContain("topsecret")
                .contains("\"name\": \"ERROR_MESSAGE\",\n              \"value\": \"\"\n")
                .contains("\"name\": \"ERROR_MESSAGE\",\n                  \"value\": \"{{workflow.parameters.ERROR_MESSAGE}}\"")
                .contains("\"name\": \"ERROR_MESSAGE\",\n              \"value\": \"******\"");
    }

    @Test
    void theSecretOptionsHelpDoesNotPromiseSecretsArgumentsCannotHave() {
        // argo.md: an argument's valueFrom allows configMapKeyRef, event and supplied, never secretKeyRef
        Cli.Result r = Cli.run(tmp, "fire", "--help");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).as("%s", r).doesNotContain("from a secretKeyRef")
                .contains("workflow arguments cannot read a Kubernetes Secret themselves");
    }

    @Test
    void hintsForAMissingHookOrPhaseGiveExamplesOfFireItself() {
        Cli.Result noHook = hookctl("fire");
        Cli.Result noPhase = hookctl("fire", "--flow", "main-flow");

        assertThat(noHook.exitCode()).as("%s", noHook).isEqualTo(2);
        assertThat(noHook.err()).as("%s", noHook).contains("hint: for example: hookctl fire slack-fail-hook --on fail, "
                + "or hookctl fire --flow F --env E --on fail").doesNotContain("render");
        assertThat(noPhase.exitCode()).as("%s", noPhase).isEqualTo(2);
        assertThat(noPhase.err()).as("%s", noPhase).contains("hint: for example: hookctl fire --flow main-flow --on fail");
    }

    @Test
    void theMaskNoteNamesOnlyTheMaskedArguments() {
        // DB_PASSWORD comes from a secretKeyRef in the template; API_TOKEN is not marked secret here
        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "-p", "API_TOKEN=t0k3n-value",
                "-p", "DB_PASSWORD=pw-value", "--dry-run=client");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.err()).as("%s", r).contains("hookctl: note: the values of DB_PASSWORD are masked");
        assertThat(r.out()).contains("t0k3n-value");
    }

    @Test
    void aServerDryRunIsValidatedByTheApiServerAndCreatesNothing() {
        install(HOOK);
        server.expect().post().withPath(WORKFLOWS_PATH + "?dryRun=All")
                .andReturn(201, Map.of("apiVersion", "argoproj.io/v1alpha1", "kind", "Workflow",
                        "metadata", Map.of("name", "notify-abcde", "namespace", NS),
                        "spec", Map.of("workflowTemplateRef", Map.of("name", "notify"))))
                .once();

        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--dry-run=server");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).contains("name: notify-abcde").contains("workflowTemplateRef:");
        assertThat(r.err()).contains("workflow notify-abcde validated by the API server in argo (server dry run): "
                + "nothing was created");
        assertThat(workflows()).isEmpty();
    }

    @Test
    void applyInstallsTheTemplateFromTheFilesBeforeFiring() {
        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--apply");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).startsWith("workflowtemplate.argoproj.io/notify created\nworkflow notify-");
        assertThat(client.genericKubernetesResources(TEMPLATES).inNamespace(NS).withName("notify").get()).isNotNull();
        assertThat(workflows()).hasSize(1);

        Cli.Result again = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--apply");
        assertThat(again.out()).as("%s", again).startsWith("workflowtemplate.argoproj.io/notify updated\n");
    }

    @Test
    void aTemplateMissingInTheClusterSuggestsApply() {
        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(4);
        assertThat(withoutNotes(r.err())).as("%s", r).startsWith("hookctl: WorkflowTemplate \"notify\" is not installed")
                .contains("hint: re-run with --apply");
        assertThat(r.out()).isEmpty();
        assertThat(workflows()).isEmpty();
    }

    @Test
    void missingArgumentsWithoutATerminalAreAUsageErrorListingThem() throws Exception {
        Cli.Result r = hookctl("fire", "notify", "--on", "start");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).as("%s", r).contains("hook \"notify\" declares an argument nobody supplies")
                .contains("\n  CHANNEL: ");
        assertThat(requests()).isEmpty();
    }

    @Test
    void aServerThatAnswersWithALoginPageIsSaidSoNotCalledUnreachable() {
        String page = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in</body></html>\n";
        server.expect().get().withPath("/apis/argoproj.io/v1alpha1/namespaces/argo/workflowtemplates/notify")
                .andReturn(200, page).withHeader("Content-Type", "text/html; charset=utf-8").always();
        server.expect().get().withPath("/apis/argoproj.io/v1alpha1/namespaces/argo/workflowtemplates")
                .andReturn(200, page).withHeader("Content-Type", "text/html; charset=utf-8").always();
        String said = "hookctl: the server at " + server.url("/").replaceAll("/$", "") + " (context \"mock\") answered "
                + "with text/html, not the Kubernetes API (a proxy or a login page?)\n"
                + "hint: check the server address of that context in the kubeconfig (kubectl config view --minify): it "
                + "must be the API server, or a proxy that passes the API through once you are logged in\n";

        Cli.Result fire = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "-y");
        Cli.Result lint = Cli.run(tmp, "lint", tmp.toString(), "--no-config", "--cluster", "--kubeconfig",
                kubeconfig.toString());

        assertThat(fire.exitCode()).as("%s", fire).isEqualTo(4);
        assertThat(withoutNotes(fire.err()) + "\n").as("%s", fire).isEqualTo(said);
        assertThat(lint.exitCode()).as("%s", lint).isEqualTo(4);
        assertThat(lint.err()).as("%s", lint).isEqualTo(said);
        assertThat(workflows()).isEmpty();
    }

    @Test
    void anUnreachableApiServerIsExitFourWithOneLineAndAHint() {
        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--context", "other");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(4);
        assertThat(withoutNotes(r.err()).lines().toList()).as("%s", r).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).startsWith("hookctl: cannot reach the API server https://127.0.0.1:1 of context \"other\"");
            assertThat(lines.get(1)).startsWith("hint: ");
        });
        assertThat(r.err()).doesNotContain(Kubeconfigs.TOKEN).doesNotContain("Exception");
    }

    @Test
    void anUnknownDryRunModeIsAUsageError() {
        Cli.Result r = hookctl("fire", "notify", "--on", "start", "--dry-run=maybe");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("unknown --dry-run mode \"maybe\"");
    }

    // --- waiting --------------------------------------------------------------------------------------

    CompletableFuture<Cli.Result> fireAsync(String... extra) {
        install(HOOK);
        List<String> args = new ArrayList<>(List.of("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--timeout", "30s"));
        args.addAll(List.of(extra));
        return CompletableFuture.supplyAsync(() -> hookctl(args.toArray(String[]::new)));
    }

    /** The Workflow the command created, once it watches it. */
    String createdAndWatched() throws InterruptedException {
        until(() -> !workflows().isEmpty());
        String name = workflows().get(0).getMetadata().getName();
        until(() -> lastPath().contains("watch=true") || lastPath().startsWith("/api/v1/namespaces/argo/pods"));
        return name;
    }

    private String lastPath() {
        try {
            RecordedRequest last = server.getLastRequest();
            return last == null ? "" : last.getPath();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void setStatus(String wf, String phase, String message, Map<String, Object> nodes) {
        client.genericKubernetesResources(WORKFLOWS).inNamespace(NS).withName(wf).edit(r -> {
            r.setAdditionalProperty("status", Map.of("phase", phase, "message", message, "nodes", nodes));
            return r;
        });
    }

    static Map<String, Object> podNode(String id, String name, String phase) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put(id, Map.of("id", id, "name", name, "type", "Pod", "phase", phase));
        return n;
    }

    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void waitingEndsWithExitZeroWhenTheWorkflowSucceeds() throws Exception {
        CompletableFuture<Cli.Result> run = fireAsync("--wait");
        String wf = createdAndWatched();

        setStatus(wf, "Running", "", podNode(wf, wf, "Running"));
        setStatus(wf, "Succeeded", "", podNode(wf, wf, "Succeeded"));

        Cli.Result r = run.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).contains("workflow " + wf + " Succeeded in ");
        // not a terminal: each change is a plain progress line on stderr
        assertThat(r.err()).as("%s", r).contains(wf + " Succeeded  nodes 1/1");
    }

    @Test
    void waitingEndsWithExitOneAndTheStatusMessageWhenTheWorkflowFails() throws Exception {
        CompletableFuture<Cli.Result> run = fireAsync("--wait");
        String wf = createdAndWatched();

        setStatus(wf, "Failed", "child 'main' failed: exit code 3", podNode(wf, wf, "Failed"));

        Cli.Result r = run.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).as("%s", r).contains("hookctl: workflow " + wf + " Failed: child 'main' failed: exit code 3")
                .contains("hint: see what happened: argo get " + wf + " -n argo");
    }

    @Test
    void logStreamsTheMainContainerLogPrefixedByNode() throws Exception {
        CompletableFuture<Cli.Result> run = fireAsync("--log");
        String wf = createdAndWatched();
        String pod = wf + "-main-1";
        server.expect().get().withPath("/api/v1/namespaces/argo/pods/" + pod + "/log?container=main&follow=true")
                .andReturn(200, "posted to #ops\n").always();
        client.pods().inNamespace(NS).resource(new PodBuilder()
                .withNewMetadata().withName(pod).withNamespace(NS)
                .addToLabels("workflows.argoproj.io/workflow", wf)
                .addToAnnotations("workflows.argoproj.io/node-name", wf + "[0].say")
                .endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("busybox").endContainer().endSpec()
                .withNewStatus().withPhase("Succeeded").endStatus().build()).create();

        setStatus(wf, "Succeeded", "", podNode(wf + "-1", wf + "[0].say", "Succeeded"));

        Cli.Result r = run.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).contains("[0].say: posted to #ops\n");
    }

    @Test
    void aTimeoutStopsWaitingWithExitOneAndLeavesTheWorkflowRunning() {
        install(HOOK);

        Cli.Result r = hookctl("fire", "notify", "--on", "start", "-p", "CHANNEL=#ops", "--wait", "--timeout", "300ms");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        String wf = workflows().get(0).getMetadata().getName();
        assertThat(r.err()).as("%s", r).contains("stopped waiting after 300ms: workflow " + wf)
                .contains("hint: follow it with: argo watch " + wf + " -n argo; delete it with: kubectl delete workflow " + wf);
    }

    // --- on a terminal ----------------------------------------------------------------------------------

    /** A person at the terminal, answering from a script. */
    static final class ScriptedPrompter implements Prompter {
        final Map<String, String> answers;
        final boolean confirm;
        final List<String> asked = new ArrayList<>();
        final List<List<String>> candidates = new ArrayList<>();
        final List<Boolean> secret = new ArrayList<>();
        /** Standard error as it was when each question was asked. */
        final List<String> errWhenAsked = new ArrayList<>();
        StringWriter err;
        boolean interrupted;
        FiringSummary shown;

        ScriptedPrompter(Map<String, String> answers, boolean confirm) {
            this.answers = answers;
            this.confirm = confirm;
        }

        @Override
        public Optional<String> ask(String name, String description, List<String> c, boolean s) {
            asked.add(name);
            candidates.add(c);
            secret.add(s);
            errWhenAsked.add(err == null ? "" : err.toString());
            interrupted = CTRL_C.equals(answers.get(name));
            return Optional.ofNullable(answers.get(name)).filter(a -> !interrupted);
        }

        @Override
        public boolean confirm(FiringSummary summary) {
            shown = summary;
            interrupted = CTRL_C.equals(answers.get("confirm"));
            return confirm && !interrupted;
        }

        @Override
        public boolean interrupted() {
            return interrupted;
        }

        @Override
        public void close() {
        }
    }

    /** The answer a {@link ScriptedPrompter} gives as Ctrl-C. */
    static final String CTRL_C = "^C";

    Cli.Result onTerminal(ScriptedPrompter prompter, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        prompter.err = err;
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), tmp, Map.of(), false, true);
        CommandLine cl = new CommandLine(new FireCommand(console, terminal -> Optional.of(prompter)));
        String[] all = Stream.concat(Stream.of(args), Stream.of("-f", tmp.toString(), "--no-config",
                "--kubeconfig", kubeconfig.toString(), "--allow-invented")).toArray(String[]::new);
        int code = cl.execute(all);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void onATerminalMissingArgumentsAreAskedAndTheConfirmationMasksSecrets() {
        install(HOOK);
        ScriptedPrompter p = new ScriptedPrompter(Map.of("CHANNEL", "#asked"), true);

        Cli.Result r = onTerminal(p, "notify", "--on", "start", "-p", "API_TOKEN=xoxb-very-secret", "--secret", "API_TOKEN");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(p.asked).containsExactly("CHANNEL");
        assertThat(p.shown.lines()).contains("context:    mock", "namespace:  argo", "hook:       notify",
                "event:      release onStart").anyMatch(l -> l.matches("  API_TOKEN +\\Q = ******\\E"))
                .anyMatch(l -> l.matches("  CHANNEL +\\Q = #asked\\E"));
        assertThat(String.join("\n", p.shown.lines())).doesNotContain("xoxb-very-secret");
        assertThat(parameters(workflows().get(0))).contains("{name=CHANNEL, value=#asked}");
    }

    @Test
    void onATerminalTheHookIsAskedWithTheKnownNamesToComplete() {
        install(HOOK);
        ScriptedPrompter p = new ScriptedPrompter(Map.of("HOOK", "notify", "CHANNEL", "#c"), true);

        Cli.Result r = onTerminal(p, "--on", "start", "--yes");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(p.asked).containsExactly("HOOK", "CHANNEL");
        assertThat(p.candidates.get(0)).containsExactly("notify");
        assertThat(p.shown).as("--yes skips the confirmation").isNull();
    }

    @Test
    void ctrlCAtAnArgumentQuestionStopsWithExit130AndFiresNothing() {
        install(HOOK);
        ScriptedPrompter p = new ScriptedPrompter(Map.of("CHANNEL", CTRL_C), true);

        Cli.Result r = onTerminal(p, "notify", "--on", "start");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(130);
        assertThat(r.err()).as("%s", r).contains("hookctl: interrupted (Ctrl-C): nothing was fired")
                .doesNotContain("nobody supplies");
        assertThat(workflows()).isEmpty();
    }

    @Test
    void ctrlCAtTheConfirmationStopsWithExit130() {
        install(HOOK);
        ScriptedPrompter p = new ScriptedPrompter(Map.of("confirm", CTRL_C), true);

        Cli.Result r = onTerminal(p, "notify", "--on", "start", "-p", "CHANNEL=#c");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(130);
        assertThat(r.err()).as("%s", r).contains("hookctl: interrupted (Ctrl-C): nothing was fired")
                .doesNotContain("not fired\n");
        assertThat(workflows()).isEmpty();
    }

    @Test
    void notesArePrintedBeforeTheQuestionsAndOnlyOnce() {
        install(HOOK);
        ScriptedPrompter p = new ScriptedPrompter(Map.of("CHANNEL", "#c"), true);

        Cli.Result r = onTerminal(p, "notify", "--on", "start", "--yes");

        assertThat(r.exitCode()).as("%s", r).isZero();
        String note = "hookctl: note: flow \"main-flow\" taken as the only flow that assigns hook \"notify\"";
        assertThat(p.errWhenAsked).hasSize(1);
        assertThat(p.errWhenAsked.get(0)).as("%s", r).contains(note);
        assertThat(r.err().split(java.util.regex.Pattern.quote(note), -1)).as("%s", r).hasSize(2);
    }

    @Test
    void answeringNoFiresNothing() {
        install(HOOK);
        ScriptedPrompter p = new ScriptedPrompter(Map.of(), false);

        Cli.Result r = onTerminal(p, "notify", "--on", "start", "-p", "CHANNEL=#c");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.err()).contains("hookctl: not fired");
        assertThat(workflows()).isEmpty();
    }

    @Test
    void aDryRunOnATerminalAsksForAMissingSecretWithoutEchoAndMasksIt() {
        ScriptedPrompter p = new ScriptedPrompter(Map.of("CHANNEL", "#private-channel"), true);

        Cli.Result r = onTerminal(p, "notify", "--on", "start", "--dry-run=client", "--secret", "CHANNEL");

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(p.asked).containsExactly("CHANNEL");
        assertThat(p.secret).containsExactly(true);
        assertThat(p.shown).as("a dry run asks no confirmation").isNull();
        assertThat(r.out()).contains("- name: CHANNEL\n        value: \"******\"").doesNotContain("#private-channel");
    }

    // --- --cluster ------------------------------------------------------------------------------------

    static final String CLUSTER_ONLY_HOOK = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: cluster-only-hook
              annotations:
                codefresh.io/workflow-origin: promotion
            spec:
              serviceAccountName: hooks-sa
              entrypoint: main
              arguments:
                parameters:
                  - name: ERROR_MESSAGE
              templates:
                - name: main
                  container:
                    image: busybox:1.36
                    command: [sh, -c, "echo {{workflow.parameters.ERROR_MESSAGE}} {{workflow.parameters.NOT_DECLARED}}"]
            """;

    @Test
    void lintResolvesAHookThatExistsOnlyInTheClusterWithCluster() {
        Cli.Result without = Cli.run(tmp, "lint", tmp.toString(), "--no-config");
        assertThat(without.out()).as("%s", without).contains("hook-unresolved");

        install(CLUSTER_ONLY_HOOK);
        Cli.Result with = Cli.run(tmp, "lint", tmp.toString(), "--no-config", "--cluster", "--kubeconfig", kubeconfig.toString());

        assertThat(with.out()).as("%s", with).doesNotContain("hook-unresolved")
                .as("findings inside the cluster's template are not the files' business").doesNotContain("cluster:");
        assertThat(with.err()).contains("hookctl: note: 1 WorkflowTemplate added from cluster:argo");
        assertThat(counts(with)).as("the summary counts the files' manifests only").isEqualTo(counts(without));
    }

    @Test
    void lintWithClusterReportsAnInstalledHooksUnsuppliedArgumentWhereTheFlowUsesIt() {
        install(CLUSTER_ONLY_HOOK.replace("- name: ERROR_MESSAGE", "- name: ERROR_MESSAGE\n      - name: NEEDED"));
        Cli.Result r = Cli.run(tmp, "lint", tmp.toString(), "--no-config", "--cluster", "--kubeconfig",
                kubeconfig.toString());

        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains("flow.yaml:9:13: error: argument \"NEEDED\" has no value and nothing "
                        + "supplies it")
                .contains("[argument-never-supplied]")
                .containsPattern("see cluster:argo/workflowtemplates/cluster-only-hook:\\d+:\\d+");
    }

    /** The summary line's counts: "in 2 files (1 flow, 1 hook template)". */
    private static String counts(Cli.Result r) {
        String[] lines = r.out().strip().split("\n");
        String last = lines[lines.length - 1];
        return last.substring(last.indexOf(" in "));
    }

    @Test
    void renderUsesATemplateFromTheClusterAndTheFilesWinOnAClash() {
        install(CLUSTER_ONLY_HOOK);
        install(HOOK.replace("busybox:1.36", "from-the-cluster:1"));

        Cli.Result r = Cli.run(tmp, "render", "--flow", "main-flow", "--on", "fail", "--inline", "-f", tmp.toString(),
                "--no-config", "--cluster", "--kubeconfig", kubeconfig.toString());
        Cli.Result files = Cli.run(tmp, "render", "notify", "--on", "start", "--inline", "-p", "CHANNEL=#c", "-f",
                tmp.toString(), "--no-config", "--cluster", "--kubeconfig", kubeconfig.toString());

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).contains("generateName: cluster-only-hook-").contains("image: busybox:1.36");
        assertThat(files.out()).as("%s", files).contains("image: busybox:1.36").doesNotContain("from-the-cluster");
        assertThat(files.err()).contains("the files' version used for notify");
    }

    @Test
    void simulateFiresAHookThatExistsOnlyInTheCluster() {
        install(CLUSTER_ONLY_HOOK);
        Cli.Result r = Cli.run(tmp, "simulate", "--flow", "main-flow", "--fail", "prod", "-p", "CHANNEL=#c", "-f", tmp.toString(),
                "--no-config", "--cluster", "--kubeconfig", kubeconfig.toString());

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).containsPattern("release onFail +cluster-only-hook +succeeded");
    }

    @Test
    void lintWithClusterOnAnUnreachableServerIsExitFour() {
        Cli.Result r = Cli.run(tmp, "lint", tmp.toString(), "--no-config", "--cluster", "--kubeconfig",
                kubeconfig.toString(), "--context", "other");

        assertThat(r.exitCode()).as("%s", r).isEqualTo(4);
        assertThat(r.err()).startsWith("hookctl: cannot reach the API server");
    }
}
