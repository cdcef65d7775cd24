package dev.hookctl.yaml;

import dev.hookctl.yaml.YamlNode.ScalarType;

/**
 * A fast reader for the YAML that manifests are almost always written in: block mappings and
 * sequences indented with spaces, plain and quoted scalars on one line, literal and folded block
 * scalars, one-line flow collections, comments and {@code ---} between documents. It produces
 * exactly the trees, positions and problems of the general reader (Jackson over SnakeYAML), about
 * ten times faster, because most files of a large repository are read on every lint.
 *
 * <p>Anything outside that subset (anchors, aliases, tags, merge keys, complex keys, multi-line
 * plain or quoted scalars, tabs, a carriage return not followed by a line feed, characters outside the Basic Multilingual
 * Plane, directives, empty documents) and every syntax error makes {@link #read} return false
 * without having decided anything: the caller then reads the text with the general reader, which
 * also words every syntax error. {@code BlockYamlTest} compares both readers on every manifest the
 * tests, samples and corpus hold and on mutated ones.
 *
 * <p>Windows line ends ({@code \r\n}) are line breaks, as in SnakeYAML: the carriage return
 * takes a column at the end of its line and never reaches a value.
 *
 * <p>Positions follow SnakeYAML's marks: a collection starts at its first key or dash (or its
 * bracket) and ends where the next token starts; an empty value sits just after its colon; a block
 * scalar ends at the start of the line after its last line break.
 */
final class BlockYaml {

    /** What the reader builds: the same calls the general reader makes. Lines and columns are 1-based. */
    interface Sink {
        void openMapping(int line, int column);

        void openSequence(int line, int column);

        void key(String text, int line, int column, int endLine, int endColumn);

        void scalar(String value, ScalarType type, int line, int column, int endLine, int endColumn);

        void close(int endLine, int endColumn);
    }

    /** Unwinds the reader when the text leaves the subset; carries no stack trace. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    /** Deeper than any manifest; deeper input goes to the general reader and its depth limit. */
    private static final int MAX_DEPTH = 64;

    /** SnakeYAML refuses a simple key longer than this; leave such keys to it. */
    private static final int MAX_KEY_LENGTH = 1000;

    private final char[] s;
    private final int n;
    private final Sink sink;
    private int pos;
    private int line;
    private int lineStart;
    private int depth;

    private BlockYaml(char[] s, int n, Sink sink) {
        this.s = s;
        this.n = n;
        this.sink = sink;
    }

    /** Texts up to this length are copied into a buffer each thread keeps, rather than a new array. */
    private static final int REUSED_BUFFER = 1 << 20;

    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[16 * 1024]);

    private static char[] characters(String text) {
        int n = text.length();
        char[] chars;
        if (n > REUSED_BUFFER) {
            chars = new char[n];
        } else {
            chars = BUFFER.get();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
                BUFFER.set(chars);
            }
        }
        text.getChars(0, n, chars, 0);
        return chars;
    }

    /**
     * Reads {@code text} into {@code sink}; false when the text is outside the subset, in which
     * case whatever reached the sink must be discarded.
     */
    static boolean read(String text, Sink sink) {
        char[] chars = characters(text);
        int n = text.length();
        if (!plainCharacters(chars, n)) {
            return false;
        }
        try {
            new BlockYaml(chars, n, sink).stream();
            return true;
        } catch (Unsupported e) {
            return false;
        }
    }

    /** Only characters whose line and column SnakeYAML counts the way we do, and that it accepts. */
    private static boolean plainCharacters(char[] chars, int n) {
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x20) {
                if (c != '\n' && !(c == '\r' && i + 1 < n && chars[i + 1] == '\n')) {
                    return false; // tabs, lone carriage returns, control characters
                }
            } else if (c >= 0x7F && (c < 0xA0 || (c >= 0xD800 && c < 0xE000) || c >= 0xFEFF || c == 0x2028
                    || c == 0x2029)) {
                return false; // C1 controls (NEL), surrogates, line separators, and from the BOM up
                              // (halfwidth and fullwidth forms too: rare, and left to SnakeYAML)
            }
        }
        return true;
    }

    private static Unsupported unsupported() {
        return UNSUPPORTED;
    }

    // ---- positions -----------------------------------------------------------------------

    private int column() {
        return pos - lineStart;
    }

    private char at(int i) {
        return i < n ? s[i] : '\0';
    }

    private boolean isBreakOrEnd(int i) {
        return i >= n || s[i] == '\n' || s[i] == '\r';
    }

    private boolean isBlankOrEnd(int i) {
        return i >= n || s[i] == '\n' || s[i] == '\r' || s[i] == ' ';
    }

    private void newLine() {
        pos += s[pos] == '\r' ? 2 : 1; // the '\n' or "\r\n"
        line++;
        lineStart = pos;
    }

    /**
     * Moves to the next token: past spaces, comments and line breaks. Returns false at the end of
     * the text (pos is then the end).
     */
    private boolean skipToToken() {
        while (pos < n) {
            char c = s[pos];
            if (c == ' ') {
                pos++;
            } else if (c == '\n' || c == '\r') {
                newLine();
            } else if (c == '#' && (pos == lineStart || s[pos - 1] == ' ')) {
                while (!isBreakOrEnd(pos)) {
                    pos++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    /** After a value: only spaces and a comment may follow on its line. */
    private void endOfLine() {
        while (pos < n && s[pos] == ' ') {
            pos++;
        }
        if (pos < n && s[pos] == '#' && s[pos - 1] == ' ') {
            while (!isBreakOrEnd(pos)) {
                pos++;
            }
        }
        if (!isBreakOrEnd(pos)) {
            throw unsupported();
        }
    }

    private boolean atDocumentMarker(char c) {
        return pos == lineStart && pos + 2 < n && s[pos] == c && s[pos + 1] == c && s[pos + 2] == c
                && isBlankOrEnd(pos + 3);
    }

    // ---- documents -----------------------------------------------------------------------

    private void stream() {
        boolean markerWithoutContent = false;
        while (skipToToken()) {
            char c = s[pos];
            if (pos == lineStart && (c == '%' || atDocumentMarker('.'))) {
                throw unsupported(); // directives, explicit document ends
            }
            if (atDocumentMarker('-')) {
                if (markerWithoutContent) {
                    throw unsupported(); // an empty document
                }
                pos += 3;
                endOfLine();
                markerWithoutContent = true;
                continue;
            }
            markerWithoutContent = false;
            blockCollection(column()); // a scalar or flow document is left to SnakeYAML
            // a document ends at the end of the text or at a document marker in column 1
            if (pos < n && !atDocumentMarker('-')) {
                throw unsupported();
            }
        }
        if (markerWithoutContent) {
            throw unsupported();
        }
    }

    private boolean isDash(int i) {
        return i < n && s[i] == '-' && isBlankOrEnd(i + 1);
    }

    // ---- block collections ---------------------------------------------------------------

    /** A block mapping whose keys start in column {@code indent} (0-based); pos is at its first key. */
    private void mapping(int indent) {
        enter();
        sink.openMapping(line + 1, indent + 1);
        while (true) {
            if (!isKeyAhead()) {
                throw unsupported();
            }
            key();
            // pos is just after the ':'
            int colonLine = line;
            int afterColon = column();
            if (lineEndsAfterIndicator()) {
                boolean more = skipToToken();
                int c = column();
                if (more && c > indent && !atDocumentMarker('-')) {
                    blockCollection(c); // a scalar on the lines below its key is left to SnakeYAML
                } else if (more && c == indent && isDash(pos)) {
                    sequence(c, true);
                } else {
                    // an empty value is an empty string to the general reader, unlike "null" and "~"
                    sink.scalar("", ScalarType.STRING, colonLine + 1, afterColon + 1, colonLine + 1, afterColon + 1);
                }
            } else {
                if (isDash(pos)) {
                    throw unsupported(); // "key: - item" is an error
                }
                inlineValue(indent);
                if (skipToToken() && column() > indent) {
                    throw unsupported(); // a continued plain scalar, or an error
                }
            }
            // pos is at the next token, or the end
            if (pos >= n || column() < indent || atDocumentMarker('-')) {
                break;
            }
            if (column() > indent || isDash(pos)) {
                throw unsupported();
            }
        }
        sink.close(line + 1, column() + 1);
        depth--;
    }

    /**
     * A block sequence whose dashes are in column {@code indent}; pos is at its first dash. An
     * indentless sequence (the value of a key in the same column) ends at the next key.
     */
    private void sequence(int indent, boolean indentless) {
        enter();
        sink.openSequence(line + 1, indent + 1);
        while (true) {
            pos++; // the dash
            if (lineEndsAfterIndicator()) {
                boolean more = skipToToken();
                int c = column();
                if (!more || c <= indent || atDocumentMarker('-')) {
                    throw unsupported(); // an empty item
                }
                blockCollection(c);
            } else {
                int c = column();
                if (isDash(pos)) {
                    sequence(c, false);
                } else if (isKeyAhead()) {
                    mapping(c);
                } else {
                    inlineValue(indent);
                    skipToToken();
                }
            }
            if (pos >= n || column() < indent || atDocumentMarker('-')) {
                break;
            }
            if (column() > indent) {
                throw unsupported();
            }
            if (!isDash(pos)) {
                if (indentless) {
                    break; // the mapping goes on with its next key
                }
                throw unsupported();
            }
        }
        sink.close(line + 1, column() + 1);
        depth--;
    }

    /** Skips the spaces after a ':' or '-'; true when the line ends there (a value, if any, is below). */
    private boolean lineEndsAfterIndicator() {
        while (pos < n && s[pos] == ' ') {
            pos++;
        }
        if (isBreakOrEnd(pos) || (s[pos] == '#' && s[pos - 1] == ' ')) {
            endOfLine();
            return true;
        }
        return false;
    }

    /** The block sequence or mapping that starts at pos, in column {@code c}; anything else is not ours. */
    private void blockCollection(int c) {
        if (isDash(pos)) {
            sequence(c, false);
        } else if (isKeyAhead()) {
            mapping(c);
        } else {
            throw unsupported();
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw unsupported();
        }
    }

    /** Whether a simple key ({@code key:} followed by a space or the end of the line) starts at pos. */
    private boolean isKeyAhead() {
        char c = s[pos];
        if (c == '"' || c == '\'') {
            int end = quotedEnd(pos);
            return end > 0 && end - pos <= MAX_KEY_LENGTH && end < n && s[end] == ':' && isBlankOrEnd(end + 1);
        }
        if (!plainStart(pos, false)) {
            return false;
        }
        for (int i = pos + 1; i < n && i - pos <= MAX_KEY_LENGTH; i++) {
            char d = s[i];
            if (d == '\n' || d == '\r' || (d == '#' && s[i - 1] == ' ')) {
                return false;
            }
            if (d == ':' && isBlankOrEnd(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a key and its ':'; pos is at the key's first character. */
    private void key() {
        int startLine = line;
        int startColumn = column();
        String text;
        if (s[pos] == '"' || s[pos] == '\'') {
            text = quoted();
        } else {
            int start = pos;
            int last = pos;
            while (!(s[pos] == ':' && isBlankOrEnd(pos + 1))) {
                if (s[pos] == '\n' || s[pos] == '\r' || (s[pos] == '#' && s[pos - 1] == ' ')) {
                    throw unsupported();
                }
                if (s[pos] != ' ') {
                    last = pos;
                }
                pos++;
            }
            pos = last + 1;
            text = new String(s, start, pos - start);
            if (text.equals("<<")) {
                throw unsupported(); // merge keys
            }
        }
        int endColumn = column();
        while (pos < n && s[pos] == ' ') {
            pos++;
        }
        if (pos >= n || s[pos] != ':') {
            throw unsupported();
        }
        sink.key(text, startLine + 1, startColumn + 1, startLine + 1, endColumn + 1);
        pos++;
    }

    // ---- scalars on one line ---------------------------------------------------------------

    /**
     * A value that starts on the current line: a block scalar, a quoted or plain scalar, or a flow
     * collection. {@code parentIndent} is the column of the collection holding it.
     */
    private void inlineValue(int parentIndent) {
        char c = s[pos];
        switch (c) {
            case '|', '>' -> {
                blockScalar(parentIndent);
                return; // it has read its lines
            }
            case '"', '\'' -> quotedScalar();
            case '[', '{' -> flow();
            default -> {
                if (!plainStart(pos, false)) {
                    throw unsupported(); // anchors, aliases, tags, reserved indicators
                }
                int start = pos;
                int last = pos;
                while (!isBreakOrEnd(pos)) {
                    char d = s[pos];
                    if (d == '#' && s[pos - 1] == ' ') {
                        break;
                    }
                    if (d == ':' && isBlankOrEnd(pos + 1)) {
                        throw unsupported(); // "mapping values are not allowed here"
                    }
                    if (d != ' ') {
                        last = pos;
                    }
                    pos++;
                }
                pos = last + 1;
                plainScalar(start, pos);
            }
        }
        endOfLine();
    }

    /** Whether a plain scalar may start at {@code i} (in a flow collection when {@code flow}). */
    private boolean plainStart(int i, boolean flow) {
        char c = s[i];
        switch (c) {
            case '-', '?', ':' -> {
                char next = at(i + 1);
                return !isBlankOrEnd(i + 1) && !(flow && ",[]{}".indexOf(next) >= 0) && c == '-';
            }
            case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ', '\n', '\r' -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private void plainScalar(int start, int end) {
        String value = new String(s, start, end - start);
        ScalarType type = PlainScalars.resolve(value);
        if (type == null) {
            throw unsupported();
        }
        int startColumn = start - lineStart;
        sink.scalar(type == ScalarType.NULL ? "" : value, type, line + 1, startColumn + 1, line + 1,
                end - lineStart + 1);
    }

    /** A quoted scalar value: always a string. */
    private void quotedScalar() {
        int startLine = line;
        int startColumn = column();
        String value = quoted();
        sink.scalar(value, ScalarType.STRING, startLine + 1, startColumn + 1, line + 1, column() + 1);
    }

    /** The index just after the closing quote of the quoted scalar at {@code i} on its line, or -1. */
    private int quotedEnd(int i) {
        char q = s[i];
        for (int j = i + 1; j < n; j++) {
            char c = s[j];
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (q == '\'' && c == '\'') {
                if (j + 1 < n && s[j + 1] == '\'') {
                    j++;
                } else {
                    return j + 1;
                }
            } else if (q == '"' && c == '\\') {
                j++;
            } else if (q == '"' && c == '"') {
                return j + 1;
            }
        }
        return -1;
    }

    /** A quoted scalar that ends on its line; pos moves past the closing quote. */
    private String quoted() {
        int end = quotedEnd(pos);
        if (end < 0) {
            throw unsupported(); // a quoted scalar over several lines folds them
        }
        char q = s[pos];
        int from = pos + 1;
        int to = end - 1;
        pos = end;
        if (q == '\'') {
            StringBuilder b = null;
            for (int i = from; i < to; i++) {
                if (s[i] == '\'') {
                    if (b == null) {
                        b = new StringBuilder(to - from).append(s, from, i - from);
                    }
                    i++; // '' is one quote
                    b.append('\'');
                } else if (b != null) {
                    b.append(s[i]);
                }
            }
            return b == null ? new String(s, from, to - from) : b.toString();
        }
        StringBuilder b = null;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c != '\\') {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(to - from).append(s, from, i - from);
            }
            char e = s[++i];
            switch (e) {
                case '\\', '"' -> b.append(e);
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0' -> b.append('\0');
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'e' -> b.append('\u001B');
                case 'f' -> b.append('\f');
                case 'v' -> b.append('\u000B');
                case 'x' -> i = hexEscape(b, i, 2, to);
                case 'u' -> i = hexEscape(b, i, 4, to);
                default -> throw unsupported();
            }
        }
        return b == null ? new String(s, from, to - from) : b.toString();
    }

    /** Appends the character of a hexadecimal escape (x: 2 digits, u: 4) whose letter is at {@code i}. */
    private int hexEscape(StringBuilder b, int i, int digits, int to) {
        if (i + digits >= to) {
            throw unsupported();
        }
        int code = 0;
        for (int k = 1; k <= digits; k++) {
            int d = Character.digit(s[i + k], 16);
            if (d < 0) {
                throw unsupported();
            }
            code = code * 16 + d;
        }
        if (code >= 0xD800 && code < 0xE000) {
            throw unsupported();
        }
        b.append((char) code);
        return i + digits;
    }

    // ---- block scalars ---------------------------------------------------------------------

    /**
     * A literal ({@code |}) or folded ({@code >}) scalar with an optional chomping indicator, read
     * the way SnakeYAML reads it. Its lines are indented more than {@code parentIndent}; the deepest
     * indentation among its leading lines sets the indentation. Leaves pos at the first token after
     * it (or inside the indentation of the line that ends it).
     */
    private void blockScalar(int parentIndent) {
        int startLine = line;
        int startColumn = column();
        boolean folded = s[pos] == '>';
        pos++;
        char chomp = ' ';
        if (pos < n && (s[pos] == '-' || s[pos] == '+')) {
            chomp = s[pos++];
        }
        if (pos < n && s[pos] != ' ' && !isBreakOrEnd(pos)) {
            throw unsupported(); // an indentation indicator, or an error
        }
        endOfLine();
        if (pos >= n) {
            throw unsupported(); // nothing after the header
        }
        newLine();
        StringBuilder leading = new StringBuilder();
        int deepest = 0;
        while (pos < n && (s[pos] == ' ' || isBreakOrEnd(pos))) {
            if (s[pos] != ' ') {
                leading.append('\n');
                newLine();
            } else {
                pos++;
                deepest = Math.max(deepest, column());
            }
        }
        int indent = Math.max(parentIndent + 1, Math.max(1, deepest));
        if (pos >= n || column() != indent) {
            throw unsupported(); // empty, or leading lines deeper than the first line
        }
        StringBuilder value = new StringBuilder(Math.min(n - pos, 256));
        String breaks = leading.toString();
        boolean lineBreak = false;
        int endLine;
        int endColumn;
        while (true) {
            value.append(breaks);
            boolean leadingNonSpace = s[pos] != ' ';
            int from = pos;
            while (!isBreakOrEnd(pos)) {
                pos++;
            }
            value.append(s, from, pos - from);
            lineBreak = pos < n;
            if (lineBreak) {
                newLine();
            }
            // the empty lines after it; the scalar ends after the last line break
            endLine = line;
            endColumn = column();
            skipIndentation(indent);
            StringBuilder between = null;
            while (pos < n && isBreakOrEnd(pos)) {
                if (between == null) {
                    between = new StringBuilder();
                }
                between.append('\n');
                newLine();
                endLine = line;
                endColumn = 0;
                skipIndentation(indent);
            }
            breaks = between == null ? "" : between.toString();
            if (column() != indent || pos >= n) {
                break;
            }
            if (folded && lineBreak && leadingNonSpace && s[pos] != ' ') {
                if (breaks.isEmpty()) {
                    value.append(' ');
                }
            } else if (lineBreak) {
                value.append('\n');
            }
        }
        if (chomp != '-' && lineBreak) {
            value.append('\n');
        }
        if (chomp == '+') {
            value.append(breaks);
        }
        sink.scalar(value.toString(), ScalarType.STRING, startLine + 1, startColumn + 1, endLine + 1, endColumn + 1);
    }

    /** Up to {@code indent} spaces at the start of a line. */
    private void skipIndentation(int indent) {
        while (pos < n && s[pos] == ' ' && column() < indent) {
            pos++;
        }
    }

    // ---- flow collections on one line -----------------------------------------------------

    private void flow() {
        enter();
        boolean mapping = s[pos] == '{';
        char close = mapping ? '}' : ']';
        if (mapping) {
            sink.openMapping(line + 1, column() + 1);
        } else {
            sink.openSequence(line + 1, column() + 1);
        }
        pos++;
        flowSpaces();
        if (s[pos] == close) {
            pos++;
            sink.close(line + 1, column() + 1);
            depth--;
            return;
        }
        while (true) {
            if (mapping) {
                int startLine = line;
                int startColumn = column();
                String key;
                if (s[pos] == '"' || s[pos] == '\'') {
                    key = quoted();
                } else {
                    int start = pos;
                    flowPlainEnd();
                    key = new String(s, start, pos - start);
                }
                int endColumn = column();
                flowSpaces();
                if (s[pos] != ':' || !isBlankOrEnd(pos + 1) || key.equals("<<")
                        || endColumn - startColumn > MAX_KEY_LENGTH) {
                    throw unsupported();
                }
                sink.key(key, startLine + 1, startColumn + 1, startLine + 1, endColumn + 1);
                pos++;
                flowSpaces();
            }
            flowItem();
            flowSpaces();
            if (s[pos] == ',') {
                pos++;
                flowSpaces();
                if (s[pos] == close || s[pos] == ',') {
                    throw unsupported(); // a trailing comma
                }
            } else if (s[pos] == close) {
                pos++;
                break;
            } else {
                throw unsupported();
            }
        }
        sink.close(line + 1, column() + 1);
        depth--;
    }

    private void flowItem() {
        char c = s[pos];
        if (c == '[' || c == '{') {
            flow();
        } else if (c == '"' || c == '\'') {
            quotedScalar();
        } else {
            int start = pos;
            flowPlainEnd();
            plainScalar(start, pos);
        }
    }

    /** Moves pos to the end of a plain scalar in a flow collection (trailing spaces excluded). */
    private void flowPlainEnd() {
        if (!plainStart(pos, true)) {
            throw unsupported();
        }
        int last = pos;
        while (pos < n) {
            char c = s[pos];
            if (c == '\n' || c == '\r' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ':' || c == '?'
                    || (c == '#' && s[pos - 1] == ' ')) {
                break;
            }
            if (c != ' ') {
                last = pos;
            }
            pos++;
        }
        if (isBreakOrEnd(pos) || s[pos] == '#' || s[pos] == '?' || s[pos] == '[' || s[pos] == '{') {
            throw unsupported(); // spans lines, a comment, or something only the general reader decides
        }
        if (s[pos] == ':' && !isBlankOrEnd(pos + 1)) {
            throw unsupported();
        }
        pos = last + 1;
    }

    /** Spaces inside a flow collection; it must close on this line. */
    private void flowSpaces() {
        while (pos < n && s[pos] == ' ') {
            pos++;
        }
        if (isBreakOrEnd(pos) || s[pos] == '#') {
            throw unsupported();
        }
    }
}
