package dev.hookctl.model;

import java.util.Optional;

/**
 * A hook named in a flow: at release level ({@code spec.hooks}) or for one target environment
 * ({@code spec.steps[].hooks}), for one phase.
 */
public record HookAssignment(PromotionFlow flow, Phase phase, Text workflow, Optional<FlowStep> step) {
    public boolean isReleaseLevel() {
        return step.isEmpty();
    }

    /** "release" or "environment \"qa\"", for messages. */
    public String scopeLabel() {
        return step.flatMap(FlowStep::environment).map(e -> "environment \"" + e.value() + "\"").orElse("release");
    }
}
