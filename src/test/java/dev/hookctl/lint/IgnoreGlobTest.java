package dev.hookctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.yaml.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** `ignore:` globs, relative to the configuration's folder; '\' escapes in a glob as in Java's. */
class IgnoreGlobTest {
    private static LintConfig ignoring(Path config, String... globs) {
        return new LintConfig(Optional.of(config), Map.of(), Map.of(), List.of(globs), Optional.empty(), List.of());
    }

    private static boolean ignored(LintConfig config, Path file, String shown) {
        return config.isIgnored(new SourceFile(Optional.of(file), shown, ""));
    }

    @Test
    void aFolderIgnoresEverythingBelowItAndAGlobWhatItMatches(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve(".hookctl.yaml"), "");
        Files.createDirectories(dir.resolve("samples/mistakes/deep"));
        LintConfig c = ignoring(config, "samples/mistakes", "*.json");
        assertThat(ignored(c, dir.resolve("samples/mistakes/deep/x.yaml"), "samples/mistakes/deep/x.yaml")).isTrue();
        assertThat(ignored(c, dir.resolve("samples/ok.yaml"), "samples/ok.yaml")).isFalse();
        assertThat(ignored(c, dir.resolve("top.json"), "top.json")).isTrue();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // there a backslash separates folders
    void aBackslashInANameIsWrittenTwiceInAGlob(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve(".hookctl.yaml"), "");
        Path backslashed = dir.resolve("a\\b.yaml");
        Path other = dir.resolve("ab.yaml");
        Path folder = dir.resolve("we\\ird");
        LintConfig escaped = ignoring(config, "a\\\\b.yaml", "we\\\\ird");
        assertThat(ignored(escaped, backslashed, "a\\b.yaml")).isTrue();
        assertThat(ignored(escaped, other, "ab.yaml")).isFalse();
        assertThat(ignored(escaped, folder.resolve("x.yaml"), "we\\ird/x.yaml")).isTrue();
        // written once, it escapes the next character, for the folder as for the glob
        LintConfig once = ignoring(config, "a\\b.yaml", "we\\ird");
        assertThat(ignored(once, other, "ab.yaml")).isTrue();
        assertThat(ignored(once, folder.resolve("x.yaml"), "we\\ird/x.yaml")).isFalse();
        assertThat(ignored(once, dir.resolve("weird/x.yaml"), "weird/x.yaml")).isTrue();
    }
}
