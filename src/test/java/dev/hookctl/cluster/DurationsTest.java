package dev.hookctl.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void kubectlAndArgoSpellingsParse() {
        assertThat(Durations.parse("30")).contains(Duration.ofSeconds(30));
        assertThat(Durations.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parse("1m30s")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parse("2h")).contains(Duration.ofHours(2));
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("1.5m")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parse("0")).contains(Duration.ZERO);
    }

    @Test
    void nonsenseDoesNotParse() {
        assertThat(Durations.parse("")).isEmpty();
        assertThat(Durations.parse("10x")).isEmpty();
        assertThat(Durations.parse("m")).isEmpty();
        assertThat(Durations.parse("5s ago")).isEmpty();
    }

    @Test
    void formattingIsShort() {
        assertThat(Durations.format(Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(Durations.format(Duration.ofSeconds(12))).isEqualTo("12s");
        assertThat(Durations.format(Duration.ofSeconds(185))).isEqualTo("3m05s");
        assertThat(Durations.format(Duration.ofMinutes(62))).isEqualTo("1h02m");
    }
}
