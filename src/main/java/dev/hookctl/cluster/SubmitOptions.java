package dev.hookctl.cluster;

/**
 * How to submit: {@code dryRun} asks the API server to validate without creating ({@code dryRun=All});
 * {@code checkTemplateRef} first checks that the WorkflowTemplate a {@code workflowTemplateRef} names
 * is installed (skip it after a dry-run {@code --apply}, when the template was not really created).
 */
public record SubmitOptions(boolean dryRun, boolean checkTemplateRef) {
    public static SubmitOptions create() {
        return new SubmitOptions(false, true);
    }

    public static SubmitOptions serverDryRun() {
        return new SubmitOptions(true, true);
    }

    public SubmitOptions withoutTemplateCheck() {
        return new SubmitOptions(dryRun, false);
    }
}
