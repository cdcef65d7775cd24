package dev.hookctl.load;

import java.nio.file.Path;

/** How paths are written in output: with '/' between names, on every platform. */
public final class PathText {
    private PathText() {}

    /**
     * {@code path} with its file system's separator written as '/', and nothing else changed: on
     * Linux a backslash is a character of a name ({@code a\b.yaml} is one file, not {@code a/b.yaml}).
     */
    public static String slashed(Path path) {
        String text = path.toString();
        String separator = path.getFileSystem().getSeparator();
        return separator.equals("/") ? text : text.replace(separator, "/");
    }
}
