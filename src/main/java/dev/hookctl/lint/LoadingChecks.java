package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.load.Document;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The part of a lint that runs while the files are still being loaded: the loader hands each
 * document over as soon as it is parsed, on the thread that parsed it (see
 * {@code Loader.load(List, Consumer)}), and this runs on it every document check that
 * {@linkplain DocumentCheck#runsWhileLoading can}, and works out every {@link DocumentFact}. Parsing
 * leaves cores idle (a folder walk feeds it, files wait on the disk), and the document's nodes are
 * still in the processor's cache. {@link Linter#lint(dev.hookctl.load.LoadResult, dev.hookctl.load.Catalog,
 * LintConfig, LoadingChecks)} then runs only what is left: the other checks, and a check again on a
 * document where it needed the catalog. The findings are the same as without it
 * ({@code LoadingChecksTest} lints every test input both ways).
 */
public final class LoadingChecks implements Consumer<Document> {
    private final List<DocumentCheck> checks = new ArrayList<>();
    private final Map<DocumentCheck, Integer> indexOf = new IdentityHashMap<>();
    private final List<DocumentFact<?>> facts = new ArrayList<>();
    private final Map<DocumentFact<?>, Integer> factIndex = new IdentityHashMap<>();
    private final LintConfig config;
    private final Queue<Worker> workers = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Worker> worker = new ThreadLocal<>();
    /** Every worker's results in one map, made on the first question after loading. */
    private Map<Document, Judged> judged;

    public LoadingChecks(RuleRegistry registry, LintConfig config) {
        this.config = config;
        for (Check check : registry.checks()) {
            if (check instanceof DocumentCheck d && d.runsWhileLoading() && checks.size() < 64) {
                indexOf.put(d, checks.size());
                checks.add(d);
            }
            for (DocumentFact<?> fact : check.facts()) {
                if (!factIndex.containsKey(fact)) {
                    factIndex.put(fact, facts.size());
                    facts.add(fact);
                }
            }
        }
    }

    /** Judges one document; called by the loader on any of its threads, each document once. */
    @Override
    public void accept(Document document) {
        Worker w = worker.get();
        if (w == null) {
            w = new Worker();
            worker.set(w);
            workers.add(w);
        }
        w.judge(document);
    }

    /**
     * What was done for one document while loading: the findings, the checks that need the catalog
     * for it (bit i: check i; at most 64 checks run while loading), and the facts, by fact index.
     */
    record Judged(List<Diagnostic> findings, long deferred, Object[] facts) {
        /** Whether the check with index {@code i} (see {@link #indexOf}) judged the document. */
        boolean judgedBy(int i) {
            return i >= 0 && (deferred & (1L << i)) == 0;
        }
    }

    /** One loading thread's checkers, context and results. */
    private final class Worker {
        final LintContext context = LintContext.whileLoading(config);
        final DocumentCheck.Checker[] checkers = new DocumentCheck.Checker[checks.size()];
        long unavailable;
        final Map<Document, Judged> results = new IdentityHashMap<>();

        Worker() {
            for (int i = 0; i < checkers.length; i++) {
                try {
                    checkers[i] = checks.get(i).checker(context);
                } catch (LintContext.CatalogNeeded e) {
                    unavailable |= 1L << i; // it wants the catalog for every document
                }
            }
        }

        void judge(Document document) {
            long deferred = unavailable;
            for (int i = 0; i < checkers.length; i++) {
                if ((deferred & (1L << i)) != 0) {
                    continue;
                }
                int before = context.findingCount();
                try {
                    checkers[i].check(document);
                } catch (LintContext.CatalogNeeded e) {
                    context.truncate(before);
                    deferred |= 1L << i;
                }
            }
            List<Diagnostic> found = List.of();
            if (context.findingCount() > 0) {
                found = context.diagnostics();
                context.truncate(0);
            }
            Object[] values = NO_FACTS;
            if (!facts.isEmpty()) {
                values = new Object[facts.size()];
                for (int f = 0; f < values.length; f++) {
                    values[f] = facts.get(f).of(document);
                }
            }
            results.put(document, new Judged(found, deferred, values));
        }
    }

    private static final Object[] NO_FACTS = new Object[0];

    private Map<Document, Judged> judged() {
        if (judged == null) {
            judged = new IdentityHashMap<>();
            for (Worker w : workers) {
                judged.putAll(w.results);
            }
        }
        return judged;
    }

    /** What was done for {@code document} while loading, or null: not seen (a document from a cluster, say). */
    Judged judged(Document document) {
        return judged().get(document);
    }

    /** The index of a check that runs while loading, for {@link Judged#judgedBy}; -1 for any other. */
    int indexOf(DocumentCheck check) {
        Integer i = indexOf.get(check);
        return i == null ? -1 : i;
    }

    /** The index of a fact in {@link Judged#facts}; -1 for a fact not worked out while loading. */
    int indexOf(DocumentFact<?> fact) {
        Integer i = factIndex.get(fact);
        return i == null ? -1 : i;
    }

    /** The findings of the checks that judged {@code document} while loading; none for a document not seen. */
    List<Diagnostic> findings(Document document) {
        Judged j = judged().get(document);
        return j == null ? List.of() : j.findings();
    }
}
