package dev.hookctl.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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

    /** A keyboard: what is typed is read in order, and reading waits for more until it is closed, as a tty's does. */
    static final class Keyboard extends InputStream {
        private final BlockingQueue<Integer> keys = new LinkedBlockingQueue<>();

        void type(String text) {
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                keys.add(b & 0xff);
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return keys.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }

        /** What has been typed, at least one key: the terminal reads in blocks and must not wait for a full one. */
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int first = read();
            if (first < 0) {
                return -1;
            }
            b[off] = (byte) first;
            int n = 1;
            for (Integer next = keys.peek(); n < len && next != null && next >= 0; next = keys.peek()) {
                b[off + n++] = (byte) (int) keys.poll();
            }
            return n;
        }

        @Override
        public void close() {
            keys.add(-1);
        }
    }

    /**
     * A prompter on {@code keyboard}, on which {@code keys} are typed once {@code prompt} is on the
     * screen: the line reader listens for Ctrl-C only while it reads, and draws the prompt after it
     * starts listening.
     */
    Prompter typingAfterPrompt(String prompt, String keys, Keyboard keyboard) throws Exception {
        Prompter p = Prompts.onStreams(keyboard, screen);
        Thread t = new Thread(() -> {
            try {
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!screen().contains(prompt)) {
                    if (System.nanoTime() > deadline) {
                        // a prompt drawn otherwise: end the input, so the reader returns and the test says what it saw
                        System.err.println("PromptsTest: no \"" + prompt + "\" on the screen after 10 s: " + screen());
                        keyboard.close();
                        return;
                    }
                    Thread.sleep(5);
                }
                keyboard.type(keys);
            } catch (InterruptedException e) {
                keyboard.close();
            }
        }, "typist");
        t.setDaemon(true);
        t.start();
        return p;
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without the interrupt it waits for more keys
    void ctrlCAtAQuestionOrTheConfirmationIsAnInterruptNotAnEmptyAnswer() throws Exception {
        try (Keyboard keyboard = new Keyboard(); Prompter p = typingAfterPrompt("CHANNEL: ", "ab\u0003", keyboard)) {
            assertThat(p.ask("CHANNEL", "", List.of(), false)).isEmpty();
            assertThat(p.interrupted()).isTrue();
        }
        try (Keyboard keyboard = new Keyboard(); Prompter p = typingAfterPrompt("[y/N]", "y\u0003", keyboard)) {
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
