package dev.hookctl.argo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The field names of Argo's types (from fields.txt, generated from Argo's JSON schema by
 * tools/gen-argo-fields.py): enough to tell a misspelt field from a real one anywhere in a
 * workflow spec. Loaded once, on first use.
 */
public final class ArgoSchema {
    /** The type of a field: an object type by name, a list or map of one, or anything ("*"). */
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

    private static volatile ArgoSchema instance;

    private final Map<String, Map<String, FieldType>> types;

    private ArgoSchema(Map<String, Map<String, FieldType>> types) {
        this.types = types;
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
                if (line.startsWith("@")) {
                    current = new LinkedHashMap<>();
                    types.put(line.substring(1), current);
                    continue;
                }
                int space = line.indexOf(' ');
                current.put(line.substring(0, space), new FieldType(line.substring(space + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        types.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new ArgoSchema(Collections.unmodifiableMap(types));
    }
}
