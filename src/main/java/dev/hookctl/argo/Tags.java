package dev.hookctl.argo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The tag parser: Argo's {@code {{…}}} syntax, without regular expressions (it runs on every string
 * of every template, so it scans with {@code indexOf} and allocates nothing for strings without tags).
 */
public final class Tags {
    private Tags() {}

    /** Every tag of {@code text}, in order. An unterminated {@code {{} ends the list. */
    public static List<Tag> parse(String text) {
        int open = text.indexOf("{{");
        if (open < 0) {
            return List.of();
        }
        Tag first = tagAt(text, open);
        int next = first.end() < text.length() ? text.indexOf("{{", first.end()) : -1;
        if (next < 0) {
            return List.of(first); // most strings with tags hold one
        }
        List<Tag> out = new ArrayList<>(4);
        out.add(first);
        for (open = next; open >= 0; ) {
            Tag tag = tagAt(text, open);
            out.add(tag);
            open = tag.end() < text.length() ? text.indexOf("{{", tag.end()) : -1;
        }
        return Collections.unmodifiableList(out);
    }

    /** The tag whose {@code {{} is at {@code open}. */
    private static Tag tagAt(String text, int open) {
        int close = text.indexOf("}}", open + 2);
        if (close < 0) {
            return new Tag.Unterminated(text.substring(open + 2), open, text.length());
        }
        String raw = text.substring(open + 2, close);
        return raw.startsWith("=") ? new Tag.Expression(raw, open, close + 2) : new Tag.Simple(raw, open, close + 2);
    }

    /** True when the text holds at least one {@code {{}, terminated or not. */
    public static boolean hasTags(String text) {
        return text.indexOf("{{") >= 0;
    }

    /** Go's {@code strings.TrimSpace}: Unicode white space at both ends. */
    public static String trim(String s) {
        int from = leadingSpace(s);
        int to = s.length();
        while (to > from && isGoSpace(s.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && isGoSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Go's {@code unicode.IsSpace} (all such characters are in the BMP). */
    static boolean isGoSpace(char c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /**
     * Checks that brackets balance and quotes close in an expr-lang expression. {@code base} is the
     * index of the expression's first character in the enclosing string, so problems point there.
     */
    static Optional<Tag.SyntaxProblem> checkExpression(String expr, int base) {
        if (trim(expr).isEmpty()) {
            return Optional.of(new Tag.SyntaxProblem("the expression is empty", base));
        }
        char[] stack = new char[expr.length()];
        int[] at = new int[expr.length()];
        int depth = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            switch (c) {
                case '"', '\'', '`' -> {
                    int j = i + 1;
                    while (j < expr.length() && expr.charAt(j) != c) {
                        j += expr.charAt(j) == '\\' && c != '`' ? 2 : 1;
                    }
                    if (j >= expr.length()) {
                        return Optional.of(new Tag.SyntaxProblem("the string opened with " + c + " is not closed",
                                base + i));
                    }
                    i = j;
                }
                case '(', '[', '{' -> {
                    stack[depth] = c;
                    at[depth++] = i;
                }
                case ')', ']', '}' -> {
                    char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (depth == 0 || stack[depth - 1] != want) {
                        return Optional.of(new Tag.SyntaxProblem("'" + c + "' has no matching '" + want + "'",
                                base + i));
                    }
                    depth--;
                }
                default -> { }
            }
        }
        if (depth > 0) {
            char open = stack[depth - 1];
            char want = open == '(' ? ')' : open == '[' ? ']' : '}';
            return Optional.of(new Tag.SyntaxProblem("'" + open + "' is not closed by '" + want + "'",
                    base + at[depth - 1]));
        }
        return Optional.empty();
    }
}
