package dev.hookctl.argo;

import java.util.Optional;

/**
 * One {@code {{…}}} occurrence in a string, found the way Argo's template engine (fasttemplate)
 * finds it: from {@code {{} to the <em>first</em> following {@code }}}. Offsets are UTF-16 indexes
 * into the string: {@code start} at the opening braces, {@code end} just after the closing ones
 * (the string's length for an unterminated tag).
 */
public sealed interface Tag permits Tag.Simple, Tag.Expression, Tag.Unterminated {

    /** Index of the opening {@code {{}. */
    int start();

    /** Index just after the closing {@code }}}, or the string's length when there is none. */
    int end();

    /** The text between the delimiters, exactly as written. */
    String raw();

    /** The tag as written, delimiters included. */
    default String text() {
        return "{{" + raw() + "}}";
    }

    /**
     * {@code {{ name }}}: a variable looked up by its name with surrounding whitespace trimmed as Go's
     * {@code strings.TrimSpace} trims it. {@code {{ =x}}} is a simple tag named {@code =x}, because
     * the {@code =} of an expression must follow the braces immediately.
     */
    record Simple(String raw, int start, int end) implements Tag {
        /** The lookup key: {@link #raw()} trimmed. */
        public String name() {
            return Tags.trim(raw);
        }

        /** True when the tag has whitespace inside its braces, which some Argo checks do not trim. */
        public boolean isSpaced() {
            return name().length() != raw.length();
        }

        /** Index of the name's first character in the string (after the braces and leading spaces). */
        public int nameStart() {
            return start + 2 + Tags.leadingSpace(raw);
        }
    }

    /**
     * {@code {{=expression}}}: an expr-lang expression that Argo evaluates at run time. hookctl
     * keeps it as written and only checks that its brackets and quotes balance.
     */
    record Expression(String raw, int start, int end) implements Tag {
        /** The expression after the {@code =}. */
        public String expression() {
            return raw.substring(1);
        }

        /** The first unbalanced bracket or unclosed quote, if any. */
        public Optional<SyntaxProblem> syntaxProblem() {
            return Tags.checkExpression(expression(), start + 3);
        }
    }

    /**
     * {@code {{} with no {@code }}} after it. Argo cannot parse such a string at all ("Cannot find
     * end tag"), so no tag in the whole string is substituted.
     */
    record Unterminated(String raw, int start, int end) implements Tag {}

    /** What is wrong in an expression, and the index in the string that shows it. */
    record SyntaxProblem(String message, int index) {}
}
