package dev.hookctl.argo;

import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import java.util.List;
import java.util.Optional;

/** Reading Argo fields the way Go decodes them: a key with a null value is the same as no key. */
final class Yaml {
    private Yaml() {}

    static boolean isSet(Mapping m, String key) {
        Optional<YamlNode> v = m.get(key);
        return v.isPresent() && !(v.get() instanceof Scalar s && s.isNull());
    }

    static String text(Mapping m, String key) {
        return m.text(key).orElse("");
    }

    static Optional<Scalar> scalar(Mapping m, String key) {
        return m.scalar(key).filter(s -> !s.isNull());
    }

    static List<YamlNode> items(Mapping m, String key) {
        return m.sequence(key).map(YamlNode.Sequence::items).orElse(List.of());
    }

    static List<Mapping> mappings(Mapping m, String key) {
        return m.sequence(key).map(YamlNode.Sequence::mappings).orElse(List.of());
    }

    static Optional<Mapping> mapping(Mapping m, String key) {
        return m.mapping(key);
    }

    /** The node to point at for a key: its value when present, else the mapping. */
    static YamlNode at(Mapping m, String key) {
        return m.get(key).orElse(m);
    }

    /** The key itself, for "this field does not belong here". */
    static YamlNode keyAt(Mapping m, String key) {
        return m.entry(key).<YamlNode>map(YamlNode.Entry::key).orElse(m);
    }
}
