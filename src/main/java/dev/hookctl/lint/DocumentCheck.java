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
