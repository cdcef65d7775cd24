package dev.hookctl.cluster;

import java.util.List;
import java.util.Map;

/**
 * A Workflow the API server accepted: its (generated) name, namespace, and the object the server
 * returned, secret values already masked. After a dry run nothing exists in the cluster.
 */
public record Submitted(String name, String namespace, boolean dryRun, Map<String, Object> object) {
    public Submitted {
        object = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(object));
    }

    /** Commands an ops engineer already knows, to follow the Workflow. */
    public List<String> followCommands() {
        return List.of("kubectl get workflow " + name + " -n " + namespace, "argo watch " + name + " -n " + namespace);
    }

    /** The command that stops and removes it. */
    public String deleteCommand() {
        return "kubectl delete workflow " + name + " -n " + namespace;
    }
}
