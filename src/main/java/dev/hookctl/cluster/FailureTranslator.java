package dev.hookctl.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * Maps what fabric8 throws to the {@link ClusterProblem} a user can act on. The HTTP status and the
 * Kubernetes {@code Status} body decide; the request being made (verb, resource, namespace) fills in
 * what RBAC needs, since a 403 is only useful if it says which permission is missing.
 */
final class FailureTranslator {
    private final ClusterTarget target;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final BooleanSupplier argoInstalled;
    private final Supplier<Optional<String>> foreignAnswer;

    FailureTranslator(ClusterTarget target, Duration connectTimeout, Duration requestTimeout, BooleanSupplier argoInstalled,
                      Supplier<Optional<String>> foreignAnswer) {
        this.target = target;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.argoInstalled = argoInstalled;
        this.foreignAnswer = foreignAnswer;
    }

    /**
     * @param access what was being done, for RBAC hints
     * @param kind   the kind of the object involved (Workflow, WorkflowTemplate), for messages
     * @param name   its name, when known ("" otherwise)
     */
    ClusterProblem translate(KubernetesClientException e, Access access, String kind, String name) {
        int code = e.getCode();
        if (code <= 0) {
            return transport(e);
        }
        Status status = e.getStatus();
        String serverMessage = status != null && status.getMessage() != null ? status.getMessage() : "";
        String lower = serverMessage.toLowerCase(Locale.ROOT);
        if (lower.contains("admission webhook") && lower.contains("denied")
                || lower.contains("validatingadmissionpolicy") && lower.contains("denied")) {
            return Problems.admissionDenied(serverMessage);
        }
        switch (code) {
            case 401:
                return Problems.unauthorized(target);
            case 403:
                return Problems.forbidden(access, serverMessage);
            case 404:
                return notFound(status, access, kind, name);
            case 409:
                return Problems.nameTaken(kind, name.isEmpty() ? detailsName(status) : name, access.namespace());
            case 400:
            case 422:
                return Problems.rejected(kind, code, serverMessage.isEmpty() ? KubeconfigResolver.firstLine(e.getMessage()) : serverMessage);
            default:
                return Problems.serverError(target, code, serverMessage);
        }
    }

    private ClusterProblem notFound(Status status, Access access, String kind, String name) {
        if (status != null && status.getDetails() != null && "namespaces".equals(status.getDetails().getKind())) {
            return Problems.namespaceNotFound(status.getDetails().getName());
        }
        boolean kubernetesStatus = status != null && "NotFound".equals(status.getReason()) && status.getDetails() != null;
        if (!kubernetesStatus && !argoInstalled.getAsBoolean()) {
            return Problems.argoNotInstalled(target);
        }
        if (kind.endsWith("WorkflowTemplate")) {
            return Problems.templateNotFound(kind, name, kind.startsWith("Cluster") ? "" : access.namespace());
        }
        String message = status != null && status.getMessage() != null ? status.getMessage() : kind + " \"" + name + "\" not found";
        return Problems.rejected(kind, 404, message);
    }

    private static String detailsName(Status status) {
        return status != null && status.getDetails() != null && status.getDetails().getName() != null
                ? status.getDetails().getName() : "";
    }

    /**
     * No usable HTTP answer: the cause chain says whether it was refused, unknown, TLS or slow, or
     * whether something answered whose body is no Kubernetes object (fabric8 then fails to decode it:
     * a login page or a proxy at the server address), which is not "cannot reach".
     */
    ClusterProblem transport(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return Problems.notKubernetes(target, foreignAnswer.get());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return Problems.timedOut(target, connectTimeout);
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return Problems.timedOut(target, requestTimeout);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return Problems.unreachable(target, "connection refused");
            }
            if (t instanceof UnknownHostException) {
                return Problems.unreachable(target, "unknown host " + t.getMessage());
            }
            if (t instanceof SSLException) {
                return Problems.unreachable(target, "TLS handshake failed (" + KubeconfigResolver.firstLine(String.valueOf(t.getMessage())) + ")");
            }
        }
        return Problems.unreachable(target, KubeconfigResolver.firstLine(KubeconfigResolver.rootMessage(e)));
    }
}
