package dev.hookctl.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process surroundings a command may use: streams, working directory, environment and
 * whether standard output/input are terminals. Tests build one with captured streams.
 */
public record Console(InputStream in, PrintWriter out, PrintWriter err, Path workingDirectory,
                      Map<String, String> environment, boolean stdoutIsTerminal, boolean stdinIsTerminal) {

    public Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isEmpty());
    }

    /** Colour is for terminals only, and never when NO_COLOR is set (https://no-color.org). */
    public boolean colorAllowed(boolean noColorFlag) {
        return stdoutIsTerminal && !noColorFlag && env("NO_COLOR").isEmpty() && !"dumb".equals(environment.get("TERM"));
    }

    /** Prints a note: something the user may not expect, which is not an error. */
    public void note(String message) {
        err.println("hookctl: note: " + message);
        err.flush();
    }

    /** Prints a warning (something is wrong, but the command goes on) and, when there is one, its hint. */
    public void warning(String message, String hint) {
        err.println("hookctl: warning: " + message);
        if (hint != null && !hint.isEmpty()) {
            err.println("hint: " + hint);
        }
        err.flush();
    }

    /** Prints the two-line user error: what is wrong, then how to fix it. */
    public void error(String message, String hint) {
        err.println("hookctl: " + message);
        if (hint != null && !hint.isEmpty()) {
            err.println("hint: " + hint);
        }
        err.flush();
    }
}
