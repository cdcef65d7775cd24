package dev.hookctl.lint;

import dev.hookctl.load.Document;

/**
 * Something a whole-catalog check needs to know about each document, such as whether a workflow
 * exports a promotion context. {@link Linter} works it out for every document right after the
 * document checks have looked at that document (its nodes are then still in the processor's
 * cache, see {@link DocumentCheck}), before any whole-catalog check runs; a check asks for it
 * with {@link LintContext#fact} and names it in {@link Check#facts()}.
 */
public interface DocumentFact<T> {
    /** The fact about one document; called on any thread, for different documents at once. */
    T of(Document document);
}
