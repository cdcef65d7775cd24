package dev.hookctl.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected shape of a value in a manifest, for the structural checks: its YAML type and, for
 * mappings, the known fields. Meaning (is this environment known? is this action valid?) is left
 * to the rules; shapes only say what may stand where.
 */
sealed interface Shape {
    /** Human name used in "expected X, got Y". */
    String expected();

    record Str() implements Shape {
        @Override
        public String expected() {
            return "a string";
        }
    }

    record Int() implements Shape {
        @Override
        public String expected() {
            return "an integer";
        }
    }

    /** A list whose items all have one shape. */
    record ListOf(Shape item) implements Shape {
        @Override
        public String expected() {
            return "a list";
        }
    }

    /** A mapping from free keys to values of one shape (labels, annotations, file maps). */
    record MapOf(Shape value) implements Shape {
        @Override
        public String expected() {
            return "a mapping";
        }
    }

    /**
     * A mapping with known fields. {@code open} mappings accept unknown keys silently (such as
     * Kubernetes metadata, which has many fields hookctl does not care about).
     */
    record Obj(Map<String, Shape> fields, boolean open) implements Shape {
        @Override
        public String expected() {
            return "a mapping";
        }
    }

    /** Anything: checked by a dedicated rule or not at all. */
    record Any() implements Shape {
        @Override
        public String expected() {
            return "any value";
        }
    }

    Shape STR = new Str();
    Shape INT = new Int();
    Shape ANY = new Any();
    Shape STR_LIST = new ListOf(STR);
    Shape STR_MAP = new MapOf(STR);

    /** A closed mapping: alternating field names and shapes. */
    static Obj obj(Object... nameShapePairs) {
        return new Obj(fields(nameShapePairs), false);
    }

    static Obj openObj(Object... nameShapePairs) {
        return new Obj(fields(nameShapePairs), true);
    }

    private static Map<String, Shape> fields(Object... pairs) {
        Map<String, Shape> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Shape) pairs[i + 1]);
        }
        return m;
    }

    static Shape listOf(Shape s) {
        return new ListOf(s);
    }

    static List<String> names(Obj o) {
        return List.copyOf(o.fields().keySet());
    }
}
