package dev.hookctl.cluster;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers the media type of the last answer that no Kubernetes API server gives: not JSON, YAML or
 * protobuf (a login page or a proxy's own page at the kubeconfig's server address). fabric8 only
 * reports that such a body could not be decoded, without its Content-Type, so
 * {@link FailureTranslator} asks here to say what came back. Pod logs (text/plain) are real answers
 * and are not recorded.
 */
final class ForeignAnswers implements Interceptor {
    static final String NAME = "hookctl-foreign-answers";

    private final AtomicReference<String> last = new AtomicReference<>();

    @Override
    public void after(HttpRequest request, HttpResponse<?> response, AsyncBody.Consumer<List<ByteBuffer>> consumer) {
        String type = response.header("Content-Type");
        if (type == null || request.uri().getPath().endsWith("/log")) {
            return;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.isEmpty() && !media.contains("json") && !media.contains("yaml") && !media.contains("protobuf")) {
            last.set(media);
        }
    }

    /** The media type of the last such answer, if there was one. */
    Optional<String> last() {
        return Optional.ofNullable(last.get());
    }
}
