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

    @Test
    void givenNamesTheFirstConnectionOptionOnTheLineAndNothingWhenNoneIs() {
        assertThat(parse().given()).isEmpty();
        assertThat(parse("-n", "ns").given()).contains("-n/--namespace");
        assertThat(parse("--context", "prod").given()).contains("--context");
        assertThat(parse("--kubeconfig", "kc").given()).contains("--kubeconfig");
        assertThat(parse("--request-timeout", "30s").given()).contains("--request-timeout");
        assertThat(parse().settings(console).orElseThrow().requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aConnectionOptionWithoutClusterIsAUsageErrorWhereItWouldDoNothing(@org.junit.jupiter.api.io.TempDir Path dir) {
        for (String[] line : new String[][] {
            {"lint", "-n", "prod", "."},
            {"lint", "--context", "prod", "."},
            {"simulate", "--request-timeout", "5s"},
            {"render", "h", "--on", "start", "--kubeconfig", "kc.yaml"},
        }) {
            dev.hookctl.testing.Cli.Result r = dev.hookctl.testing.Cli.run(dir, line);
            assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
            assertThat(r.err()).as("%s", r).contains("applies only with --cluster").contains("hint: add --cluster");
        }
        // render's -n is also the Workflow's namespace
        dev.hookctl.testing.Cli.Result render = dev.hookctl.testing.Cli.run(dir, "render", "h", "--on", "start",
                "-n", "ns");
        assertThat(render.err()).as("%s", render).doesNotContain("applies only with --cluster");
    }
}
