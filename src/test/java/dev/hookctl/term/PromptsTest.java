package dev.hookctl.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** jline prompts driven through streams, as an xterm would send keys. */
class PromptsTest {
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    Prompter typing(String keys) throws Exception {
        return Prompts.onStreams(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen);
    }

    String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tabCompletesAGivenCandidate() throws Exception {
        try (Prompter p = typing("pr\t\r")) {
            assertThat(p.ask("ENVIRONMENT", "", List.of("prod", "staging"), false)).contains("prod");
        }
    }

    @Test
    void aSecretValueIsNeverEchoed() throws Exception {
        try (Prompter p = typing("hunter22-secret\r")) {
            assertThat(p.ask("SLACK_TOKEN", "Slack bot token", List.of(), true)).contains("hunter22-secret");
        }
        assertThat(screen()).contains("SLACK_TOKEN: ").doesNotContain("hunter22-secret");
    }

    @Test
    void anEmptyAnswerIsNoValue() throws Exception {
        try (Prompter p = typing("\r")) {
            assertThat(p.ask("VERSION", "", List.of(), false)).isEmpty();
        }
    }

    @Test
    void theConfirmationShowsWhereAndWhatWithSecretsMaskedAndDefaultsToNo() throws Exception {
        FiringSummary s = new FiringSummary("prod-eu", "cf-runtime", "slack-fail-hook", "fail of environment prod",
                List.of(new Argument("PRODUCT_NAME", "shop", false), new Argument("SLACK_TOKEN", "xoxb-123456", true)));
        try (Prompter p = typing("\r")) {
            assertThat(p.confirm(s)).isFalse();
        }
        assertThat(screen()).contains("context:    prod-eu", "namespace:  cf-runtime", "event:      fail of environment prod",
                "PRODUCT_NAME = shop", "SLACK_TOKEN  = ******", "Fire slack-fail-hook in prod-eu/cf-runtime? [y/N]")
                .doesNotContain("xoxb-123456");
    }

    @Test
    void yesConfirms() throws Exception {
        try (Prompter p = typing("yes\r")) {
            assertThat(p.confirm(new FiringSummary("c", "n", "h", "e", List.of()))).isTrue();
        }
    }

    @Test
    void thereIsNoPrompterWhenStdinIsNotATerminal() throws Exception {
        assertThat(Prompts.open(false)).isEmpty();
    }
}
