package dev.hookctl.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value outside a parameter's enum is refused before anything is printed or sent, as Argo would refuse it. */
class EnumValuesTest {
    static final String HOOK = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: h-start
              annotations:
                codefresh.io/workflow-origin: promotion
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              arguments:
                parameters:
                  - name: TEAM
                    value: a
                    enum: [a, b]
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    command: [echo, "{{workflow.parameters.TEAM}}"]
            """;

    @TempDir
    Path dir;

    @Test
    void aValueOutsideTheEnumIsAUsageErrorListingTheAllowedValues() throws IOException {
        Files.writeString(dir.resolve("h.yaml"), HOOK);
        Cli.Result r = Cli.run(dir, "render", "h-start", "--on", "start", "--no-config", "-p", "TEAM=c");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.out()).as("%s", r).isEmpty();
        assertThat(r.err()).as("%s", r).contains("argument TEAM = \"c\" (-p TEAM) is not one of its enum values: a, b");
    }

    @Test
    void aValueInTheEnumRenders() throws IOException {
        Files.writeString(dir.resolve("h.yaml"), HOOK);
        Cli.Result r = Cli.run(dir, "render", "h-start", "--on", "start", "--no-config", "-p", "TEAM=b");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).contains("value: b");
    }
}
