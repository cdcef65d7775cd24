package dev.hookctl.diag;

import java.util.Comparator;
import java.util.List;

/**
 * One finding: which rule, how severe, what is wrong (first line a user reads), how to fix it
 * (may be empty), where, and other places involved (the first of two duplicates, say).
 */
public record Diagnostic(String ruleId, Severity severity, String message, String hint, Location location,
                         List<Location> related) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        related = List.copyOf(related);
        hint = hint == null ? "" : hint;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(ruleId, s, message, hint, location, related);
    }

    // equals and hashCode written out, as in Location and Span: a record's generated ones are bound
    // through method handles on first use, ~20 ms of java.lang.invoke set-up in every lint that
    // reports something (Linter keeps each finding once in a LinkedHashSet)

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && ruleId.equals(d.ruleId) && severity == d.severity
                && message.equals(d.message) && hint.equals(d.hint) && location.equals(d.location)
                && related.equals(d.related);
    }

    @Override
    public int hashCode() {
        int h = ruleId.hashCode();
        h = 31 * h + severity.hashCode();
        h = 31 * h + message.hashCode();
        h = 31 * h + hint.hashCode();
        h = 31 * h + location.hashCode();
        return 31 * h + related.hashCode();
    }
}
