package dev.hookctl.lint.rules;

import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/** Tree and position helpers the rules of this package share. */
final class Nodes {
    private Nodes() {}

    /** The key of an entry when present, else the document's anchor: where to point at a missing child. */
    static YamlNode keyOr(Mapping parent, String key, YamlNode fallback) {
        Scalar k = parent.keyOrNull(key);
        return k == null ? fallback : k;
    }

    /** The key node of {@code key} in {@code m}, for pointing at a field rather than its value. */
    static Optional<Scalar> key(Mapping m, String key) {
        return Optional.ofNullable(m.keyOrNull(key));
    }

    /** The node a document-level finding points at when nothing more precise exists. */
    static YamlNode anchorNode(Document d) {
        return d.metadata().flatMap(m -> m.get("name")).or(() -> d.root().get("kind")).orElse(d.root());
    }

    /** True when the node is an integer scalar (YAML 1.1 int; a quoted "10" is a string and is not). */
    static boolean isInteger(YamlNode n) {
        return n instanceof Scalar s && s.type() == YamlNode.ScalarType.INT;
    }

    static boolean isString(YamlNode n) {
        return n instanceof Scalar s && s.isString();
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** Letters and digits only, upper case: how near-miss names are compared. */
    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Every mapping under {@code root}, depth first in document order. */
    static void forEachMapping(YamlNode root, Consumer<Mapping> action) {
        Deque<YamlNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (n instanceof Mapping m) {
                action.accept(m);
                for (int i = m.size() - 1; i >= 0; i--) {
                    todo.push(m.valueAt(i));
                }
            } else if (n instanceof Sequence q) {
                for (int i = q.size() - 1; i >= 0; i--) {
                    todo.push(q.item(i));
                }
            }
        }
    }
}
