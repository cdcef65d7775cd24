package dev.hookctl.cluster;

/** The result of applying a WorkflowTemplate: created or updated (or only validated, after a dry run). */
public record Applied(String kind, String name, String namespace, Action action, boolean dryRun) {
    public enum Action { CREATED, UPDATED }

    /** kubectl's wording: {@code workflowtemplate.argoproj.io/NAME created (server dry run)}. */
    public String summary() {
        return kind.toLowerCase(java.util.Locale.ROOT) + ".argoproj.io/" + name + " "
                + action.name().toLowerCase(java.util.Locale.ROOT) + (dryRun ? " (server dry run)" : "");
    }
}
