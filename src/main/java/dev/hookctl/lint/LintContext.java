package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a check sees: the catalog, the configuration, how workflows are used, and where to report.
 * Checks run in parallel, so reporting and {@link #shared} are thread-safe; the catalog and the
 * trees are immutable.
 */
public final class LintContext {
    private final Catalog catalog;
    private final LintConfig config;
    private final WorkflowUsages usages;
    private final List<Diagnostic> sink;
    private final java.util.Map<Object, Object> shared;
    /** Facts about documents, by fact; filled by the Linter before the whole-catalog checks run, then only read. */
    private final java.util.Map<DocumentFact<?>, java.util.Map<Document, Object>> facts =
            new java.util.IdentityHashMap<>();

    public LintContext(Catalog catalog, LintConfig config) {
        this(catalog, config, WorkflowUsages.of(catalog), java.util.Collections.synchronizedList(new ArrayList<>()),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    private LintContext(Catalog catalog, LintConfig config, WorkflowUsages usages, List<Diagnostic> sink,
                        java.util.Map<Object, Object> shared) {
        this.catalog = catalog;
        this.config = config;
        this.usages = usages;
        this.sink = sink;
        this.shared = shared;
    }

    /**
     * A context for one worker's share of the documents: the same catalog, usages and shared facts,
     * and findings of its own, which the Linter adds to this context's in the order of the shares.
     */
    LintContext forShare() {
        return new LintContext(catalog, config, usages, java.util.Collections.synchronizedList(new ArrayList<>()),
                shared);
    }

    public Catalog catalog() {
        return catalog;
    }

    public LintConfig config() {
        return config;
    }

    public WorkflowUsages usages() {
        return usages;
    }

    /**
     * A fact about the catalog that several checks need (such as the promotion-context keys),
     * computed once per lint run under {@code key}.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Supplier<T> compute) {
        return (T) shared.computeIfAbsent(key, k -> compute.get());
    }

    /**
     * A fact about a document: the one the Linter worked out in its document phase when a check
     * named it in {@link Check#facts()}, else worked out now.
     */
    @SuppressWarnings("unchecked")
    public <T> T fact(DocumentFact<T> fact, Document document) {
        java.util.Map<Document, Object> known = facts.get(fact);
        if (known != null) {
            // one lookup where the fact is not null (most): each hashes the document by identity,
            // a call into the VM, and the catalog-wide checks ask for every workflow
            Object value = known.get(document);
            if (value != null || known.containsKey(document)) {
                return (T) value;
            }
        }
        return fact.of(document);
    }

    /** Facts worked out by the Linter: by document, for the documents of the catalog. */
    void addFacts(DocumentFact<?> fact, java.util.Map<Document, Object> byDocument) {
        facts.computeIfAbsent(fact, f -> new java.util.IdentityHashMap<>(catalog.documents().size()))
                .putAll(byDocument);
    }

    public void report(RuleInfo rule, Location at, String message, String hint, Location... related) {
        sink.add(new Diagnostic(rule.id(), rule.severity(), message, hint, at, Arrays.asList(related)));
    }

    public void report(RuleInfo rule, Document doc, YamlNode at, String message, String hint) {
        report(rule, doc.at(at), message, hint);
    }

    public void report(Diagnostic d) {
        sink.add(d);
    }

    List<Diagnostic> diagnostics() {
        synchronized (sink) {
            return new ArrayList<>(sink);
        }
    }
}
