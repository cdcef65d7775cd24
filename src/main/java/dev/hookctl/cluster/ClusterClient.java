package dev.hookctl.cluster;

import java.util.List;
import java.util.Map;

/**
 * A connection to one cluster and namespace, for firing hooks. Everything in and out is plain Java
 * (Map trees as {@code YamlNode.toPlain} makes them, records): no fabric8 type crosses this
 * interface, so the CLI can hold it without loading the client library until it connects.
 * Every failure is a {@link ClusterException} carrying a {@link ClusterProblem}.
 */
public interface ClusterClient extends AutoCloseable {

    /** Context, server, namespace and user this client talks to; safe to print. */
    ClusterTarget target();

    /**
     * Creates or updates a WorkflowTemplate (kind WorkflowTemplate or ClusterWorkflowTemplate) from
     * a plain tree, like {@code kubectl apply}. A namespaced template goes into {@link #target()}'s namespace.
     */
    Applied apply(Map<String, ?> template, boolean dryRun) throws ClusterException;

    /**
     * Creates a Workflow from a plain tree (apiVersion argoproj.io/v1alpha1, kind Workflow, usually
     * metadata.generateName) in the target namespace. With {@link SubmitOptions#checkTemplateRef()}
     * a missing {@code workflowTemplateRef} target is reported as {@link ClusterFailure#TEMPLATE_NOT_FOUND}.
     */
    Submitted submit(Map<String, ?> workflow, SubmitOptions options) throws ClusterException;

    /**
     * Watches the Workflow until it completes, the timeout passes or {@code options.cancel()} fires,
     * streaming the {@code main} container logs of its pods to the listener when asked. A dropped watch
     * is resumed (re-list, re-watch from the last resourceVersion).
     */
    WaitOutcome await(String workflowName, WaitOptions options, WaitListener listener) throws ClusterException;

    /** The WorkflowTemplates of the target namespace, as plain trees, by name. */
    List<Map<String, Object>> workflowTemplates() throws ClusterException;

    /** Releases the HTTP client; never throws. */
    @Override
    void close();
}
