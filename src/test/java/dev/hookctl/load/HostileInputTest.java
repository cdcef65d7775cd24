package dev.hookctl.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input yields a diagnostic or a one-line error with the documented exit code, within
 * bounded time, and every other file is still linted. (The timeout guards against hangs; it is a
 * generous bound, not a performance assertion.)
 */
@Timeout(120)
class HostileInputTest {
    private static final String GOOD_WITH_ERROR = """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [qa]
            """;

    @TempDir
    Path dir;

    private void good() throws IOException {
        Files.writeString(dir.resolve("good.yaml"), GOOD_WITH_ERROR);
    }

    private Cli.Result lint() {
        return Cli.run(dir, "lint", "--no-config");
    }

    private static void assertOtherFileStillLinted(Cli.Result r) {
        assertThat(r.out()).as("%s", r).contains("good.yaml:9:19: error:");
        assertThat(r.err()).as("%s", r).doesNotContain("Exception").doesNotContain("internal error");
    }

    @Test
    void deepFlowNestingIsALimitDiagnostic() throws IOException {
        good();
        Files.writeString(dir.resolve("deep.yaml"), "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Cli.Result r = lint();
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains("deep.yaml:1:201: error: the YAML is nested more than 200 levels deep [yaml-limit]");
        assertOtherFileStillLinted(r);
    }

    @Test
    void deepBlockNestingIsALimitDiagnosticToo() throws IOException {
        good();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            b.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Files.writeString(dir.resolve("deep.yaml"), b.toString());
        Cli.Result r = lint();
        assertThat(r.out()).as("%s", r).contains("deep.yaml:").contains("[yaml-limit]");
        assertOtherFileStillLinted(r);
    }

    @Test
    void anAliasBombIsStoppedBeforeItExpands() throws IOException {
        good();
        StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        Files.writeString(dir.resolve("bomb.yaml"), b.toString());
        Cli.Result r = lint();
        assertThat(r.out()).as("%s", r).contains("bomb.yaml:").contains("aliases expand to more than 100000 nodes");
        assertOtherFileStillLinted(r);
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws IOException {
        good();
        Path big = dir.resolve("big.yaml");
        byte[] line = "key: value value value value value value value value value value value\n".getBytes();
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big))) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Cli.Result r = lint();
        assertThat(r.out()).as("%s", r).containsPattern("big\\.yaml:1:1: error: the file is 52,4\\d\\d,\\d\\d\\d bytes");
        assertOtherFileStillLinted(r);
    }

    @Test
    void binaryAndInvalidUtf8FilesGetAnEncodingOrSyntaxDiagnostic() throws IOException {
        good();
        Files.write(dir.resolve("latin1.yaml"), new byte[] {'k', ':', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Files.write(dir.resolve("binary.yaml"), binary);
        Files.write(dir.resolve("nul.yaml"), new byte[] {'a', ':', ' ', 0, 0, '\n'});
        Cli.Result r = lint();
        assertThat(r.out()).as("%s", r)
                .contains("latin1.yaml:1:7: error: the file is not valid UTF-8 (byte 0xE9 at offset 6) [yaml-encoding]")
                .contains("binary.yaml:")
                .contains("nul.yaml:1:4: error: the file contains the control character U+0000");
        assertOtherFileStillLinted(r);
    }

    @Test
    void malformedYamlAndWrongTypesAnywhereAreDiagnostics() throws IOException {
        good();
        Files.writeString(dir.resolve("a.yaml"),
                "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: [1]\nspec: 7\n");
        Files.writeString(dir.resolve("b.yaml"), "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\n"
                + "metadata:\n  name: {a: 1}\nspec:\n  steps: {x: 1}\n  hooks: [1]\n  triggerEnvironment: [dev]\n");
        Files.writeString(dir.resolve("c.yaml"), "key: \"unterminated\n");
        Cli.Result r = lint();
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains("a.yaml:4:7: error: spec must be a mapping, not an integer [wrong-type]")
                .contains("b.yaml:6:10: error: spec.steps must be a list, not a mapping [wrong-type]")
                .contains("c.yaml:");
        assertOtherFileStillLinted(r);
    }

    @Test
    void aSymlinkLoopIsReportedAndExitsThreeAfterLintingTheRest() throws IOException {
        good();
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Cli.Result r = lint();
        assertThat(r.exitCode()).as("%s", r).isEqualTo(3);
        assertThat(r.out()).as("%s", r)
                .contains("sub/loop:1:1: error: cannot read sub/loop: a symbolic link loops back");
        assertOtherFileStillLinted(r);
    }

    @Test
    void aBrokenSymlinkIsReportedWithoutStoppingTheRun() throws IOException {
        good();
        Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("nowhere.yaml"));
        Cli.Result r = lint();
        assertOtherFileStillLinted(r);
    }

    @Test
    void tooManyDocumentsInOneFileIsALimitDiagnostic() throws IOException {
        good();
        Files.writeString(dir.resolve("many.yaml"), "a: 1\n---\n".repeat(10_050));
        Cli.Result r = lint();
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).containsPattern("many\\.yaml:\\d+:\\d+: error: the file holds more than 10000 documents");
        assertOtherFileStillLinted(r);
    }

    @Test
    void manyDocumentsBelowTheLimitAreRead() throws IOException {
        good();
        Files.writeString(dir.resolve("many.yaml"), "a: 1\n---\n".repeat(9_000));
        Cli.Result r = lint();
        assertThat(r.out()).as("%s", r).doesNotContain("many.yaml:").contains("skipped");
        assertOtherFileStillLinted(r);
    }

    /**
     * An entry that cannot be read is reported (exit 3) and the rest is linted. Tests run as root
     * in CI, and permissions do not stop root, so as root the unreadable entry is a link to
     * /proc/self/mem, which every reader gets an I/O error from; otherwise a file with mode 000.
     */
    @Test
    void anUnreadableFileIsReportedAndExitsThreeAfterLintingTheRest() throws IOException {
        good();
        Path unreadable = dir.resolve("secret.yaml");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/mem")), "no /proc");
            Files.createSymbolicLink(unreadable, Path.of("/proc/self/mem"));
        } else {
            Files.writeString(unreadable, "a: 1\n");
            org.junit.jupiter.api.Assumptions.assumeTrue(unreadable.toFile().setReadable(false, false));
        }
        Cli.Result r = lint();
        assertThat(r.exitCode()).as("%s", r).isEqualTo(3);
        assertThat(r.out()).as("%s", r).contains("secret.yaml:1:1: error: cannot read secret.yaml:");
        assertOtherFileStillLinted(r);
    }

    @Test
    void aNamedPipeInAFolderIsNotReadSoTheWalkCannotBlock() throws Exception {
        good();
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Cli.Result r = lint();
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertOtherFileStillLinted(r);
    }
}
