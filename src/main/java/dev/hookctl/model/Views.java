package dev.hookctl.model;

import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading helpers shared by the model views: they ignore values of the wrong type (rules report those). */
final class Views {
    private Views() {}

    // The views are read for every document by several checks: no Optional chains or iterators here.

    static Optional<Text> text(Mapping m, String key) {
        Scalar s = m.scalarOrNull(key);
        return s == null || s.isNull() || s.value().isEmpty() ? Optional.empty() : Optional.of(new Text(s.value(), s));
    }

    static Optional<Text> text(Optional<Mapping> m, String key) {
        return m.isPresent() ? text(m.get(), key) : Optional.empty();
    }

    /** The non-empty scalar items of a list value. */
    static List<Text> texts(Mapping m, String key) {
        List<Text> out = new ArrayList<>();
        Sequence seq = m.sequenceOrNull(key);
        if (seq != null) {
            for (int i = 0; i < seq.size(); i++) {
                if (seq.item(i) instanceof Scalar s && !s.isNull()) {
                    out.add(new Text(s.value(), s));
                }
            }
        }
        return out;
    }

    static List<Mapping> mappings(Optional<Mapping> m, String key) {
        return m.isPresent() ? mappings(m.get(), key) : List.of();
    }

    /** As {@link Sequence#mappings()} of the value of {@code key}, or an empty list when it is not a list. */
    static List<Mapping> mappings(Mapping m, String key) {
        Sequence seq = m == null ? null : m.sequenceOrNull(key);
        if (seq == null) {
            return List.of();
        }
        List<Mapping> out = new ArrayList<>(seq.size());
        for (int i = 0; i < seq.size(); i++) {
            if (seq.item(i) instanceof Mapping item) {
                out.add(item);
            }
        }
        return out;
    }
}
