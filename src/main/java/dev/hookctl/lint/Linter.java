package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.load.LoadResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs every check over a loaded set of manifests and applies configuration and suppressions. */
public final class Linter {
    private final RuleRegistry registry;

    public Linter(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs the checks on all cores: they only read the catalog and report through the context.
     * Each check that looks at the whole catalog is one piece of work; the document checks run
     * over shares of consecutive documents, every document check on a document before the next
     * document (see DocumentCheck), each share with findings of its own, added in share order so
     * that the order of findings does not depend on the scheduling. A check that throws is a bug;
     * its exception is rethrown here, for the one handler in cli.
     */
    private void runChecks(LintContext context) {
        List<Document> documents = context.catalog().documents();
        List<Runnable> work = new ArrayList<>();
        List<DocumentCheck> perDocument = new ArrayList<>();
        for (Check check : registry.checks()) {
            if (check instanceof DocumentCheck d) {
                perDocument.add(d);
            } else {
                work.add(() -> check.check(context));
            }
        }
        List<LintContext> shares = new ArrayList<>();
        if (!perDocument.isEmpty()) {
            // several shares per core, so that a core that finishes early takes another
            int shareSize = Math.max(64, -Math.floorDiv(-documents.size(), 8 * Runtime.getRuntime().availableProcessors()));
            for (int from = 0; from < documents.size(); from += shareSize) {
                List<Document> share = documents.subList(from, Math.min(documents.size(), from + shareSize));
                LintContext shareContext = context.forShare();
                shares.add(shareContext);
                work.add(() -> checkDocuments(shareContext, perDocument, share));
            }
        }
        int minimumToShare = documents.size() < 50 ? Integer.MAX_VALUE : 2;
        dev.hookctl.load.Workers.map(work, minimumToShare, "hookctl-lint", piece -> {
            piece.run();
            return piece;
        });
        for (LintContext share : shares) {
            for (Diagnostic d : share.diagnostics()) {
                context.report(d);
            }
        }
    }

    private static void checkDocuments(LintContext context, List<DocumentCheck> checks, List<Document> documents) {
        DocumentCheck.Checker[] checkers = new DocumentCheck.Checker[checks.size()];
        for (int i = 0; i < checkers.length; i++) {
            checkers[i] = checks.get(i).checker(context);
        }
        for (int d = 0; d < documents.size(); d++) {
            for (DocumentCheck.Checker checker : checkers) {
                checker.check(documents.get(d));
            }
        }
    }

    /**
     * When a more precise rule (BuiltinChecks.REFINES) reports the same place as a general one, only
     * the precise finding is kept, at the higher of the two severities: the general rule may know
     * that the problem is worse (a submission Argo refuses) than the precise one says.
     */
    private static List<Diagnostic> dropRefined(List<Diagnostic> diagnostics) {
        Map<String, Severity> general = new java.util.HashMap<>();
        for (Diagnostic d : diagnostics) {
            general.put(d.ruleId() + "@" + d.location(), d.severity());
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        java.util.Set<String> dropped = new java.util.HashSet<>();
        for (Diagnostic d : diagnostics) {
            String refined = BuiltinChecks.REFINES.get(d.ruleId());
            Severity other = refined == null ? null : general.get(refined + "@" + d.location());
            if (other != null) {
                dropped.add(refined + "@" + d.location());
                out.add(other.atLeast(d.severity()) && other != d.severity() ? d.withSeverity(other) : d);
            } else {
                out.add(d);
            }
        }
        if (dropped.isEmpty()) {
            return diagnostics;
        }
        out.removeIf(d -> dropped.contains(d.ruleId() + "@" + d.location()));
        return out;
    }

    public LintReport lint(LoadResult load, LintConfig config) {
        return lint(load, Catalog.of(load), config);
    }

    public LintReport lint(LoadResult load, Catalog catalog, LintConfig config) {
        LintContext context = new LintContext(catalog, config);
        runChecks(context);
        List<Diagnostic> raw = new ArrayList<>(load.diagnostics());
        raw.addAll(context.diagnostics());
        // rules turned off go first: a refined finding that is off must not take the general one with it
        raw.removeIf(d -> config.severity(d.ruleId(), d.severity()).isEmpty());
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : Suppressions.apply(load.files(), dropRefined(raw), registry)) {
            if (config.isIgnored(d.location().file())) {
                continue;
            }
            Optional<Severity> severity = config.severity(d.ruleId(), d.severity());
            severity.ifPresent(s -> kept.add(s == d.severity() ? d : d.withSeverity(s)));
        }
        kept.addAll(config.problems());
        Set<Diagnostic> unique = new LinkedHashSet<>(kept);
        List<Diagnostic> sorted = new ArrayList<>(unique);
        sorted.sort(Diagnostic.ORDER);
        int[] counts = countKinds(catalog.documents());
        return new LintReport(sorted, load.files().stream().map(f -> f.displayPath()).sorted().toList(), counts[0], counts[1], counts[2], load.skippedDocuments(),
                load.unreadableInput());
    }

    /** Flows, hook workflows (any Argo kind) and other manifests among the documents. */
    static int[] countKinds(List<Document> documents) {
        int[] counts = new int[3];
        for (Document d : documents) {
            if (d.kind() == Kind.PROMOTION_FLOW) {
                counts[0]++;
            } else if (d.kind() == Kind.WORKFLOW_TEMPLATE || d.kind() == Kind.WORKFLOW
                    || d.kind() == Kind.CLUSTER_WORKFLOW_TEMPLATE || d.kind() == Kind.CRON_WORKFLOW) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        return counts;
    }
}
