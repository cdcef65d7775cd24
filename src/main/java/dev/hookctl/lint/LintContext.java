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
