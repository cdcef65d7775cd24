package dev.hookctl.release;

/** Where a hook fires: for the whole release, or for one target environment. */
public sealed interface Scope permits Scope.Release, Scope.Environment {

    /** "release" or the environment name, as the timeline and JSON show it. */
    String label();

    /** The release as a whole ({@code spec.hooks}). */
    record Release() implements Scope {
        @Override
        public String label() {
            return "release";
        }
    }

    /** One target environment ({@code spec.steps[].hooks}). */
    record Environment(String name) implements Scope {
        @Override
        public String label() {
            return name;
        }
    }

    Scope RELEASE = new Release();

    static Scope environment(String name) {
        return new Environment(name);
    }
}
