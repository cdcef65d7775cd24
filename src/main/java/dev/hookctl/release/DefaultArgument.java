package dev.hookctl.release;

import dev.hookctl.model.Phase;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments Codefresh passes to a hook that declares them (domain.md §2.4). Each knows
 * which phases receive it and the hookctl option that supplies it when rendering.
 */
public enum DefaultArgument {
    RELEASE_URL(false, "--release-url URL"),
    PRODUCT_NAME(false, "--product NAME"),
    VERSION(false, "--release-version VERSION"),
    COMMIT_SHA(false, "--commit SHA"),
    PROMOTION_FLOW_NAME(false, "--flow NAME"),
    RELEASE_ID(false, "--release-id ID"),
    ERROR_MESSAGE(true, "--error-message TEXT"),
    FAILED_ENVIRONMENTS(true, "-p FAILED_ENVIRONMENTS=JSON");

    private final boolean failOnly;
    private final String option;

    DefaultArgument(boolean failOnly, String option) {
        this.failOnly = failOnly;
        this.option = option;
    }

    /** Passed to onFail hooks only. */
    public boolean failOnly() {
        return failOnly;
    }

    /** The hookctl option that sets this argument's value. */
    public String option() {
        return option;
    }

    /** Whether the platform passes this argument to a hook of the given phase. */
    public boolean suppliedIn(Phase phase) {
        return !failOnly || phase == Phase.FAIL;
    }

    /** By name: asked for every argument of every hook. (A loop, not a stream: this runs at start-up.) */
    private static final Map<String, DefaultArgument> BY_NAME;

    static {
        Map<String, DefaultArgument> byName = new HashMap<>();
        for (DefaultArgument a : values()) {
            byName.put(a.name(), a);
        }
        BY_NAME = Map.copyOf(byName);
    }

    public static Optional<DefaultArgument> of(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
