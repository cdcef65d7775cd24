package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.cluster.ConnectionSettings;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ClusterOptionsTest {
    @Command(name = "probe")
    static final class Probe {
        @Mixin
        ClusterOptions cluster;
    }

    final Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()), Path.of("/work/dir"), Map.of("KUBECONFIG", "/env/kc"), false, false);

    ClusterOptions parse(String... args) {
        Probe p = new Probe();
        new CommandLine(p).parseArgs(args);
        return p.cluster;
    }

    @Test
    void kubectlOptionsBecomeConnectionSettingsWithPathsFromTheWorkingDirectory() {
        ConnectionSettings s = parse("--kubeconfig", "kc.yaml", "--context", "prod", "-n", "cf-runtime",
                "--request-timeout", "5s").settings(console).orElseThrow();

        assertThat(s.kubeconfig()).contains(Path.of("/work/dir/kc.yaml"));
        assertThat(s.context()).contains("prod");
        assertThat(s.namespace()).contains("cf-runtime");
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.environment()).containsEntry("KUBECONFIG", "/env/kc");
    }

    @Test
    void withoutOptionsKubectlsDefaultsApply() {
        ConnectionSettings s = parse().settings(console).orElseThrow();

        assertThat(s.kubeconfig()).isEmpty();
        assertThat(s.context()).isEmpty();
        assertThat(s.namespace()).isEmpty();
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRequestTimeoutThatIsNoDurationGivesNoSettings() {
        assertThat(parse("--request-timeout", "soon").settings(console)).isEmpty();
    }
}
