package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import dev.hookctl.load.Document;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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

    /**
     * The report limited to some files (lint --changed-since): their diagnostics, and counts of
     * those files and of their manifests. Diagnostics that belong to no file of the run (standard
     * input, a folder that could not be read) are kept, and so are those of {@code everywhere}'s
     * rules in any file; {@code hookTemplate} tells hook templates from other manifests. Everything
     * was still loaded and checked, so references into files left out are resolved as usual.
     * Skipped documents are not counted per file, so a restricted report shows none.
     */
    public LintReport restrictedTo(Set<String> displayPaths, List<Document> allDocuments,
                                   Predicate<Document> hookTemplate, Set<String> everywhere) {
        List<Diagnostic> kept = diagnostics.stream()
                .filter(d -> displayPaths.contains(d.location().file().displayPath())
                        || !filePaths.contains(d.location().file().displayPath())
                        || everywhere.contains(d.ruleId()))
                .toList();
        int[] counts = Linter.countKinds(allDocuments.stream()
                .filter(d -> displayPaths.contains(d.file().displayPath())).toList(), hookTemplate);
        return new LintReport(kept, filePaths.stream().filter(displayPaths::contains).toList(), counts[0], counts[1],
                counts[2], 0, unreadableInput);
    }
}
