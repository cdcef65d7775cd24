package dev.hookctl.argo;

import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Reading Argo fields the way Go decodes them: a key with a null value is the same as no key. */
final class Yaml {
    private Yaml() {}

    // The validator calls these for every field it looks at: null-returning lookups, no Optional chains.

    static boolean isSet(Mapping m, String key) {
        YamlNode v = m.getOrNull(key);
        return v != null && !(v instanceof Scalar s && s.isNull());
    }

    /**
     * Whether the key holds a value that is neither null nor of the kind Go would decode into it. An
     * empty value ({@code key:} and nothing) is null to Kubernetes' YAML reader.
     */
    static boolean isSetAsOther(Mapping m, String key, Class<? extends YamlNode> kind) {
        YamlNode v = m.getOrNull(key);
        return v != null && !kind.isInstance(v) && !(v instanceof Scalar s && (s.isNull() || s.value().isEmpty()));
    }

    static String text(Mapping m, String key) {
        String t = m.textOrNull(key);
        return t == null ? "" : t;
    }

    static Optional<Scalar> scalar(Mapping m, String key) {
        Scalar s = m.scalarOrNull(key);
        return s == null || s.isNull() ? Optional.empty() : Optional.of(s);
    }

    static List<YamlNode> items(Mapping m, String key) {
        Sequence q = m.sequenceOrNull(key);
        return q == null ? List.of() : q.items();
    }

    /** The items that are mappings, in order; an unmodifiable list (the validator only reads them). */
    @SuppressWarnings("unchecked")
    static List<Mapping> mappings(Mapping m, String key) {
        Sequence q = m.sequenceOrNull(key);
        if (q == null) {
            return List.of();
        }
        int mappings = 0;
        for (int i = 0; i < q.size(); i++) {
            if (q.item(i) instanceof Mapping) {
                mappings++;
            }
        }
        if (mappings == q.size()) {
            return (List<Mapping>) (List<?>) q.items(); // the usual case: no copy
        }
        List<Mapping> out = new ArrayList<>(mappings);
        for (int i = 0; i < q.size(); i++) {
            if (q.item(i) instanceof Mapping item) {
                out.add(item);
            }
        }
        return Collections.unmodifiableList(out);
    }

    static boolean has(Mapping m, String key) {
        return m.has(key);
    }

    static Optional<Mapping> mapping(Mapping m, String key) {
        return Optional.ofNullable(m.mappingOrNull(key));
    }

    /** The node to point at for a key: its value when present, else the mapping. */
    static YamlNode at(Mapping m, String key) {
        YamlNode v = m.getOrNull(key);
        return v == null ? m : v;
    }

    /** The key itself, for "this field does not belong here". */
    static YamlNode keyAt(Mapping m, String key) {
        YamlNode k = m.keyOrNull(key);
        return k == null ? m : k;
    }
}
