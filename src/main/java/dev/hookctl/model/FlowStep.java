package dev.hookctl.model;

import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.List;
import java.util.Optional;

/** One entry of {@code spec.steps}: a target environment, what it depends on, its policy and hooks. */
public record FlowStep(Mapping node, int index) {
    public Optional<Text> environment() {
        return Views.text(node, "environment");
    }

    public List<Text> dependsOn() {
        return Views.texts(node, "dependsOn");
    }

    public Optional<Mapping> policy() {
        return node.mapping("policy");
    }

    public Optional<Text> preAction() {
        return Views.text(policy(), "preAction");
    }

    public Optional<Text> postAction() {
        return Views.text(policy(), "postAction");
    }

    public Optional<Text> action() {
        return Views.text(policy(), "action");
    }

    public Optional<Mapping> hooks() {
        return node.mapping("hooks");
    }

    public Optional<Text> hook(Phase phase) {
        return Views.text(hooks(), phase.key());
    }
}
