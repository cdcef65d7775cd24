package dev.hookctl.yaml;

import dev.hookctl.diag.Location;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Finds where a part of a scalar's value sits in the source, so a diagnostic about a tag, a secret
 * or a JSONPath segment points at it and not at the start of a forty-line script. The scalar's span covers its source text
 * (quotes and block indicators included); the value's text is searched for inside it, in order, so
 * the n-th occurrence in the value is the n-th in the source. Plain, quoted, literal and folded
 * scalars all keep a tag's characters verbatim unless they are escaped or folded across lines; then
 * the scalar's own position is used.
 */
public final class ValueLocator {
    private final Map<SourceFile, int[]> lineStarts = new IdentityHashMap<>();

    /** The location of {@code value.substring(from, to)} of the scalar, or the scalar when it cannot be found. */
    public Location locate(SourceFile file, YamlNode.Scalar scalar, int from, int to) {
        Span span = scalar.span();
        String text = file.text();
        int[] starts = starts(file);
        int regionStart = offset(text, starts, span.line(), span.column());
        int regionEnd = Math.min(text.length(), offset(text, starts, span.endLine(), span.endColumn()));
        if (regionStart < 0 || regionEnd <= regionStart) {
            return new Location(file, span);
        }
        String value = scalar.value();
        String needle = value.substring(from, to);
        // The same text may appear earlier in the value: skip as many occurrences in the source.
        int skip = 0;
        for (int i = value.indexOf(needle); i >= 0 && i < from; i = value.indexOf(needle, i + 1)) {
            skip++;
        }
        int at = regionStart;
        int found = -1;
        for (int k = 0; k <= skip; k++) {
            found = text.indexOf(needle, at);
            if (found < 0 || found + needle.length() > regionEnd) {
                return new Location(file, span);
            }
            at = found + 1;
        }
        return new Location(file, spanOf(text, starts, found, found + needle.length()));
    }

    private int[] starts(SourceFile file) {
        return lineStarts.computeIfAbsent(file, f -> {
            String t = f.text();
            int n = 1;
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '\n') {
                    n++;
                }
            }
            int[] s = new int[n];
            int k = 1;
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '\n') {
                    s[k++] = i + 1;
                }
            }
            return s;
        });
    }

    /** Character offset of a 1-based line and column; columns count code points, as the YAML parser does. */
    private static int offset(String text, int[] starts, int line, int column) {
        if (line < 1 || line > starts.length) {
            return line > starts.length ? text.length() : -1;
        }
        int lineStart = starts[line - 1];
        int lineEnd = line < starts.length ? starts[line] : text.length();
        int at = lineStart;
        for (int c = 1; c < column && at < lineEnd; c++) {
            at += Character.isHighSurrogate(text.charAt(at)) && at + 1 < lineEnd ? 2 : 1;
        }
        return at;
    }

    private static Span spanOf(String text, int[] starts, int from, int to) {
        int line = lineOf(starts, from);
        int endLine = lineOf(starts, Math.max(from, to - 1));
        int col = text.codePointCount(starts[line - 1], from) + 1;
        int endCol = endLine == line ? col + text.codePointCount(from, to)
                : text.codePointCount(starts[endLine - 1], to) + 1;
        return new Span(line, col, endLine, endCol);
    }

    private static int lineOf(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
