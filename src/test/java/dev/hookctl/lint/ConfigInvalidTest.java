package dev.hookctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in .hookctl.yaml are config-invalid findings at their place; the rest of it still applies. */
class ConfigInvalidTest {
    private static final String FLOW = """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev, dev]
            """;

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void anIgnoreEntryThatIsNoGlobIsReportedAtItsPlaceAndTheRestStillApplies() throws IOException {
        write("flows/a.yaml", FLOW);
        write("mistakes/b.yaml", "kind: [\n");
        write(".hookctl.yaml", """
                ignore: ["[unclosed", "{a,b", mistakes/**]
                rules:
                  depends-on-duplicate: error
                """);
        Cli.Result r = Cli.run(dir, "lint", ".");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).as("%s", r).doesNotContain("internal error");
        assertThat(r.out()).as("%s", r)
                .contains(".hookctl.yaml:1:10: error: ignore entry \"[unclosed\" is not a valid glob: Missing ']' "
                        + "[config-invalid]")
                .contains(".hookctl.yaml:1:23: error: ignore entry \"{a,b\" is not a valid glob: Missing '}' "
                        + "[config-invalid]")
                .contains("hint: in a glob * ? [ ] { } and \\ are special")
                // the severity still applies, the valid glob still ignores, and the lint still runs
                .contains("flows/a.yaml:9:24: error: \"dev\" is listed twice")
                .doesNotContain("mistakes/b.yaml");
    }

    @Test
    void aFileThatCannotBeReadIsReportedWhateverTheConfigurationSays() throws IOException {
        write("flows/a.yaml", FLOW.replace("[dev, dev]", "[dev]"));
        write("flows/b.yaml", "kind: [\n");
        write(".hookctl.yaml", """
                rules:
                  "*": off
                """);
        Cli.Result r = Cli.run(dir, "lint", ".");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).contains("flows/b.yaml:2:1: error: ").contains("[yaml-syntax]")
                .doesNotContain("config-invalid");

        write(".hookctl.yaml", """
                rules:
                  yaml-syntax: warning
                  io-*: off
                  yaml-*: off
                """);
        r = Cli.run(dir, "lint", ".");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains(".hookctl.yaml:2:3: error: rule \"yaml-syntax\" cannot be turned off or given another "
                        + "severity: a file that cannot be read is not checked at all [config-invalid]")
                .contains(".hookctl.yaml:3:3: error: rule pattern \"io-*\" matches only rules that cannot be turned "
                        + "off or given another severity")
                .contains("hint: remove this setting; a path that should not be linted goes under ignore:")
                .contains("flows/b.yaml:2:1: error: ")
                // the pattern still turns off the other yaml-* rules
                .doesNotContain(".hookctl.yaml:4:");
    }

    @Test
    void anUnknownPlaceholderOfTheReleaseUrlTemplateIsReportedWithTheKnownOnes() throws IOException {
        write("flows/a.yaml", FLOW.replace("[dev, dev]", "[dev]"));
        write(".hookctl.yaml", """
                release:
                  urlTemplate: "https://x/{product}/{nope}/{releaseId}/{flw}"
                """);
        Cli.Result r = Cli.run(dir, "lint", ".");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains(".hookctl.yaml:2:37: error: unknown placeholder {nope} in release.urlTemplate: it would "
                        + "stay in RELEASE_URL as written [config-invalid]")
                .contains("hint: known placeholders: {product}, {releaseId}, {flow}")
                .contains(".hookctl.yaml:2:56: error: unknown placeholder {flw} in release.urlTemplate")
                .contains("hint: did you mean \"{flow}\"? known placeholders: {product}, {releaseId}, {flow}");

        write(".hookctl.yaml", "release:\n  urlTemplate: \"https://x/{product}/{releaseId}?flow={flow}\"\n");
        Cli.Result clean = Cli.run(dir, "lint", ".");
        assertThat(clean.exitCode()).as("%s", clean).isZero();
    }

    @Test
    void withWrongTypeOffAnUnquotedHookNameIsStillReportedAsNamingNoHook() throws IOException {
        String flow = FLOW.replace("  triggerEnvironment: dev\n", "  triggerEnvironment: dev\n  hooks:\n    onFail: true\n")
                .replace("[dev, dev]", "[dev]");
        write("flows/a.yaml", flow);
        dev.hookctl.testing.Cli.Result on = dev.hookctl.testing.Cli.run(dir, "lint", "--no-config", ".");
        assertThat(on.out()).as("%s", on).contains("[wrong-type]").doesNotContain("[hook-unresolved]");
        write(".hookctl.yaml", "rules:\n  wrong-type: off\n");
        dev.hookctl.testing.Cli.Result off = dev.hookctl.testing.Cli.run(dir, "lint", ".");
        assertThat(off.exitCode()).as("%s", off).isEqualTo(1);
        assertThat(off.out()).as("%s", off).contains("hook \"true\"").contains("[hook-unresolved]")
                .doesNotContain("[wrong-type]");
    }
}
