package dev.hookctl.model;

import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading helpers shared by the model views: they ignore values of the wrong type (rules report those). */
final class Views {
    private Views() {}

    static Optional<Text> text(Mapping m, String key) {
        return m.scalar(key).filter(s -> !s.isNull() && !s.value().isEmpty()).map(s -> new Text(s.value(), s));
    }

    static Optional<Text> text(Optional<Mapping> m, String key) {
        return m.flatMap(x -> text(x, key));
    }

    /** The non-empty scalar items of a list value. */
    static List<Text> texts(Mapping m, String key) {
        List<Text> out = new ArrayList<>();
        m.sequence(key).ifPresent(seq -> {
            for (YamlNode n : seq.items()) {
                if (n instanceof Scalar s && !s.isNull()) {
                    out.add(new Text(s.value(), s));
                }
            }
        });
        return out;
    }

    static List<Mapping> mappings(Optional<Mapping> m, String key) {
        return m.flatMap(x -> x.sequence(key)).map(Sequence::mappings).orElse(List.of());
    }
}
