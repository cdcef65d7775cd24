package dev.hookctl.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must never be printed: the values of secret arguments (masked in a Workflow's
 * {@code spec.arguments}, whatever their length) and secret values themselves (masked in any text:
 * errors, logs, progress, the templates shown).
 * Values shorter than {@value #MIN_FREE_TEXT_LENGTH} characters are masked only where they appear as
 * a parameter value or as a whole string of a tree, because masking "1" or "no" inside free text
 * would garble everything else.
 */
public record Redaction(Set<String> secretParameters, Set<String> secretValues) {
    public static final String MASK = "******";
    static final int MIN_FREE_TEXT_LENGTH = 4;
    public static final Redaction NONE = new Redaction(Set.of(), Set.of());

    public Redaction {
        secretParameters = Set.copyOf(secretParameters);
        secretValues = Set.copyOf(secretValues);
    }

    /**
     * The redaction for a Workflow tree: the parameters in {@code spec.arguments.parameters} that
     * the user marked secret or that name a {@code secretKeyRef}, and the values they carry. Argo
     * refuses a {@code secretKeyRef} there (lint reports it); a value given for one is still taken
     * for the secret its author meant.
     */
    public static Redaction forWorkflow(Map<String, ?> workflow, Set<String> markedSecret) {
        Set<String> names = new HashSet<>(markedSecret);
        Set<String> values = new HashSet<>();
        for (Map<?, ?> p : parameters(workflow)) {
            Object name = p.get("name");
            if (name instanceof String n && (names.contains(n) || fromSecret(p))) {
                names.add(n);
            }
        }
        for (Map<?, ?> p : parameters(workflow)) {
            if (p.get("name") instanceof String n && names.contains(n) && p.get("value") != null) {
                String v = String.valueOf(p.get("value"));
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
        }
        return new Redaction(names, values);
    }

    /** This redaction plus more secret values (tokens, passwords). */
    public Redaction withValues(Set<String> more) {
        Set<String> all = new HashSet<>(secretValues);
        for (String v : more) {
            if (v != null && !v.isEmpty()) {
                all.add(v);
            }
        }
        return new Redaction(secretParameters, all);
    }

    /** Both redactions at once. */
    public Redaction and(Redaction other) {
        Set<String> names = new HashSet<>(secretParameters);
        names.addAll(other.secretParameters);
        return new Redaction(names, secretValues).withValues(other.secretValues);
    }

    /** The text with every secret value (long enough to be unambiguous) replaced by {@link #MASK}. */
    public String apply(String text) {
        if (text == null || secretValues.isEmpty()) {
            return text;
        }
        List<String> byLength = new ArrayList<>(secretValues);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String v : byLength) {
            if (v.length() >= MIN_FREE_TEXT_LENGTH) {
                out = out.replace(v, MASK);
            }
        }
        return out;
    }

    /**
     * A deep copy of a plain tree with secret values masked in every string (a string that is one,
     * whatever its length) and, when the tree is a
     * Workflow, the values of its secret arguments ({@code spec.arguments.parameters}) masked whatever
     * their length. Names decide only there: elsewhere a secret argument's name is just a name (a
     * template's own default for it, an {@code env} entry of that name that reads
     * {@code {{workflow.parameters.NAME}}}), and the tree shows as it will be applied.
     */
    public Map<String, Object> apply(Map<String, ?> tree) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) copy(tree);
        if ("Workflow".equals(copy.get("kind"))) {
            for (Map<?, ?> p : parameters(copy)) {
                if (p.get("name") instanceof String n && secretParameters.contains(n)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    for (String key : List.of("value", "default")) {
                        if (parameter.get(key) != null) {
                            parameter.put(key, MASK);
                        }
                    }
                }
            }
        }
        return copy;
    }

    private Object copy(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), copy(e.getValue()));
            }
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(copy(o));
            }
            return out;
        }
        if (node instanceof String s) {
            // a whole string that is a secret value is masked whatever its length: an inline
            // Workflow carries the substituted value itself (an env entry's value: xyz)
            return secretValues.contains(s) ? MASK : apply(s);
        }
        return node;
    }

    /** The Workflow's arguments whose values {@link #apply(Map)} masks, in name order. */
    public List<String> maskedArguments(Map<String, ?> workflow) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Map<?, ?> p : parameters(workflow)) {
            if (p.get("name") instanceof String n && secretParameters.contains(n) && p.containsKey("value")) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    private static boolean fromSecret(Map<?, ?> parameter) {
        return parameter.get("valueFrom") instanceof Map<?, ?> from && from.containsKey("secretKeyRef");
    }

    private static List<Map<?, ?>> parameters(Map<String, ?> workflow) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (workflow.get("spec") instanceof Map<?, ?> spec
                && spec.get("arguments") instanceof Map<?, ?> args
                && args.get("parameters") instanceof List<?> params) {
            for (Object p : params) {
                if (p instanceof Map<?, ?> pm) {
                    out.add(pm);
                }
            }
        }
        return out;
    }
}
