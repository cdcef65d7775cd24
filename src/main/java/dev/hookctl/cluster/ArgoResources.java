package dev.hookctl.cluster;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * Argo's resources as fabric8 generic resources. Passing the definition explicitly spares a discovery
 * round trip and works where discovery does not know the group (the mock server, peers.md gotcha 3).
 */
final class ArgoResources {
    static final String API_VERSION = "argoproj.io/v1alpha1";

    static final ResourceDefinitionContext WORKFLOWS = context("Workflow", "workflows", true);
    static final ResourceDefinitionContext WORKFLOW_TEMPLATES = context("WorkflowTemplate", "workflowtemplates", true);
    static final ResourceDefinitionContext CLUSTER_WORKFLOW_TEMPLATES =
            context("ClusterWorkflowTemplate", "clusterworkflowtemplates", false);

    private ArgoResources() {}

    private static ResourceDefinitionContext context(String kind, String plural, boolean namespaced) {
        return new ResourceDefinitionContext.Builder()
                .withGroup("argoproj.io").withVersion("v1alpha1")
                .withKind(kind).withPlural(plural).withNamespaced(namespaced)
                .build();
    }

    /** RBAC's name of a resource: {@code workflows.argoproj.io}. */
    static String rbacName(ResourceDefinitionContext rdc) {
        return rdc.getPlural() + "." + rdc.getGroup();
    }
}
