package dev.hookctl.yaml;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One input: where it came from, how we show its name, and its text (for source snippets, tag
 * positions and inline suppressions). {@code path} is empty for standard input.
 *
 * <p>Lint keeps every file of a repository alive until it reports, but needs the text of only the
 * few files it reports on. A {@link #reloadable} file therefore does not keep its text: it reads
 * it again from disk the first time someone asks (if the file changed in between, a snippet may
 * show the new text; positions still come from the text that was parsed).
 */
public final class SourceFile {
    private final Optional<Path> path;
    private final String displayPath;
    private final boolean mentionsSuppression;
    private volatile String text;
    private int[] lineStarts;

    public SourceFile(Optional<Path> path, String displayPath, String text) {
        this.path = path;
        this.displayPath = displayPath;
        this.text = text;
        this.mentionsSuppression = text.contains(SUPPRESSION_MARK);
    }

    private SourceFile(Path path, String displayPath, boolean mentionsSuppression) {
        this.path = Optional.of(path);
        this.displayPath = displayPath;
        this.mentionsSuppression = mentionsSuppression;
    }

    /** The marker of an inline suppression comment ({@code # hookctl:ignore ...}). */
    public static final String SUPPRESSION_MARK = "hookctl:ignore";

    /** A file on disk whose text, already read once as {@code text}, is read again only when needed. */
    public static SourceFile reloadable(Path path, String displayPath, String text) {
        return new SourceFile(path, displayPath, text.contains(SUPPRESSION_MARK));
    }

    /** True when the text contains an inline suppression comment, known without reading it again. */
    public boolean mentionsSuppression() {
        return mentionsSuppression;
    }

    public Optional<Path> path() {
        return path;
    }

    /** The name shown to users: relative to the working directory when possible, '/'-separated. */
    public String displayPath() {
        return displayPath;
    }

    public String text() {
        String t = text;
        if (t == null) {
            synchronized (this) {
                t = text;
                if (t == null) {
                    t = reread();
                    text = t;
                }
            }
        }
        return t;
    }

    private String reread() {
        try {
            return YamlReader.decode(java.nio.file.Files.readAllBytes(path.orElseThrow())).text();
        } catch (java.io.IOException e) {
            return ""; // gone since it was parsed: diagnostics keep their positions, snippets are left out
        }
    }

    /** The text of a 1-based line without its line break, or "" past the end. */
    public String line(int line) {
        int[] starts = lineStarts();
        String text = text();
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
            // lines end at \n, \r\n or a lone \r, as the YAML readers count them (and editors show them)
            String text = text();
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (endsLine(text, i)) {
                    n++;
                }
            }
            int[] starts = new int[n];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (endsLine(text, i)) {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    /** Whether the character at {@code i} is the last of a line break: \n, or a \r not followed by \n. */
    private static boolean endsLine(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
