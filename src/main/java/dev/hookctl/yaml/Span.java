package dev.hookctl.yaml;

/**
 * A region of a source file, 1-based. {@code endColumn} is the column just after the last
 * character (as SARIF counts it), so a one-character token at column 5 ends at column 6.
 */
public record Span(int line, int column, int endLine, int endColumn) implements Comparable<Span> {

    public static final Span START = new Span(1, 1, 1, 1);

    public Span {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("spans are 1-based: " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    public static Span point(int line, int column) {
        return new Span(line, column, line, column + 1);
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /**
     * Written out: a record's generated equals and hashCode are bound through method handles on first
     * use, milliseconds of start-up, and lint hashes the span of every finding.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && line == s.line && column == s.column && endLine == s.endLine
                && endColumn == s.endColumn;
    }

    @Override
    public int hashCode() {
        return ((line * 31 + column) * 31 + endLine) * 31 + endColumn;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
