package dev.hookctl.release;

/** Showing arbitrary values on one line of text output. */
final class Quoting {
    private Quoting() {}

    /** The value as a double-quoted string with escapes, shortened past {@code max} characters. */
    static String oneLine(String value, int max) {
        StringBuilder b = new StringBuilder("\"");
        int shown = Math.min(value.length(), max);
        if (shown < value.length() && shown > 0 && Character.isHighSurrogate(value.charAt(shown - 1))) {
            shown--; // never cut a character in half
        }
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
        if (value.length() > shown) {
            b.append("... (").append(value.length() - shown).append(" more characters)");
        }
        return b.toString();
    }

    static String oneLine(String value) {
        return oneLine(value, 160);
    }
}
