package dev.hookctl.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** simulate's JSON spells sources differently from its text; docs/simulate.md must map every one. */
class ValueSourceDocsTest {
    @Test
    void docsOfSimulateMapEveryTextSourceToItsJsonName() throws IOException {
        String doc = Files.readString(Path.of("docs", "simulate.md"));
        for (ValueSource s : ValueSource.values()) {
            assertThat(doc).as("row for %s", s).contains("| `[" + s.label() + "]` | `" + s.jsonName() + "` |");
        }
    }

    @Test
    void jsonNamesAreTheContractsSpelling() {
        assertThat(ValueSource.FLAG.jsonName()).isEqualTo("flag");
        assertThat(ValueSource.PROMOTION_CONTEXT.jsonName()).isEqualTo("promotion-context");
        assertThat(ValueSource.PARAMETER_FILE.jsonName()).isEqualTo("parameter-file");
    }
}
