package dev.hookctl.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A simulated release: the timeline, each target environment's final status, how the release
 * ended, the release facts, and the assumptions (docs/semantics.md) the simulation relied on.
 */
public record SimulationResult(String flow, String triggerEnvironment, ReleaseFacts facts,
                               List<TimelineEntry> timeline, List<EnvironmentState> environments,
                               ReleaseOutcome outcome, Set<Assumption> assumptions, Instant simulatedAt,
                               List<String> notes) {

    /** A target environment at the end of the release. */
    public record EnvironmentState(String name, EnvironmentStatus status, String errorMessage) {}

    /** How the release ended: Succeeded, Failed or Terminated, and why. */
    public record ReleaseOutcome(String status, String message) {}

    public SimulationResult {
        timeline = List.copyOf(timeline);
        environments = List.copyOf(environments);
        assumptions = Set.copyOf(assumptions);
        notes = List.copyOf(notes);
    }

    public List<Firing> firings() {
        List<Firing> out = new ArrayList<>();
        for (TimelineEntry e : timeline) {
            if (e instanceof Firing f) {
                out.add(f);
            }
        }
        return out;
    }

    /** True when some firing was refused: the manifests would break a real release. */
    public boolean anyRefused() {
        return firings().stream().anyMatch(f -> f.result() == Firing.Result.REFUSED);
    }

    /** The assumptions used, in id order. */
    public List<Assumption> assumptionsInOrder() {
        return assumptions.stream().sorted().toList();
    }
}
