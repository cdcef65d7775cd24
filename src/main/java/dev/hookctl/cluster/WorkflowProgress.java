package dev.hookctl.cluster;

import java.time.Duration;

/**
 * A Workflow's state as the progress line shows it. {@code phase} is Argo's {@code status.phase}
 * ("" before the controller picked it up); nodes count the nodes of {@code status.nodes} that do work
 * (every type except the groups Steps, StepGroup, DAG, TaskGroup and Retry), done = finished in any way.
 */
public record WorkflowProgress(String name, String namespace, String phase, int nodesDone, int nodesTotal,
                               Duration elapsed, String message) {

    /** The one-line form: {@code hook-abc12 Running  nodes 1/3  12s}. */
    public String line() {
        return name + " " + (phase.isEmpty() ? "Pending" : phase)
                + "  nodes " + nodesDone + "/" + nodesTotal
                + "  " + Durations.format(elapsed)
                + (message.isEmpty() ? "" : "  " + message);
    }

    boolean sameStateAs(WorkflowProgress other) {
        return other != null && phase.equals(other.phase) && nodesDone == other.nodesDone
                && nodesTotal == other.nodesTotal && message.equals(other.message);
    }
}
