package dev.hookctl.cluster;

import dev.hookctl.diag.Suggestions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The wording of every {@link ClusterProblem}: one place, so docs/fire.md can quote it. */
final class Problems {
    private Problems() {}

    static ClusterProblem noKubeconfig(List<Path> looked) {
        return new ClusterProblem(ClusterFailure.NO_KUBECONFIG,
                "no cluster configured: no kubeconfig at " + looked.stream().map(Path::toString)
                        .collect(Collectors.joining(", ")) + " and not running inside a cluster",
                "point --kubeconfig or KUBECONFIG at a kubeconfig file (the one kubectl uses)");
    }

    static ClusterProblem kubeconfigUnreadable(Path file, String why) {
        return new ClusterProblem(ClusterFailure.KUBECONFIG_UNREADABLE,
                "cannot read kubeconfig " + file + ": " + why,
                "check the path and that the file is a kubeconfig (kubectl --kubeconfig " + file + " config view)");
    }

    static ClusterProblem unknownContext(String context, Collection<String> known) {
        String hint = Suggestions.closest(context, known)
                .map(s -> "did you mean \"" + s + "\"? ")
                .orElse("");
        return new ClusterProblem(ClusterFailure.UNKNOWN_CONTEXT,
                "no context \"" + context + "\" in the kubeconfig",
                hint + (known.isEmpty() ? "the kubeconfig has no contexts" : "known contexts: " + String.join(", ", known.stream().sorted().toList()))
                        + " (kubectl config get-contexts)");
    }

    static ClusterProblem noCurrentContext(Collection<String> known) {
        return new ClusterProblem(ClusterFailure.NO_CURRENT_CONTEXT,
                "the kubeconfig sets no current context",
                "pass --context NAME" + (known.isEmpty() ? "" : " (one of: " + String.join(", ", known.stream().sorted().toList()) + ")")
                        + " or run kubectl config use-context NAME");
    }

    static ClusterProblem unreachable(ClusterTarget target, String why) {
        return new ClusterProblem(ClusterFailure.UNREACHABLE,
                "cannot reach the API server " + target.server() + " of context \"" + target.context() + "\": " + why,
                "check the network/VPN and that the cluster is up (kubectl --context " + target.context() + " cluster-info)");
    }

    static ClusterProblem notKubernetes(ClusterTarget target, Optional<String> mediaType) {
        return new ClusterProblem(ClusterFailure.NOT_KUBERNETES,
                "the server at " + target.server() + " (context \"" + target.context() + "\") answered with "
                        + mediaType.map(m -> m + ", not the Kubernetes API").orElse("something other than the Kubernetes API")
                        + " (a proxy or a login page?)",
                "check the server address of that context in the kubeconfig (kubectl config view --minify): it must be"
                        + " the API server, or a proxy that passes the API through once you are logged in");
    }

    static ClusterProblem timedOut(ClusterTarget target, Duration after) {
        return new ClusterProblem(ClusterFailure.TIMED_OUT,
                "the API server " + target.server() + " did not answer within " + Durations.format(after),
                "check the network/VPN, or allow more time with --request-timeout (e.g. --request-timeout 60s)");
    }

    static ClusterProblem unauthorized(ClusterTarget target) {
        return new ClusterProblem(ClusterFailure.UNAUTHORIZED,
                "the API server " + target.server() + " rejected the credentials of context \"" + target.context() + "\" (401 Unauthorized)",
                "log in again or refresh the token of that context (e.g. your cloud CLI's get-credentials), then retry");
    }

    static ClusterProblem forbidden(Access access, String serverMessage) {
        String scope = access.namespace().isEmpty() ? "cluster-wide" : "in namespace \"" + access.namespace() + "\"";
        return new ClusterProblem(ClusterFailure.FORBIDDEN,
                "not allowed to " + access.verb() + " " + access.resource() + " " + scope + " (403 Forbidden)"
                        + (serverMessage.isEmpty() ? "" : ": " + serverMessage),
                "ask for an RBAC Role granting verb \"" + access.verb() + "\" on \"" + access.resource() + "\" " + scope
                        + "; check with: kubectl auth can-i " + access.verb() + " " + access.resource()
                        + (access.namespace().isEmpty() ? "" : " -n " + access.namespace()));
    }

    static ClusterProblem namespaceNotFound(String namespace) {
        return new ClusterProblem(ClusterFailure.NAMESPACE_NOT_FOUND,
                "namespace \"" + namespace + "\" does not exist in the cluster",
                "pass -n with the namespace of the Argo/Codefresh runtime (kubectl get namespaces)");
    }

    static ClusterProblem templateNotFound(String kind, String name, String namespace) {
        String where = namespace.isEmpty() ? "in the cluster" : "in namespace \"" + namespace + "\"";
        return new ClusterProblem(ClusterFailure.TEMPLATE_NOT_FOUND,
                kind + " \"" + name + "\" is not installed " + where + ", so a Workflow referring to it would fail",
                "re-run with --apply to install it from your checkout first, or check -n/--namespace");
    }

    static ClusterProblem nameTaken(String kind, String name, String namespace) {
        return new ClusterProblem(ClusterFailure.NAME_TAKEN,
                kind + " \"" + name + "\" already exists in namespace \"" + namespace + "\" (409 Conflict)",
                "choose another name, or leave the name out so the API server generates one (metadata.generateName)");
    }

    static ClusterProblem argoNotInstalled(ClusterTarget target) {
        return new ClusterProblem(ClusterFailure.ARGO_NOT_INSTALLED,
                "the cluster of context \"" + target.context() + "\" does not know Argo Workflows (no API group argoproj.io/v1alpha1)",
                "install Argo Workflows or the Codefresh GitOps runtime, or pick the right --context (kubectl get crd workflows.argoproj.io)");
    }

    static ClusterProblem admissionDenied(String serverMessage) {
        return new ClusterProblem(ClusterFailure.ADMISSION_DENIED,
                "an admission webhook refused the request: " + serverMessage,
                "change the hook so that it satisfies the cluster's policy, or ask its owners for an exception");
    }

    static ClusterProblem rejected(String kind, int code, String serverMessage) {
        return new ClusterProblem(ClusterFailure.REJECTED,
                "the API server rejected the " + kind + " (" + code + "): " + serverMessage,
                "fix the " + kind + " (hookctl lint shows most mistakes offline) and retry; --dry-run=server checks without creating");
    }

    static ClusterProblem serverError(ClusterTarget target, int code, String serverMessage) {
        return new ClusterProblem(ClusterFailure.SERVER_ERROR,
                "the API server " + target.server() + " failed (" + code + ")" + (serverMessage.isEmpty() ? "" : ": " + serverMessage),
                "retry in a moment; if it persists, the cluster administrators should look at the API server");
    }

    static ClusterProblem watchLost(String name, String namespace, String why) {
        return new ClusterProblem(ClusterFailure.WATCH_LOST,
                "lost the watch on Workflow \"" + name + "\" and could not resume it: " + why
                        + "; the Workflow keeps running",
                "follow it with: argo watch " + name + " -n " + namespace + "  (or kubectl get workflow " + name + " -n " + namespace + " -w)");
    }

    static ClusterProblem workflowDeleted(String name, String namespace) {
        return new ClusterProblem(ClusterFailure.WORKFLOW_DELETED,
                "Workflow \"" + name + "\" was deleted from namespace \"" + namespace + "\" while waiting for it",
                "someone or a TTL/GC policy removed it; look for its pods with: kubectl get pods -n " + namespace
                        + " -l workflows.argoproj.io/workflow=" + name);
    }
}
