package dev.hookctl.lint;

import dev.hookctl.load.Document;

/**
 * A check that judges each document on its own (reading the catalog and the usages at most), and
 * reports only about that document. {@link Linter} runs these document by document, every such
 * check on a document before it moves to the next, with the documents shared out among the
 * cores: a document's nodes are then still in the processor's cache for the second and later
 * checks, and two cores get even shares however uneven the checks' costs are.
 */
public interface DocumentCheck extends Check {
    /**
     * A checker for one worker's share of the documents, which it is given one at a time, in
     * catalog order. It may keep buffers from one document to the next; each worker has its own.
     */
    Checker checker(LintContext context);

    /** Checks documents one at a time. */
    interface Checker {
        void check(Document document);
    }

    /**
     * Whether {@link LoadingChecks} may run this check on each document as soon as it is parsed, on
     * the loading threads, before the catalog exists. A check says yes when it judges a document by
     * the document and the configuration, and asks for the catalog or the usages (which then throw
     * {@link LintContext.CatalogNeeded}) only in cases it cannot decide alone: the findings it made
     * for that document are taken back, and it judges the document again with the catalog. Its
     * checker must therefore keep no state from one document to the next that such an interruption
     * could leave half-updated. Overlapping the checks with the reading of files is what makes lint
     * not much slower than parsing (docs/performance.md).
     */
    default boolean runsWhileLoading() {
        return false;
    }

    /**
     * What the check has to say about the catalog as a whole (a name that resolves to no document,
     * say), after every document was checked; nothing by default.
     */
    default void checkCatalog(LintContext context) {
    }

    /** Every document of the catalog, in order, with one checker; then the catalog as a whole. */
    @Override
    default void check(LintContext context) {
        Checker checker = checker(context);
        for (Document d : context.catalog().documents()) {
            checker.check(d);
        }
        checkCatalog(context);
    }
}
