package dev.hookctl.testing;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.lint.LintConfig;
import dev.hookctl.lint.LintReport;
import dev.hookctl.lint.Linter;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.load.Document;
import dev.hookctl.load.Loader;
import dev.hookctl.load.LoadResult;
import dev.hookctl.yaml.SourceFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test helper: lint YAML given as text, as if it came from standard input. */
public final class Lint {
    private Lint() {}

    public static LintReport text(String yaml) {
        return text(yaml, LintConfig.EMPTY);
    }

    public static LintReport text(String yaml, LintConfig config) {
        Loader loader = new Loader(Path.of("").toAbsolutePath(),
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        try {
            LoadResult load = loader.load(List.of("-"));
            return new Linter(RuleRegistry.standard()).lint(load, config);
        } catch (Loader.MissingInputException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Lints an example as documented in a rule: when its first line is "# file: PATH", it is
     * written to PATH under a temporary folder (for rules that depend on where a file lives).
     */
    public static LintReport example(String yaml, LintConfig config) {
        return new Linter(RuleRegistry.standard()).lint(loadExample(yaml), config);
    }

    /** Loads an example as {@link #example} lints it. */
    public static LoadResult loadExample(String yaml) {
        try {
            if (!yaml.startsWith("# file: ")) {
                return new Loader(Path.of("").toAbsolutePath(),
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).load(List.of("-"));
            }
            String path = yaml.substring("# file: ".length(), yaml.indexOf('\n')).trim();
            Path dir = java.nio.file.Files.createTempDirectory("hookctl-example");
            Path file = dir.resolve(path);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, yaml);
            return new Loader(dir, new ByteArrayInputStream(new byte[0])).load(List.of("."));
        } catch (java.io.IOException | Loader.MissingInputException e) {
            throw new AssertionError(e);
        }
    }

    /** "line:col rule-id" for each diagnostic, the compact form tests compare. */
    public static List<String> brief(LintReport report) {
        return report.diagnostics().stream().map(Lint::brief).toList();
    }

    public static String brief(Diagnostic d) {
        return d.location().span().line() + ":" + d.location().span().column() + " " + d.ruleId();
    }

    /** The documents of a YAML text, for tests of model views and Argo checks. */
    public static List<Document> documents(String yaml) {
        Loader loader = new Loader(Path.of("").toAbsolutePath(),
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        try {
            return loader.load(List.of("-")).documents();
        } catch (Loader.MissingInputException e) {
            throw new AssertionError(e);
        }
    }

    public static SourceFile source(String name, String text) {
        return new SourceFile(Optional.empty(), name, text);
    }
}
