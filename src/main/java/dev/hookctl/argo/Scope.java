package dev.hookctl.argo;

import java.util.HashSet;
import java.util.Set;

/**
 * The variables a template, step or task may reference, as Argo's validator builds them: names
 * such as {@code inputs.parameters.x} or {@code steps.a.outputs.result}, and three "any name
 * under this prefix" switches (items of a {@code withParam} loop, workflow outputs registered
 * under a parameterised {@code globalName}, and inputs Argo could not read).
 */
final class Scope {
    final Set<String> names;
    boolean anyItem;
    boolean anyWorkflowOutputParameter;
    boolean anyWorkflowOutputArtifact;
    /** The template's inputs are of the wrong type (wrong-type reports them): no input is called unresolved. */
    boolean anyInput;

    Scope() {
        this.names = new HashSet<>();
    }

    private Scope(Scope other) {
        this.names = new HashSet<>(other.names);
        this.anyItem = other.anyItem;
        this.anyWorkflowOutputParameter = other.anyWorkflowOutputParameter;
        this.anyWorkflowOutputArtifact = other.anyWorkflowOutputArtifact;
        this.anyInput = other.anyInput;
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
}
