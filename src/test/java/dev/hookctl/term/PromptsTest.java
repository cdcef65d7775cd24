package dev.hookctl.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

    /** Keys typed on a terminal that stays open: the input does not end after them, as a tty's does not. */
    Prompter typingOnOpenTerminal(String keys, PipedOutputStream stillOpen) throws Exception {
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                new PipedInputStream(stillOpen));
        return Prompts.onStreams(in, screen);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without the interrupt it waits for more keys
    void ctrlCAtAQuestionOrTheConfirmationIsAnInterruptNotAnEmptyAnswer() throws Exception {
        try (PipedOutputStream open = new PipedOutputStream(); Prompter p = typingOnOpenTerminal("ab\u0003", open)) {
            assertThat(p.ask("CHANNEL", "", List.of(), false)).isEmpty();
            assertThat(p.interrupted()).isTrue();
        }
        try (PipedOutputStream open = new PipedOutputStream(); Prompter p = typingOnOpenTerminal("y\u0003", open)) {
            assertThat(p.confirm(new FiringSummary("c", "n", "h", "e", List.of()))).isFalse();
            assertThat(p.interrupted()).isTrue();
        }
        try (Prompter p = typing("\r")) {
            assertThat(p.ask("CHANNEL", "", List.of(), false)).isEmpty();
            assertThat(p.interrupted()).as("an empty answer is not an interrupt").isFalse();
        }
    }

    @Test
    void thereIsNoPrompterWhenStdinIsNotATerminal() throws Exception {
        assertThat(Prompts.open(false)).isEmpty();
    }
}
