package dev.hookctl.cluster;

import java.util.List;

/**
 * Where a client talks to, as the user should see it before firing: context, API server, namespace,
 * user and the kind of credential. Never the credential itself.
 */
public record ClusterTarget(String context, String server, String namespace, String user, String credentialKind) {

    /** Lines for {@code --verbose} and the confirmation: safe to print. */
    public List<String> describe() {
        return List.of(
                "context:    " + context,
                "server:     " + server,
                "namespace:  " + namespace,
                "user:       " + (user.isEmpty() ? "(none)" : user),
                "credential: " + credentialKind);
    }
}
