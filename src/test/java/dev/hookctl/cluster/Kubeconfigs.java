package dev.hookctl.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small kubeconfig files for tests (the cli tests use it too). */
public final class Kubeconfigs {
    public static final String TOKEN = "tok-3f9a1c77e2b04d5a9e61-SECRET";

    private Kubeconfigs() {}

    /** One context "mock" (namespace argo) pointing at {@code server} with a bearer token, plus a second context "other". */
    public static Path write(Path dir, String server) {
        return write(dir, server, "mock", "argo");
    }

    public static Path write(Path dir, String server, String currentContext, String namespace) {
        String text = """
                apiVersion: v1
                kind: Config
                current-context: %s
                clusters:
                - name: mock-cluster
                  cluster:
                    server: %s
                    insecure-skip-tls-verify: true
                - name: other-cluster
                  cluster:
                    server: https://127.0.0.1:1
                contexts:
                - name: mock
                  context:
                    cluster: mock-cluster
                    user: ops
                    namespace: %s
                - name: other
                  context:
                    cluster: other-cluster
                    user: ops
                users:
                - name: ops
                  user:
                    token: %s
                """.formatted(currentContext, server, namespace, TOKEN);
        try {
            Path file = dir.resolve("kubeconfig-" + currentContext);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
