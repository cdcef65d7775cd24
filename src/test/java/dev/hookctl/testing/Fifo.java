package dev.hookctl.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A named pipe with a text behind it: what a command gets from a shell's process substitution, {@code <(...)}. */
public final class Fifo {
    private Fifo() {}

    /**
     * Makes a FIFO at {@code path} and writes {@code text} into it once a reader opens it. Skips the
     * test where there is no {@code mkfifo}.
     */
    public static Path feeding(Path path, String text) throws InterruptedException {
        int made;
        try {
            made = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeTrue(made == 0, "mkfifo cannot make a named pipe here");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(path, text, StandardCharsets.UTF_8); // blocks until the command opens it
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "fifo-writer");
        writer.setDaemon(true); // a command that never reads the pipe leaves it blocked, not the test run
        writer.start();
        return path;
    }
}
