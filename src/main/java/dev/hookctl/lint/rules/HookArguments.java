package dev.hookctl.lint.rules;

import dev.hookctl.diag.Location;
import dev.hookctl.lint.DocumentFact;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.WorkflowUsages.Usage;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Phase;
import dev.hookctl.release.ArgumentSupply;
import dev.hookctl.release.ContextKeys;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the two argument rules share: every template used as a hook, the phases it is assigned
 * to, and {@link ArgumentSupply} (the same decision render and fire make) for each phase.
 */
final class HookArguments {
    private HookArguments() {}

    /** A hook template, where it is assigned, and its argument supply per assigned phase. */
    record HookUse(Document template, List<Usage> usages, Map<Phase, ArgumentSupply> byPhase) {
        Location[] usageLocations() {
            return usages.stream().map(u -> u.from().at(u.reference().node())).toArray(Location[]::new);
        }
    }

    /**
     * What each workflow says about the promotion context, read in the lint's document phase (a
     * walk of every node of every workflow, cheap while the document is in the processor's cache).
     */
    static final DocumentFact<ContextKeys.Workflow> CONTEXT_EXPORT = d -> d.kind() == Kind.WORKFLOW_TEMPLATE
            || d.kind() == Kind.WORKFLOW || d.kind() == Kind.CLUSTER_WORKFLOW_TEMPLATE ? ContextKeys.read(d) : null;

    /**
     * The arguments a workflow declares ({@link ArgumentSupply#declared}), and whether some of them
     * may lack a value ({@link ArgumentSupply#mayLackValue}).
     */
    record Arguments(List<ArgumentSupply.Declared> declared, boolean mayLackValue) {}

    /**
     * Each workflow's {@link Arguments}, read in the lint's document phase, on all cores: the
     * catalog-wide work below, which one core does while the other waits for it, then classifies
     * only the hooks that may lack a value, without going back to trees that have left the cache.
     */
    static final DocumentFact<Arguments> ARGUMENTS = d -> {
        if (d.kind() != Kind.WORKFLOW_TEMPLATE && d.kind() != Kind.WORKFLOW) {
            return null;
        }
        List<ArgumentSupply.Declared> declared = ArgumentSupply.declared(new HookTemplate(d));
        return new Arguments(declared, ArgumentSupply.mayLackValue(declared));
    };

    /** The facts the argument rules name. */
    static final List<DocumentFact<?>> FACTS = List.of(CONTEXT_EXPORT, ARGUMENTS);

    /**
     * The hooks of the catalog that may lack an argument's value, with their argument supply per
     * phase, computed once per lint run. (A hook whose every argument has a value, or is a default
     * argument passed to every phase, has nothing for either rule to report.)
     */
    static List<HookUse> hooks(LintContext ctx) {
        return ctx.shared(HookArguments.class,
                () -> compute(ctx, ContextKeys.possible(ctx.catalog(), d -> ctx.fact(CONTEXT_EXPORT, d))));
    }

    private static List<HookUse> compute(LintContext ctx, Set<String> contextKeys) {
        Map<String, List<Usage>> byName = new LinkedHashMap<>();
        for (Usage u : ctx.usages().all()) {
            if (u.isHook()) {
                byName.computeIfAbsent(u.reference().value(), k -> new ArrayList<>()).add(u);
            }
        }
        List<HookUse> out = new ArrayList<>();
        for (Map.Entry<String, List<Usage>> e : byName.entrySet()) {
            ctx.catalog().findWorkflow(e.getKey()).ifPresent(d -> {
                Arguments arguments = ctx.fact(ARGUMENTS, d);
                if (!arguments.mayLackValue()) {
                    return;
                }
                Set<Phase> phases = EnumSet.noneOf(Phase.class);
                e.getValue().forEach(u -> phases.add(u.hook().orElseThrow().phase()));
                Map<Phase, ArgumentSupply> supply = new LinkedHashMap<>();
                for (Phase p : phases) {
                    supply.put(p, ArgumentSupply.of(d.name(), arguments.declared(), p, contextKeys, Set.of()));
                }
                out.add(new HookUse(d, e.getValue(), supply));
            });
        }
        return out;
    }
}
