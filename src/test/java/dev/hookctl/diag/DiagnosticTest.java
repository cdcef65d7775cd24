package dev.hookctl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Diagnostic, Location and Span write out equals and hashCode; they must mean what a record's would. */
class DiagnosticTest {
    private static final SourceFile FILE = new SourceFile(Optional.empty(), "flows/a.yaml", "a: 1\n");
    private static final SourceFile OTHER = new SourceFile(Optional.empty(), "flows/a.yaml", "a: 1\n");

    private static Diagnostic diagnostic(String rule, Severity severity, String message, String hint, Span span,
                                         List<Location> related) {
        return new Diagnostic(rule, severity, message, hint, new Location(FILE, span), related);
    }

    @Test
    void diagnosticsWithEqualPartsAreEqualAndHashAlike() {
        Span span = new Span(3, 5, 3, 9);
        List<Location> related = List.of(new Location(FILE, Span.point(1, 1)));
        Diagnostic a = diagnostic("r", Severity.ERROR, "m", "h", span, related);
        Diagnostic b = diagnostic("r", Severity.ERROR, "m", "h", new Span(3, 5, 3, 9),
                List.of(new Location(FILE, Span.point(1, 1))));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(new Location(FILE, span)).isEqualTo(new Location(FILE, new Span(3, 5, 3, 9)))
                .hasSameHashCodeAs(new Location(FILE, new Span(3, 5, 3, 9)));
    }

    @Test
    void diagnosticsDifferingInAnyPartAreNotEqual() {
        Span span = new Span(3, 5, 3, 9);
        Diagnostic base = diagnostic("r", Severity.ERROR, "m", "h", span, List.of());
        assertThat(List.of(
                diagnostic("s", Severity.ERROR, "m", "h", span, List.of()),
                diagnostic("r", Severity.WARNING, "m", "h", span, List.of()),
                diagnostic("r", Severity.ERROR, "n", "h", span, List.of()),
                diagnostic("r", Severity.ERROR, "m", "i", span, List.of()),
                diagnostic("r", Severity.ERROR, "m", "h", new Span(3, 5, 3, 10), List.of()),
                diagnostic("r", Severity.ERROR, "m", "h", span, List.of(new Location(FILE, span))),
                new Diagnostic("r", Severity.ERROR, "m", "h", new Location(OTHER, span), List.of())))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(base));
        assertThat(base).isNotEqualTo(null).isNotEqualTo("r");
    }

    @Test
    void spansDifferingInAnyCoordinateAreNotEqual() {
        Span span = new Span(2, 3, 4, 5);
        assertThat(List.of(new Span(1, 3, 4, 5), new Span(2, 4, 4, 5), new Span(2, 3, 5, 5), new Span(2, 3, 4, 6)))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(span));
        assertThat(span).isEqualTo(new Span(2, 3, 4, 5)).hasSameHashCodeAs(new Span(2, 3, 4, 5));
    }
}
