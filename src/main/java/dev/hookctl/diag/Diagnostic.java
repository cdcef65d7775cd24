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
}
