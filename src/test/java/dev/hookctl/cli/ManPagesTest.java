package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/man/ holds one page per command, generated from the command model, and nothing stale. */
class ManPagesTest {
    private static final Path MAN = Path.of("docs", "man").toAbsolutePath();

    private static Map<String, String> generated() {
        PrintWriter sink = new PrintWriter(java.io.OutputStream.nullOutputStream());
        Console console = new Console(java.io.InputStream.nullInputStream(), sink, sink, Path.of(""), Map.of(),
                false, false);
        return ManPages.pages(Main.commandLine(console).getCommandSpec(), Version.value());
    }

    @Test
    void everyPageIsCurrent() throws IOException {
        for (Map.Entry<String, String> page : generated().entrySet()) {
            Golden.assertMatches(MAN.resolve(page.getKey()), page.getValue(),
                    "docs/man is stale: run mvn test -Dgolden.update=true");
        }
    }

    @Test
    void thereIsAPageForEachVisibleCommandAndNoOther() throws IOException {
        Map<String, String> pages = generated();
        if (Golden.updating()) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Golden.assertMatches(MAN.resolve(page.getKey()), page.getValue(), "");
            }
            try (Stream<Path> files = Files.list(MAN)) {
                for (Path f : files.toList()) {
                    if (!pages.containsKey(f.getFileName().toString())) {
                        Files.delete(f);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(MAN)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(pages.keySet());
        }
        assertThat(pages).containsKeys("hookctl.1", "hookctl-lint.1", "hookctl-completion.1")
                .doesNotContainKey("hookctl-__complete.1");
        assertThat(pages.get("hookctl-lint.1")).contains(".SH OPTIONS").contains("\\-\\-format")
                .contains(".SH EXIT STATUS");
    }
}
