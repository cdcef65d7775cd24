package dev.hookctl.lint;

import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.FlowStep;
import dev.hookctl.model.HookAssignment;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.PromotionPolicy;
import dev.hookctl.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each workflow name is used: as a hook (and for which phase) or as a pre/post action.
 * Codefresh-specific template rules apply only to workflows used these ways.
 */
public final class WorkflowUsages {
    /** One reference to a workflow by name from a flow or policy. */
    public record Usage(Document from, Text reference, Optional<HookAssignment> hook, Optional<String> action) {
        public boolean isHook() {
            return hook.isPresent();
        }
    }

    private final Map<String, List<Usage>> byName = new LinkedHashMap<>();
    private final Catalog catalog;

    private WorkflowUsages(Catalog catalog) {
        this.catalog = catalog;
    }

    static WorkflowUsages of(Catalog catalog) {
        WorkflowUsages u = new WorkflowUsages(catalog);
        for (Document d : catalog.documents(Kind.PROMOTION_FLOW)) {
            PromotionFlow flow = new PromotionFlow(d);
            for (HookAssignment h : flow.hookAssignments()) {
                u.add(new Usage(d, h.workflow(), Optional.of(h), Optional.empty()));
            }
            for (FlowStep s : flow.steps()) {
                s.preAction().ifPresent(t -> u.add(new Usage(d, t, Optional.empty(), Optional.of("preAction"))));
                s.postAction().ifPresent(t -> u.add(new Usage(d, t, Optional.empty(), Optional.of("postAction"))));
            }
        }
        for (Document d : catalog.documents(Kind.PROMOTION_POLICY)) {
            PromotionPolicy p = new PromotionPolicy(d);
            p.preAction().ifPresent(t -> u.add(new Usage(d, t, Optional.empty(), Optional.of("preAction"))));
            p.postAction().ifPresent(t -> u.add(new Usage(d, t, Optional.empty(), Optional.of("postAction"))));
        }
        return u;
    }

    private void add(Usage usage) {
        byName.computeIfAbsent(usage.reference().value(), k -> new ArrayList<>()).add(usage);
    }

    public List<Usage> of(String workflowName) {
        return byName.getOrDefault(workflowName, List.of());
    }

    public List<Usage> all() {
        List<Usage> out = new ArrayList<>();
        byName.values().forEach(out::addAll);
        return out;
    }

    public boolean isHook(String workflowName) {
        List<Usage> usages = of(workflowName);
        for (int i = 0; i < usages.size(); i++) { // asked for every workflow: no stream
            if (usages.get(i).isHook()) {
                return true;
            }
        }
        return false;
    }

    public boolean isUsed(String workflowName) {
        return byName.containsKey(workflowName);
    }

    /**
     * Whether {@code d} is the workflow that a name a flow or policy uses resolves to: the
     * WorkflowTemplate of that name, else the Workflow, as Codefresh resolves hooks and actions.
     */
    public boolean resolvesTo(Document d) {
        return (d.kind() == Kind.WORKFLOW_TEMPLATE || d.kind() == Kind.WORKFLOW) && isUsed(d.name())
                && catalog.findWorkflow(d.name()).orElse(null) == d;
    }
}
