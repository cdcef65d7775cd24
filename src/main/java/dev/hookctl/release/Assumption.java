package dev.hookctl.release;

/**
 * Behaviour the Codefresh docs leave open (domain.md §5) that the simulation has to choose.
 * docs/semantics.md explains each under its id; the timeline names the ones it relied on.
 */
public enum Assumption {
    IMPLICIT_DEPENDS_ON("A1", "a step without dependsOn waits for the trigger environment only (OPEN 2)"),
    PARALLEL_ORDER("A2", "environments that become ready together run in parallel; their firings are numbered "
            + "in spec.steps order, all onStart hooks of a group before any outcome"),
    FAILURE_ISOLATION("A3", "a failed environment blocks only the environments that depend on it; the others "
            + "still run (OPEN 20)"),
    FAILED_ENVIRONMENTS_SHAPE("A4", "FAILED_ENVIRONMENTS is a JSON array of {\"name\", \"status\", \"errorMessage\"}, "
            + "an array of one for an environment-level hook (OPEN 5)"),
    CONTEXT_MERGE("A5", "exported promotion contexts merge key by key in firing order, later keys win, and a "
            + "context key overrides a default argument of the same name (OPEN 19)"),
    HOOK_FAILURE("A6", "a failed onStart or onSuccess hook fails its environment (or the release) and runs the "
            + "onFail hook of the same scope; a failed release onStart hook stops the release before any "
            + "environment; a failed hook exports no context"),
    TERMINATION("A7", "terminating the release terminates every environment running at that moment; their "
            + "onFail hooks run, then the release onFail hook; environments not started stay Pending"),
    REFUSED_FIRING("A8", "a firing whose arguments are incomplete, or whose template is not in the files, is "
            + "refused by Argo and counts as a failed hook"),
    VERSION_IS_RELEASE_VERSION("A9", "VERSION is the version of the release (--release-version) (OPEN 7)");

    private final String id;
    private final String text;

    Assumption(String id, String text) {
        this.id = id;
        this.text = text;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }
}
