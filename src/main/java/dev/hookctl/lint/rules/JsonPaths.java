package dev.hookctl.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small reader for the JSONPath subset Codefresh documents for promotion templates: {@code $},
 * then {@code .name}, {@code ..name}, {@code .*}, and bracket segments ({@code ["key"]},
 * {@code ['key']}, {@code [0]}, {@code [*]}, filters). It finds the first syntax error and every
 * dot segment that contains a dash (not supported in dot notation).
 */
final class JsonPaths {
    private JsonPaths() {}

    /** A syntax error at a 0-based offset of the path. */
    record Problem(int offset, String message) {}

    /** A dot-notation segment with a dash: the name and its 0-based offset (after the dot). */
    record DashSegment(int offset, String name) {}

    record Result(Optional<Problem> problem, List<DashSegment> dashes) {}

    static Result read(String path) {
        List<DashSegment> dashes = new ArrayList<>();
        if (path.isEmpty()) {
            return new Result(Optional.of(new Problem(0, "the JSONPath is empty")), dashes);
        }
        if (path.charAt(0) != '$') {
            return new Result(Optional.of(new Problem(0, "a JSONPath starts with $")), dashes);
        }
        int i = 1;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                int start = i;
                boolean deep = i + 1 < n && path.charAt(i + 1) == '.';
                i += deep ? 2 : 1;
                if (i < n && path.charAt(i) == '[' && deep) {
                    continue; // $..[0] and $..["x"] are allowed
                }
                if (i < n && path.charAt(i) == '*') {
                    i++;
                    continue;
                }
                int nameStart = i;
                while (i < n && path.charAt(i) != '.' && path.charAt(i) != '[') {
                    char ch = path.charAt(i);
                    if (Character.isWhitespace(ch) || ch == ']' || ch == '"' || ch == '\'') {
                        return new Result(Optional.of(new Problem(i, "unexpected " + describe(ch)
                                + " in a dot-notation name")), dashes);
                    }
                    i++;
                }
                if (i == nameStart) {
                    return new Result(Optional.of(new Problem(start, "a name must follow " + (deep ? "\"..\"" : "\".\""))),
                            dashes);
                }
                String name = path.substring(nameStart, i);
                if (name.contains("-")) {
                    dashes.add(new DashSegment(nameStart, name));
                }
            } else if (c == '[') {
                int close = closingBracket(path, i);
                if (close < 0) {
                    return new Result(Optional.of(new Problem(i, "\"[\" is never closed")), dashes);
                }
                String inside = path.substring(i + 1, close).trim();
                if (!validBracket(inside)) {
                    return new Result(Optional.of(new Problem(i, "[" + inside + "] is not a quoted key, an index, "
                            + "* or a filter")), dashes);
                }
                i = close + 1;
            } else {
                String what = i == 1 ? "after $ comes \".\", \"..\" or \"[\"" : "expected \".\" or \"[\" here";
                return new Result(Optional.of(new Problem(i, what + ", not " + describe(c))), dashes);
            }
        }
        return new Result(Optional.empty(), dashes);
    }

    /** The path with each dashed dot segment rewritten in bracket form. */
    static String bracketed(String path, List<DashSegment> dashes) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (DashSegment d : dashes) {
            int dot = d.offset() - 1; // the single dot before the name
            out.append(path, from, dot);
            out.append("[\"").append(d.name()).append("\"]");
            from = d.offset() + d.name().length();
        }
        out.append(path.substring(from));
        return out.toString();
    }

    private static int closingBracket(String path, int open) {
        char quote = 0;
        int depth = 0;
        for (int i = open; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean validBracket(String inside) {
        if (inside.isEmpty()) {
            return false;
        }
        if (inside.equals("*") || inside.startsWith("?(") || inside.startsWith("(")) {
            return true;
        }
        if (inside.matches("-?\\d*(:-?\\d*){0,2}") || inside.matches("-?\\d+(\\s*,\\s*-?\\d+)*")) {
            return true; // index, slice or union of indexes
        }
        // One or more quoted keys, separated by commas.
        return inside.matches("(\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*')(\\s*,\\s*(\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*'))*");
    }

    private static String describe(char c) {
        return Character.isWhitespace(c) ? "a space" : "\"" + c + "\"";
    }
}
