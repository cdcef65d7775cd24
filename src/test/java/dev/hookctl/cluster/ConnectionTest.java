package dev.hookctl.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the cluster: kubeconfig, context, namespace, in-cluster, and the failures before any answer. */
class ConnectionTest {
    @TempDir
    Path tmp;

    ClusterProblem connectFails(ConnectionSettings s) {
        try (ClusterClient c = Clusters.connect(s, Redaction.NONE)) {
            throw new AssertionError("expected no connection, got " + c.target());
        } catch (ClusterException e) {
            assertThat(e.problem().toString()).doesNotContain(Kubeconfigs.TOKEN);
            return e.problem();
        }
    }

    ClusterProblem firstCallFails(ConnectionSettings s) throws ClusterException {
        try (ClusterClient c = Clusters.connect(s, Redaction.NONE)) {
            c.workflowTemplates();
            throw new AssertionError("expected the call to fail");
        } catch (ClusterException e) {
            assertThat(e.problem().toString()).doesNotContain(Kubeconfigs.TOKEN);
            return e.problem();
        }
    }

    @Test
    void noKubeconfigAnywhereSaysWhereItLooked() {
        ClusterProblem p = connectFails(ConnectionSettings.fromEnvironment(Map.of("HOME", tmp.toString()))
                .withServiceAccountDir(tmp.resolve("sa")));

        assertThat(p.failure()).isEqualTo(ClusterFailure.NO_KUBECONFIG);
        assertThat(p.message()).isEqualTo("no cluster configured: no kubeconfig at " + tmp.resolve(".kube/config")
                + " and not running inside a cluster");
        assertThat(p.hint()).contains("--kubeconfig or KUBECONFIG");
        assertThat(p.exitCode()).isEqualTo(4);
    }

    @Test
    void aKubeconfigGivenButMissingIsUnreadableInput() {
        ClusterProblem p = connectFails(ConnectionSettings.fromEnvironment(Map.of()).withKubeconfig(tmp.resolve("nope")));

        assertThat(p.failure()).isEqualTo(ClusterFailure.KUBECONFIG_UNREADABLE);
        assertThat(p.message()).isEqualTo("cannot read kubeconfig " + tmp.resolve("nope") + ": no such file");
        assertThat(p.exitCode()).isEqualTo(3);
    }

    @Test
    void aFileThatIsNoKubeconfigIsUnreadableInput() throws IOException {
        Path f = Files.writeString(tmp.resolve("kc"), "clusters: [unterminated\n  token: " + Kubeconfigs.TOKEN + "\n");

        ClusterProblem p = connectFails(ConnectionSettings.fromEnvironment(Map.of()).withKubeconfig(f));

        assertThat(p.failure()).isEqualTo(ClusterFailure.KUBECONFIG_UNREADABLE);
        assertThat(p.message()).startsWith("cannot read kubeconfig " + f + ": not a kubeconfig");
    }

    @Test
    void anUnknownContextSuggestsTheClosestKnownOne() {
        Path kc = Kubeconfigs.write(tmp, "https://127.0.0.1:1");

        ClusterProblem p = connectFails(ConnectionSettings.fromEnvironment(Map.of()).withKubeconfig(kc).withContext("mokc"));

        assertThat(p.failure()).isEqualTo(ClusterFailure.UNKNOWN_CONTEXT);
        assertThat(p.message()).isEqualTo("no context \"mokc\" in the kubeconfig");
        assertThat(p.hint()).isEqualTo("did you mean \"mock\"? known contexts: mock, other (kubectl config get-contexts)");
        assertThat(p.exitCode()).isEqualTo(2);
    }

    @Test
    void aCurrentContextThatDoesNotExistIsReportedToo() {
        Path kc = Kubeconfigs.write(tmp, "https://127.0.0.1:1", "gone", "argo");

        assertThat(connectFails(ConnectionSettings.fromEnvironment(Map.of()).withKubeconfig(kc)).failure())
                .isEqualTo(ClusterFailure.UNKNOWN_CONTEXT);
    }

    @Test
    void kubeconfigComesFromTheKubeconfigVariableAndContextsMerge() throws ClusterException {
        Path first = Kubeconfigs.write(tmp, "https://127.0.0.1:1", "other", "x");
        Path dir2 = tmp.resolve("two");
        dir2.toFile().mkdirs();
        Path second = Kubeconfigs.write(dir2, "https://127.0.0.1:2", "mock", "argo");
        ConnectionSettings s = ConnectionSettings.fromEnvironment(Map.of("KUBECONFIG", first + ":" + tmp.resolve("missing") + ":" + second));

        try (ClusterClient c = Clusters.connect(s, Redaction.NONE)) {
            // the first file that sets current-context wins, as in kubectl
            assertThat(c.target().context()).isEqualTo("other");
            assertThat(c.target().namespace()).isEqualTo("default");
            assertThat(c.target().server()).isEqualTo("https://127.0.0.1:1");
        }
        try (ClusterClient c = Clusters.connect(s.withContext("mock"), Redaction.NONE)) {
            // both files define "mock": the first file's definition wins, as in kubectl
            assertThat(c.target().namespace()).isEqualTo("x");
        }
    }

    @Test
    void theDefaultKubeconfigIsUnderHome() throws Exception {
        Path kube = Files.createDirectories(tmp.resolve(".kube"));
        Files.move(Kubeconfigs.write(tmp, "https://127.0.0.1:1"), kube.resolve("config"));

        try (ClusterClient c = Clusters.connect(ConnectionSettings.fromEnvironment(Map.of("HOME", tmp.toString())), Redaction.NONE)) {
            assertThat(c.target().context()).isEqualTo("mock");
        }
    }

    @Test
    void inClusterCredentialsComeFromTheServiceAccount() throws Exception {
        Path sa = Files.createDirectories(tmp.resolve("sa"));
        Files.writeString(sa.resolve("token"), Kubeconfigs.TOKEN);
        Files.writeString(sa.resolve("namespace"), "cf-runtime\n");
        ConnectionSettings s = ConnectionSettings.fromEnvironment(Map.of("HOME", tmp.toString(),
                "KUBERNETES_SERVICE_HOST", "10.0.0.1", "KUBERNETES_SERVICE_PORT", "443")).withServiceAccountDir(sa);

        try (ClusterClient c = Clusters.connect(s, Redaction.NONE)) {
            assertThat(c.target()).isEqualTo(new ClusterTarget("(in-cluster)", "https://10.0.0.1:443", "cf-runtime",
                    "(service account)", "service account token"));
        }
    }

    @Test
    void theTargetDescriptionNeverContainsTheToken() throws ClusterException {
        Path kc = Kubeconfigs.write(tmp, "https://127.0.0.1:1");
        try (ClusterClient c = Clusters.connect(ConnectionSettings.fromEnvironment(Map.of()).withKubeconfig(kc), Redaction.NONE)) {
            assertThat(String.join("\n", c.target().describe())).contains("context:    mock", "credential: bearer token")
                    .doesNotContain(Kubeconfigs.TOKEN);
            assertThat(c.target().toString()).doesNotContain(Kubeconfigs.TOKEN);
        }
    }

    @Test
    void anUnreachableLoopbackPortFailsFastWithExitCodeFour() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path kc = Kubeconfigs.write(tmp, "https://127.0.0.1:" + port);
        long start = System.nanoTime();

        ClusterProblem p = firstCallFails(ConnectionSettings.fromEnvironment(Map.of()).withKubeconfig(kc));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(p.failure()).isEqualTo(ClusterFailure.UNREACHABLE);
        assertThat(p.message()).isEqualTo("cannot reach the API server https://127.0.0.1:" + port
                + " of context \"mock\": connection refused");
        assertThat(p.exitCode()).isEqualTo(4);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerThatNeverAnswersTimesOutAfterTheRequestTimeout() throws Exception {
        // a listening socket nobody accepts from: the TCP handshake completes, no answer ever comes
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Path kc = Kubeconfigs.write(tmp, "https://127.0.0.1:" + silent.getLocalPort());
            long start = System.nanoTime();

            ClusterProblem p = firstCallFails(ConnectionSettings.fromEnvironment(Map.of()).withKubeconfig(kc)
                    .withRequestTimeout(Duration.ofMillis(700)));

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(p.failure()).isEqualTo(ClusterFailure.TIMED_OUT);
            assertThat(p.message()).isEqualTo("the API server https://127.0.0.1:" + silent.getLocalPort()
                    + " did not answer within 700ms");
            assertThat(p.hint()).contains("--request-timeout");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void theConnectTimeoutIsTenSecondsUnlessTheRequestTimeoutIsShorter() {
        ConnectionSettings s = ConnectionSettings.fromEnvironment(Map.of());
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.withRequestTimeout(Duration.ofSeconds(3)).connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.withRequestTimeout(Duration.ZERO).connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
