package dev.hookctl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": only names a reader would take for the one meant. */
class SuggestionsTest {
    @Test
    void aOneLetterNameIsSuggestedForNothingAndSuggestsNothing() {
        // onFail: true used to get "did you mean "t"?" from a WorkflowTemplate named t
        assertThat(Suggestions.closest("true", List.of("t"))).isEmpty();
        assertThat(Suggestions.closest("x", List.of("t", "ab"))).isEmpty();
        assertThat(Suggestions.closest("ab", List.of("t"))).isEmpty();
        assertThat(Suggestions.closest("T", List.of("t"))).contains("t");
    }

    @Test
    void typosAndTrailingOffStillGetTheirSuggestion() {
        assertThat(Suggestions.closest("ab", List.of("ac"))).contains("ac");
        assertThat(Suggestions.closest("tru", List.of("true"))).contains("true");
        assertThat(Suggestions.closest("dependOn", List.of("dependsOn", "environment"))).contains("dependsOn");
        assertThat(Suggestions.closest("hook-on-trigger", List.of("hook-on-trigger-env", "flow-no-trigger")))
                .contains("hook-on-trigger-env");
        assertThat(Suggestions.closest("slack", List.of("slack-start-hook"))).contains("slack-start-hook");
        assertThat(Suggestions.closest("qa-eu", List.of("qa", "prod"))).contains("qa");
    }
}
