package dev.hookctl.release;

/** Environment statuses, spelled as Codefresh shows them (domain.md §2.10). */
public enum EnvironmentStatus {
    PENDING("Pending"), RUNNING("Running"), SUCCESSFUL("Successful"), FAILED("Failed"), TERMINATED("Terminated");

    private final String label;

    EnvironmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFailure() {
        return this == FAILED || this == TERMINATED;
    }
}
