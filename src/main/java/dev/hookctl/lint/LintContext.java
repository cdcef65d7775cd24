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

/** What a check sees: the catalog, the configuration, how workflows are used, and where to report. */
public final class LintContext {
    private final Catalog catalog;
    private final LintConfig config;
    private final WorkflowUsages usages;
    private final List<Diagnostic> sink = new ArrayList<>();
    private final java.util.Map<Object, Object> shared = new java.util.HashMap<>();

    public LintContext(Catalog catalog, LintConfig config) {
        this.catalog = catalog;
        this.config = config;
        this.usages = WorkflowUsages.of(catalog);
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
        return sink;
    }
}
