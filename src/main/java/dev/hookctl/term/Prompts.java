package dev.hookctl.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The way to a {@link Prompter}. jline is only touched when standard input is a terminal: this class
 * has no jline type in its signatures, so commands can refer to it on every path.
 */
public final class Prompts {
    private Prompts() {}

    /** A prompter on the process's terminal, or empty when stdin is not one (CI, pipes, tests). */
    public static Optional<Prompter> open(boolean stdinIsTerminal) throws IOException {
        return stdinIsTerminal ? Optional.of(JLinePrompter.system()) : Optional.empty();
    }

    /** A prompter reading keys from {@code in} and echoing to {@code out} as an xterm would; for tests and scripts. */
    public static Prompter onStreams(InputStream in, OutputStream out) throws IOException {
        return JLinePrompter.streams(in, out);
    }
}
