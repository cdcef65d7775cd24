package dev.hookctl.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The {@link ClusterContract} against a real cluster with Argo Workflows: the one of KUBECONFIG (or
 * ~/.kube/config), its current context, namespace HOOKCTL_IT_NAMESPACE (default "argo"). Opt-in only:
 * {@code mvn -Pcluster-it test} (see docs/cluster.md). Argo's controller runs the Workflows, so the
 * wait test takes as long as pulling busybox and running one pod. Everything created is named
 * {@code hookctl-*} and deleted afterwards.
 */
@EnabledIfSystemProperty(named = "hookctl.cluster.it", matches = "true")
class RealClusterIT extends ClusterContract {

    static String namespace() {
        return System.getenv().getOrDefault("HOOKCTL_IT_NAMESPACE", "argo");
    }

    @Override
    ConnectionSettings settings() {
        return ConnectionSettings.fromEnvironment(System.getenv()).withNamespace(namespace());
    }

    @Override
    void finish(String workflow, String phase, String message, String logLine) {
        // the controller runs the inline Workflow, whose only step prints logLine and succeeds
    }

    @AfterAll
    static void removeWhatTheTestsCreated() {
        ConnectionSettings s = ConnectionSettings.fromEnvironment(System.getenv()).withNamespace(namespace());
        try (ClusterClient c = Clusters.connect(s, Redaction.NONE)) {
            KubernetesClient k = ((Fabric8Cluster) c).client();
            for (ResourceDefinitionContext rdc : List.of(ArgoResources.WORKFLOWS, ArgoResources.WORKFLOW_TEMPLATES)) {
                k.genericKubernetesResources(rdc).inNamespace(namespace()).list().getItems().stream()
                        .filter(r -> r.getMetadata().getName().startsWith("hookctl-"))
                        .forEach(r -> k.genericKubernetesResources(rdc).inNamespace(namespace())
                                .withName(r.getMetadata().getName()).delete());
            }
        } catch (ClusterException noCluster) {
            // nothing was created where there is no cluster
        }
    }
}
