package dev.hookctl.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compares output with a committed file, or rewrites the file when the build runs
 * with -Dgolden.update=true (the diff is then reviewed like code).
 */
public final class Golden {
    private Golden() {}

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    public static void assertMatches(Path golden, String actual, Object context) throws IOException {
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s is missing; run with -Dgolden.update=true to create it", golden)
                .exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from %s (rerun with -Dgolden.update=true to accept)%n%s", golden,
                context).isEqualTo(expected);
    }

    /** The test resources folder in the source tree (goldens are rewritten there, not in target/). */
    public static Path resources() {
        return Path.of("src", "test", "resources").toAbsolutePath();
    }
}
