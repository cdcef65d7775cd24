package dev.hookctl.model;

import dev.hookctl.yaml.YamlNode;

/** A scalar value read from a manifest, with the node it came from (for positions). */
public record Text(String value, YamlNode node) {
    @Override
    public String toString() {
        return value;
    }
}
