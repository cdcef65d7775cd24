package dev.hookctl.argo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The field names of Argo's types and the type of each field (from fields.txt, generated from
 * Argo's JSON schema by tools/gen-argo-fields.py): enough to tell a misspelt field from a real one
 * anywhere in a workflow spec, and a list, a mapping or a single value from what stands where.
 * Loaded once, on first use.
 */
public final class ArgoSchema {
    /**
     * The type of a field: an object or scalar type by name, a list or map of one, or anything ("*").
     */
    public record FieldType(String expression) {
        public boolean isAny() {
            return expression.equals("*");
        }

        public boolean isList() {
            return expression.startsWith("[]");
        }

        public boolean isMap() {
            return expression.startsWith("{}");
        }

        /** The element type of a list or map. */
        public FieldType element() {
            return new FieldType(expression.substring(2));
        }
    }

    /**
     * A field type with its element type and its fields looked up once, for walks over every node
     * of every workflow (argo-unknown-field): {@link FieldType#element()} makes a new type, and a
     * new string to hash, on every call.
     */
    public static final class ResolvedType {
        private final FieldType type;
        // what the type's expression says, read once: the walk asks at every node
        private final boolean any;
        private final boolean scalar;
        private final boolean list;
        private final boolean map;
        private ResolvedType element;
        private Map<String, FieldType> fields;
        private Map<String, ResolvedType> resolvedFields;

        private ResolvedType(FieldType type, boolean scalar) {
            this.type = type;
            this.scalar = scalar;
            this.any = type.isAny();
            this.list = type.isList();
            this.map = type.isMap();
        }

        public FieldType type() {
            return type;
        }

        /** As {@link FieldType#isAny()}. */
        public boolean isAny() {
            return any;
        }

        /**
         * A scalar type (string, integer, boolean, Quantity, IntOrString, …): one YAML value, never a
         * list or a mapping. Whether a number stands where the schema says string is not judged: the
         * schema types int-or-string and quantity fields as strings.
         */
        public boolean isScalar() {
            return scalar;
        }

        /** As {@link FieldType#isList()}. */
        public boolean isList() {
            return list;
        }

        /** As {@link FieldType#isMap()}. */
        public boolean isMap() {
            return map;
        }

        /** The element type of a list or map type. */
        public ResolvedType element() {
            return element;
        }

        /** The fields of an object type the schema describes, else null; as {@link #fields(String)}. */
        public Map<String, FieldType> fieldsOrNull() {
            return fields;
        }

        /** The resolved type of a field of an object type, or null when the type has no such field. */
        public ResolvedType field(String name) {
            return resolvedFields == null ? null : resolvedFields.get(name);
        }
    }

    private static volatile ArgoSchema instance;

    private final Map<String, Map<String, FieldType>> types;
    /** The names of the scalar types, from the "%scalars" line. */
    private final Set<String> scalars;
    /** Every type expression of the schema, resolved; built with the schema, then only read. */
    private final Map<String, ResolvedType> resolved = new HashMap<>();

    private ArgoSchema(Map<String, Map<String, FieldType>> types, Set<String> scalars) {
        this.types = types;
        this.scalars = scalars;
        java.util.ArrayDeque<ResolvedType> todo = new java.util.ArrayDeque<>();
        for (Map.Entry<String, Map<String, FieldType>> t : types.entrySet()) {
            resolvedOrNew(t.getKey(), todo);
            for (FieldType f : t.getValue().values()) {
                resolvedOrNew(f.expression(), todo);
            }
        }
        while (!todo.isEmpty()) {
            ResolvedType r = todo.pop();
            if (r.any) {
                continue;
            }
            if (r.list || r.map) {
                r.element = resolvedOrNew(r.type.element().expression(), todo);
                continue;
            }
            r.fields = types.get(r.type.expression());
            if (r.fields != null) {
                Map<String, ResolvedType> fields = new HashMap<>();
                for (Map.Entry<String, FieldType> f : r.fields.entrySet()) {
                    fields.put(f.getKey(), resolvedOrNew(f.getValue().expression(), todo));
                }
                r.resolvedFields = fields;
            }
        }
    }

    private ResolvedType resolvedOrNew(String expression, java.util.Deque<ResolvedType> todo) {
        ResolvedType r = resolved.get(expression);
        if (r == null) {
            r = new ResolvedType(new FieldType(expression), scalars.contains(expression));
            resolved.put(expression, r);
            todo.push(r);
        }
        return r;
    }

    /** The resolved type of an object type by name (a type the schema does not describe has no fields). */
    public ResolvedType resolve(String type) {
        ResolvedType r = resolved.get(type);
        return r != null ? r : new ResolvedType(new FieldType(type), scalars.contains(type));
    }

    public static ArgoSchema get() {
        ArgoSchema s = instance;
        if (s == null) {
            synchronized (ArgoSchema.class) {
                s = instance;
                if (s == null) {
                    s = load();
                    instance = s;
                }
            }
        }
        return s;
    }

    /** The fields of a type, or empty for a type the schema does not describe. */
    public Optional<Map<String, FieldType>> fields(String type) {
        return Optional.ofNullable(types.get(type));
    }

    private static ArgoSchema load() {
        Map<String, Map<String, FieldType>> types = new HashMap<>();
        Set<String> scalars = new HashSet<>();
        try (InputStream in = ArgoSchema.class.getResourceAsStream("/dev/hookctl/argo/fields.txt")) {
            if (in == null) {
                throw new IllegalStateException("fields.txt is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, FieldType> current = null;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("%scalars ")) {
                    scalars.addAll(Arrays.asList(line.substring("%scalars ".length()).split(" ")));
                    continue;
                }
                if (line.startsWith("@")) {
                    current = new LinkedHashMap<>();
                    types.put(line.substring(1), current);
                    continue;
                }
                int space = line.indexOf(' ');
                // interned, as the reader's keys are: a lookup of a document's key then matches by identity
                current.put(line.substring(0, space).intern(), new FieldType(line.substring(space + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        types.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new ArgoSchema(Collections.unmodifiableMap(types), Set.copyOf(scalars));
    }
}
