package dev.hookctl.yaml;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One input: where it came from, how we show its name, and its text (kept for source snippets
 * and inline suppressions). {@code path} is empty for standard input.
 */
public final class SourceFile {
    private final Optional<Path> path;
    private final String displayPath;
    private final String text;
    private int[] lineStarts;

    public SourceFile(Optional<Path> path, String displayPath, String text) {
        this.path = path;
        this.displayPath = displayPath;
        this.text = text;
    }

    public Optional<Path> path() {
        return path;
    }

    /** The name shown to users: relative to the working directory when possible, '/'-separated. */
    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    /** The text of a 1-based line without its line break, or "" past the end. */
    public String line(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int from = starts[line - 1];
        int to = line < starts.length ? starts[line] : text.length();
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
            to--;
        }
        return text.substring(from, to);
    }

    public int lineCount() {
        return lineStarts().length;
    }

    private synchronized int[] lineStarts() {
        if (lineStarts == null) {
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            int[] starts = new int[n];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
