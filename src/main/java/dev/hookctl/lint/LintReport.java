package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import java.util.List;

/** The outcome of a lint run: sorted diagnostics and the counts the summary line shows. */
public record LintReport(List<Diagnostic> diagnostics, List<String> filePaths, int flows, int hookTemplates, int otherManifests,
                         int skippedDocuments, boolean unreadableInput) {
    public LintReport {
        diagnostics = List.copyOf(diagnostics);
        filePaths = List.copyOf(filePaths);
    }

    /** How many files were read. */
    public int files() {
        return filePaths.size();
    }

    public long count(Severity s) {
        return diagnostics.stream().filter(d -> d.severity() == s).count();
    }

    /** True when some diagnostic is at least as severe as the threshold. */
    public boolean failsAt(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold));
    }
}
