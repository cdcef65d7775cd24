package dev.hookctl.term;

import java.io.PrintWriter;

/**
 * The one-line progress display of a wait. On a terminal the line is redrawn in place (carriage
 * return, erase line) and log lines are printed above it; elsewhere (CI logs, pipes) each significant
 * change is its own plain line and time-only updates are dropped. Plain ANSI: no jline needed.
 */
public final class ProgressLine {
    private static final String ERASE = "\r\u001b[K";

    private final PrintWriter status;
    private final PrintWriter output;
    private final boolean terminal;
    private final int width;
    private String shown = "";

    /**
     * @param status   where the progress goes (stderr)
     * @param output   where log lines go (stdout)
     * @param terminal whether both end on a terminal, so the line can be redrawn
     * @param width    terminal width; longer lines are cut so they never wrap
     */
    public ProgressLine(PrintWriter status, PrintWriter output, boolean terminal, int width) {
        this.status = status;
        this.output = output;
        this.terminal = terminal;
        this.width = Math.max(20, width);
    }

    /** Shows the current state; {@code significant} is false when only the elapsed time moved. */
    public synchronized void show(String line, boolean significant) {
        if (terminal) {
            shown = line.length() >= width ? line.substring(0, width - 1) : line;
            status.print(ERASE + shown);
            status.flush();
        } else if (significant) {
            status.println(line);
            status.flush();
        }
    }

    /** Prints a log line to the output, keeping the progress line below it on a terminal. */
    public synchronized void println(String line) {
        if (terminal && !shown.isEmpty()) {
            status.print(ERASE);
            status.flush();
        }
        output.println(line);
        output.flush();
        if (terminal && !shown.isEmpty()) {
            status.print(shown);
            status.flush();
        }
    }

    /** Prints a notice (stderr) above the progress line. */
    public synchronized void notice(String line) {
        if (terminal && !shown.isEmpty()) {
            status.print(ERASE);
        }
        status.println(line);
        if (terminal && !shown.isEmpty()) {
            status.print(shown);
        }
        status.flush();
    }

    /** Ends the display: on a terminal the last state stays, followed by a newline. */
    public synchronized void finish() {
        if (terminal && !shown.isEmpty()) {
            status.println();
            status.flush();
        }
        shown = "";
    }
}
