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

    /**
     * Whether a path written as {@link #slashed} is absolute: it starts with '/' (Unix, or a
     * Windows share, {@code //server/share}) or with a drive ({@code C:/}). Told from the text, as
     * shown paths include names no file system holds ({@code <stdin>}).
     */
    public static boolean isAbsolute(String slashed) {
        return slashed.startsWith("/") || (slashed.length() >= 3 && slashed.charAt(1) == ':' && slashed.charAt(2) == '/'
                && Character.isLetter(slashed.charAt(0)) && slashed.charAt(0) < 128);
    }
}
