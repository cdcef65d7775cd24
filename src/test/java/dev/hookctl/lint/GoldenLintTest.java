package dev.hookctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Cli;
import dev.hookctl.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden lint sets: every file under lint/ok/ lints clean; every lint/err/NAME.yaml prints
 * exactly lint/err/NAME.out (text format, no colour) and exits 1.
 */
class GoldenLintTest {
    private static final Path ROOT = Golden.resources().resolve("lint");

    @TestFactory
    Stream<DynamicTest> okFilesLintClean() throws IOException {
        return files("ok").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Cli.Result r = Cli.run(ROOT, "lint", "--no-config", "ok/" + f.getFileName());
            assertThat(r.exitCode()).as("%s", r).isZero();
            assertThat(r.out()).as("%s", r).startsWith("no problems");
        }));
    }

    @TestFactory
    Stream<DynamicTest> errFilesPrintTheirGoldenOutput() throws IOException {
        return files("err").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            Cli.Result r = Cli.run(ROOT, "lint", "--no-config", "--fail-on", "info", "err/" + name);
            Path golden = ROOT.resolve("err").resolve(name.replaceFirst("\\.ya?ml$", ".out"));
            Golden.assertMatches(golden, r.out(), r);
            assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
            assertThat(r.err()).as("%s", r).isEmpty();
        }));
    }

    private static Stream<Path> files(String dir) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            return list.stream();
        }
    }
}
