package dev.hookctl.model;

import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A view of a PromotionFlow manifest. Values of the wrong type read as absent; rules report them. */
public record PromotionFlow(Document document) {
    public PromotionFlow {
        if (document.kind() != Kind.PROMOTION_FLOW) {
            throw new IllegalArgumentException("not a PromotionFlow: " + document);
        }
    }

    public String name() {
        return document.name();
    }

    public Optional<Mapping> spec() {
        return document.spec();
    }

    public Optional<Text> triggerEnvironment() {
        return Views.text(spec(), "triggerEnvironment");
    }

    public List<FlowStep> steps() {
        List<Mapping> items = Views.mappings(spec(), "steps");
        List<FlowStep> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(new FlowStep(items.get(i), i));
        }
        return out;
    }

    /** The first step for each target environment, in flow order. */
    public Map<String, FlowStep> stepsByEnvironment() {
        Map<String, FlowStep> out = new LinkedHashMap<>();
        for (FlowStep s : steps()) {
            s.environment().ifPresent(e -> out.putIfAbsent(e.value(), s));
        }
        return out;
    }

    public Optional<Mapping> releaseHooks() {
        return spec().flatMap(s -> s.mapping("hooks"));
    }

    public Optional<Text> releaseHook(Phase phase) {
        return Views.text(releaseHooks(), phase.key());
    }

    /** Every hook the flow assigns: release level first, then each step in order, phases in order. */
    public List<HookAssignment> hookAssignments() {
        List<HookAssignment> out = new ArrayList<>();
        for (Phase p : Phase.values()) {
            releaseHook(p).ifPresent(w -> out.add(new HookAssignment(this, p, w, Optional.empty())));
        }
        for (FlowStep s : steps()) {
            for (Phase p : Phase.values()) {
                s.hook(p).ifPresent(w -> out.add(new HookAssignment(this, p, w, Optional.of(s))));
            }
        }
        return out;
    }
}
