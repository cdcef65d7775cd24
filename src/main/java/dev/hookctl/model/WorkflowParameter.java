package dev.hookctl.model;

import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.Optional;

/** An entry of {@code spec.arguments.parameters} (or of a template's inputs). */
public record WorkflowParameter(Mapping node) {
    public Optional<Text> name() {
        return Views.text(node, "name");
    }

    /** The {@code value}, when one is given (an empty string counts as given). */
    public Optional<YamlNode> value() {
        return Optional.ofNullable(valueOrNull());
    }

    private YamlNode valueOrNull() {
        YamlNode v = node.getOrNull("value");
        return v instanceof YamlNode.Scalar s && s.isNull() ? null : v;
    }

    public boolean hasValueFrom() {
        return node.has("valueFrom");
    }

    /** Argo accepts a value or a valueFrom at submission; {@code default} does not count there. */
    public boolean isSupplied() {
        return valueOrNull() != null || hasValueFrom();
    }

    /** The value as text when it is a scalar. */
    public Optional<String> valueText() {
        return value().filter(YamlNode.Scalar.class::isInstance).map(v -> ((YamlNode.Scalar) v).value());
    }
}
