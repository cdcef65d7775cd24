package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.PhaseTimes;
import dev.hookctl.diag.Severity;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.load.LoadResult;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.yaml.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Runs every check over a loaded set of manifests and applies configuration and suppressions. */
public final class Linter {
    private final RuleRegistry registry;

    public Linter(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs the checks on all cores: they only read the catalog and report through the context.
     * First the document phase: the documents in shares of consecutive documents, each document
     * through every document check and then every fact a whole-catalog check needs about it
     * (see DocumentCheck, DocumentFact), each share with findings of its own, added in share order
     * so that the order of findings does not depend on the scheduling. Then the checks that look at
     * the whole catalog (and the catalog-wide part of document checks), one piece of work each. A
     * check that throws is a bug; its exception is rethrown here, for the one handler in cli.
     */
    private void runChecks(LintContext context) {
        List<Document> documents = context.catalog().documents();
        List<DocumentCheck> perDocument = new ArrayList<>();
        List<Check> catalogWide = new ArrayList<>();
        List<DocumentFact<?>> facts = new ArrayList<>();
        for (Check check : registry.checks()) {
            if (allOff(check, context.config())) {
                continue;
            }
            if (check instanceof DocumentCheck d) {
                perDocument.add(d);
            }
            catalogWide.add(check);
            for (DocumentFact<?> fact : check.facts()) {
                if (!facts.contains(fact)) {
                    facts.add(fact);
                }
            }
        }
        int minimumToShare = documents.size() < 50 ? Integer.MAX_VALUE : 2;
        if (!perDocument.isEmpty() || !facts.isEmpty()) {
            // several shares per core, so that a core that finishes early takes another
            int cores = Runtime.getRuntime().availableProcessors();
            int shareSize = Math.max(64, -Math.floorDiv(-documents.size(), 8 * cores)); // rounded up
            List<Share> shares = new ArrayList<>();
            for (int from = 0; from < documents.size(); from += shareSize) {
                shares.add(new Share(context.forShare(), documents.subList(from, Math.min(documents.size(),
                        from + shareSize))));
            }
            dev.hookctl.load.Workers.map(shares, minimumToShare, "hookctl-lint",
                    share -> share.run(perDocument, facts));
            for (Share share : shares) {
                for (Diagnostic d : share.context.diagnostics()) {
                    context.report(d);
                }
                for (int f = 0; f < facts.size(); f++) {
                    context.addFacts(facts.get(f), share.facts.get(f));
                }
            }
        }
        PhaseTimes.mark("documents");
        dev.hookctl.load.Workers.map(catalogWide, minimumToShare, "hookctl-lint", check -> {
            if (check instanceof DocumentCheck d) {
                d.checkCatalog(context);
            } else {
                check.check(context);
            }
            return check;
        });
    }

    /**
     * Whether the configuration turns off every rule the check may report: then it is not run, as
     * all its findings would be dropped (so turning off a family of rules also saves its time).
     * Right while a check reports only the rules it declares, which RulesOffTest holds it to.
     */
    private static boolean allOff(Check check, LintConfig config) {
        return !check.rules().isEmpty() && check.rules().stream().allMatch(r -> config.turnsOff(r.id()));
    }

    /** Consecutive documents for one worker, with findings of its own and, per fact, the fact about each. */
    private static final class Share {
        final LintContext context;
        final List<Document> documents;
        final List<Map<Document, Object>> facts = new ArrayList<>();

        Share(LintContext context, List<Document> documents) {
            this.context = context;
            this.documents = documents;
        }

        Share run(List<DocumentCheck> checks, List<DocumentFact<?>> factsToFind) {
            DocumentCheck.Checker[] checkers = new DocumentCheck.Checker[checks.size()];
            for (int i = 0; i < checkers.length; i++) {
                checkers[i] = checks.get(i).checker(context);
            }
            for (int f = 0; f < factsToFind.size(); f++) {
                facts.add(new java.util.IdentityHashMap<>(documents.size()));
            }
            for (int d = 0; d < documents.size(); d++) {
                Document document = documents.get(d);
                for (DocumentCheck.Checker checker : checkers) {
                    checker.check(document);
                }
                for (int f = 0; f < factsToFind.size(); f++) {
                    facts.get(f).put(document, factsToFind.get(f).of(document));
                }
            }
            return this;
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
        PhaseTimes.mark("catalog");
        LintContext context = new LintContext(catalog, config);
        PhaseTimes.mark("usages");
        runChecks(context);
        PhaseTimes.mark("catalog-wide");
        List<Diagnostic> raw = new ArrayList<>(load.diagnostics());
        raw.addAll(context.diagnostics());
        // rules turned off go first: a refined finding that is off must not take the general one with it
        raw.removeIf(d -> config.turnsOff(d.ruleId()));
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : Suppressions.apply(load.files(), load.documents(), dropRefined(raw), registry,
                config::turnsOff)) {
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
        // the files' documents: with --cluster the catalog holds the cluster's templates too, which
        // resolve references but are not what was linted
        WorkflowUsages usages = context.usages();
        int[] counts = countKinds(load.documents(), d -> isHookTemplate(d, usages));
        List<String> files = new ArrayList<>(load.files().size());
        for (SourceFile f : load.files()) {
            files.add(f.displayPath());
        }
        files.sort(null); // the loader returns them sorted already: one comparison each
        PhaseTimes.mark("suppressions and sorting");
        return new LintReport(sorted, files, counts[0], counts[1], counts[2], load.skippedDocuments(),
                load.unreadableInput());
    }

    /**
     * Flows, hook templates and other manifests among the documents: the summary's counts. A hook
     * template is a Promotion Workflow ({@link #isHookTemplate}); other Argo documents (templates
     * that hooks call through templateRef, cron workflows) are other manifests.
     */
    public static int[] countKinds(List<Document> documents, Predicate<Document> hookTemplate) {
        int[] counts = new int[3];
        for (Document d : documents) {
            if (d.kind() == Kind.PROMOTION_FLOW) {
                counts[0]++;
            } else if (hookTemplate.test(d)) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        return counts;
    }

    /** {@link #isHookTemplate} over a catalog, for counting some of its documents again. */
    public static Predicate<Document> hookTemplates(Catalog catalog) {
        WorkflowUsages usages = WorkflowUsages.of(catalog);
        return d -> isHookTemplate(d, usages);
    }

    /**
     * A WorkflowTemplate or Workflow that is a Promotion Workflow: annotated {@code
     * codefresh.io/workflow-origin: promotion}, or the one a flow or policy names as a hook or
     * action (which the annotation rule then asks to annotate). The kinds Codefresh runs as hooks.
     */
    static boolean isHookTemplate(Document d, WorkflowUsages usages) {
        return (d.kind() == Kind.WORKFLOW_TEMPLATE || d.kind() == Kind.WORKFLOW)
                && (new HookTemplate(d).isPromotionWorkflow() || usages.resolvesTo(d));
    }
}
