package dev.hookctl.release;

import dev.hookctl.model.Phase;
import java.util.Optional;

/** Something that happens during a release and may fire a hook: a scope and a phase. */
public record ReleaseEvent(Scope scope, Phase phase) {

    public static ReleaseEvent release(Phase phase) {
        return new ReleaseEvent(Scope.RELEASE, phase);
    }

    public static ReleaseEvent environment(String environment, Phase phase) {
        return new ReleaseEvent(Scope.environment(environment), phase);
    }

    public boolean isReleaseLevel() {
        return scope instanceof Scope.Release;
    }

    /** The environment of an environment-level event. */
    public Optional<String> environment() {
        return scope instanceof Scope.Environment e ? Optional.of(e.name()) : Optional.empty();
    }

    /** "release onFail" or "environment \"staging\" onStart". */
    public String describe() {
        return (isReleaseLevel() ? "release" : "environment \"" + environment().orElse("") + "\"") + " " + phase.key();
    }
}
