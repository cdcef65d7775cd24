package dev.hookctl.release;

import java.util.List;

/** A line of a simulated release's timeline. */
public sealed interface TimelineEntry permits Firing, TimelineEntry.GroupStarted,
        TimelineEntry.EnvironmentFinished, TimelineEntry.NotStarted {

    /** Environments that start together (they run in parallel when there are several). */
    record GroupStarted(int group, List<String> environments) implements TimelineEntry {
        public GroupStarted {
            environments = List.copyOf(environments);
        }
    }

    /** The promotion of an environment ended (or its status changed because an onSuccess hook failed). */
    record EnvironmentFinished(String environment, EnvironmentStatus status, String message) implements TimelineEntry {}

    /** An environment that never starts, and why. */
    record NotStarted(String environment, String reason) implements TimelineEntry {}
}
