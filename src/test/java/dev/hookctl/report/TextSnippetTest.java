package dev.hookctl.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text format's caret line is measured in terminal cells, so it stays under the text it marks. */
class TextSnippetTest {
    @Test
    void wideCharactersBeforeTheFindingMoveTheCaretTwoCellsEach(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("flow.yaml"), """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata:
                  name: wide
                spec:
                  triggerEnvironment: dev
                  steps:
                    - {environment: "\uD83D\uDE80\uD83D\uDE80", dependsOn: [日本, nope]}
                """);
        Cli.Result r = Cli.run(dir, "lint", "--no-config", "--no-color", "flow.yaml");
        assertThat(r.out()).as("%s", r).contains("flow.yaml:8:43: error: dependsOn names \"nope\"");
        // before "nope": 21 one-cell characters, two emoji, 15 one-cell, two CJK, ", "
        String marks = "     | " + " ".repeat(21 + 4 + 15 + 4 + 2) + "^~~~\n";
        String source = "   8 |     - {environment: \"\uD83D\uDE80\uD83D\uDE80\", dependsOn: [日本, nope]}\n";
        assertThat(r.out()).as("%s", r).contains(source + marks);
        // and under "日本" the mark is two cells per character
        assertThat(r.out()).as("%s", r).contains(source + "     | " + " ".repeat(21 + 4 + 15) + "^~~~\n");
    }

    @Test
    void combiningMarksTakeNoCell() {
        assertThat(TextReporter.cellWidth('a')).isEqualTo(1);
        assertThat(TextReporter.cellWidth(0x0301)).isZero(); // combining acute accent
        assertThat(TextReporter.cellWidth(0x200d)).isZero(); // zero-width joiner
        assertThat(TextReporter.cellWidth(0xfe0f)).isZero(); // emoji presentation selector
        assertThat(TextReporter.cellWidth('é')).isEqualTo(1);
        assertThat(TextReporter.cellWidth('日')).isEqualTo(2);
        assertThat(TextReporter.cellWidth(0xff21)).isEqualTo(2); // full-width A
        assertThat(TextReporter.cellWidth(0x1f680)).isEqualTo(2); // rocket
    }
}
