package dev.hookctl.argo;

import java.util.HashSet;
import java.util.Set;

/**
 * The variables a template, step or task may reference, as Argo's validator builds them: names
 * such as {@code inputs.parameters.x} or {@code steps.a.outputs.result}, and three "any name
 * under this prefix" switches (items of a {@code withParam} loop, workflow outputs registered
 * under a parameterised {@code globalName}, inputs Argo could not read, and the steps or tasks
 * whose template Argo could not read).
 */
final class Scope {
    final Set<String> names;
    boolean anyItem;
    boolean anyWorkflowOutputParameter;
    boolean anyWorkflowOutputArtifact;
    /** The template's inputs are of the wrong type (wrong-type reports them): no input is called unresolved. */
    boolean anyInput;
    /**
     * Prefixes such as {@code tasks.a.} of steps or tasks whose template reference is of the wrong
     * type (wrong-type reports it): anything under them resolves. Null while there is none, as
     * almost always.
     */
    private Set<String> anyUnder;

    Scope() {
        this.names = new HashSet<>();
    }

    private Scope(Scope other) {
        this.names = new HashSet<>(other.names);
        this.anyItem = other.anyItem;
        this.anyWorkflowOutputParameter = other.anyWorkflowOutputParameter;
        this.anyWorkflowOutputArtifact = other.anyWorkflowOutputArtifact;
        this.anyInput = other.anyInput;
        this.anyUnder = other.anyUnder == null ? null : new HashSet<>(other.anyUnder);
    }

    Scope copy() {
        return new Scope(this);
    }

    void add(String name) {
        names.add(name);
    }

    boolean has(String name) {
        return names.contains(name);
    }

    void addAnyUnder(String prefix) {
        if (anyUnder == null) {
            anyUnder = new HashSet<>();
        }
        anyUnder.add(prefix);
    }

    boolean hasAnyUnder(String name) {
        if (anyUnder != null) {
            for (String prefix : anyUnder) {
                if (name.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
