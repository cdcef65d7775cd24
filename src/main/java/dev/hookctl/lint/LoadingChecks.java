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
            if (check instanceof DocumentCheck d && d.runsWhileLoading()) {
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

    /** What was done for one document while loading. {@code deferred[i]}: check i needs the catalog for it. */
    private record Judged(List<Diagnostic> findings, boolean[] deferred, Object[] facts) {}

    /** One loading thread's checkers, context and results. */
    private final class Worker {
        final LintContext context = LintContext.whileLoading(config);
        final DocumentCheck.Checker[] checkers = new DocumentCheck.Checker[checks.size()];
        final boolean[] unavailable = new boolean[checks.size()];
        final Map<Document, Judged> results = new IdentityHashMap<>();

        Worker() {
            for (int i = 0; i < checkers.length; i++) {
                try {
                    checkers[i] = checks.get(i).checker(context);
                } catch (LintContext.CatalogNeeded e) {
                    unavailable[i] = true; // it wants the catalog for every document
                }
            }
        }

        void judge(Document document) {
            boolean[] deferred = unavailable.clone();
            for (int i = 0; i < checkers.length; i++) {
                if (deferred[i]) {
                    continue;
                }
                int before = context.findingCount();
                try {
                    checkers[i].check(document);
                } catch (LintContext.CatalogNeeded e) {
                    context.truncate(before);
                    deferred[i] = true;
                }
            }
            List<Diagnostic> found = context.diagnostics();
            context.truncate(0);
            Object[] values = new Object[facts.size()];
            for (int f = 0; f < values.length; f++) {
                values[f] = facts.get(f).of(document);
            }
            results.put(document, new Judged(found.isEmpty() ? List.of() : found, deferred, values));
        }
    }

    private Map<Document, Judged> judged() {
        if (judged == null) {
            judged = new IdentityHashMap<>();
            for (Worker w : workers) {
                judged.putAll(w.results);
            }
        }
        return judged;
    }

    /** Whether {@code check} has judged {@code document} already (its findings are in {@link #findings}). */
    boolean hasJudged(Document document, DocumentCheck check) {
        Judged j = judged().get(document);
        Integer i = indexOf.get(check);
        return j != null && i != null && !j.deferred()[i];
    }

    /** The findings of the checks that judged {@code document} while loading; none for a document not seen. */
    List<Diagnostic> findings(Document document) {
        Judged j = judged().get(document);
        return j == null ? List.of() : j.findings();
    }

    /** Whether {@code fact} was worked out for {@code document} while loading. */
    boolean knows(Document document, DocumentFact<?> fact) {
        return judged().containsKey(document) && factIndex.containsKey(fact);
    }

    /** The fact worked out while loading; only when {@link #knows}. */
    Object fact(Document document, DocumentFact<?> fact) {
        return judged().get(document).facts()[factIndex.get(fact)];
    }
}
