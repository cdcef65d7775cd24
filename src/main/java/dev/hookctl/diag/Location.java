package dev.hookctl.diag;

import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.Span;
import dev.hookctl.yaml.YamlNode;

/** A place in a source file. */
public record Location(SourceFile file, Span span) implements Comparable<Location> {

    public static Location of(SourceFile file, YamlNode node) {
        return new Location(file, node.span());
    }

    @Override
    public int compareTo(Location o) {
        int c = file.displayPath().compareTo(o.file.displayPath());
        return c != 0 ? c : span.compareTo(o.span);
    }

    /** Written out rather than generated: see Diagnostic#equals. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && file.equals(l.file) && span.equals(l.span);
    }

    @Override
    public int hashCode() {
        return 31 * file.hashCode() + span.hashCode();
    }

    @Override
    public String toString() {
        return file.displayPath() + ":" + span.line() + ":" + span.column();
    }
}
