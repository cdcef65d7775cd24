package dev.hookctl.argo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the statically known {@code {{…}}} tags of a template tree, the way Argo's engine
 * replaces them, but on the plain object tree ({@link dev.hookctl.yaml.YamlNode#toPlain}) rather
 * than on YAML or JSON text, so every value survives exactly: quotes, newlines, {@code {{},
 * {@code ": "}, {@code #}, any Unicode, whole JSON documents.
 *
 * <p>Semantics:
 * <ul>
 *   <li>Every string is scanned, map keys included. Numbers, booleans and nulls are kept.</li>
 *   <li>A simple tag whose trimmed name is a key of {@code values} is replaced by the value.
 *       Everything else is kept verbatim: unknown names, runtime variables the caller does not
 *       supply ({@code steps.*}, {@code tasks.*}, {@code item}, {@code retries}…), expression tags
 *       {@code {{=…}}}.</li>
 *   <li>One pass: an inserted value is never scanned again, so a value that itself contains
 *       {@code {{…}}} lands literally. (Argo runs a second pass over some parts; call again to
 *       mirror it.)</li>
 *   <li>Nested simple tags behave as in Argo: in {@code {{steps.{{inputs.parameters.x}}.outputs.result}}}
 *       a known {@code inputs.parameters.x} is replaced and the outer tag is left for run time.</li>
 *   <li>A string with an unterminated {@code {{} is kept whole: Argo cannot parse it either.</li>
 * </ul>
 */
public final class Substitution {
    private Substitution() {}

    /**
     * A new tree with the known tags replaced. Maps become {@link LinkedHashMap}s (order kept) and
     * lists {@link ArrayList}s; the input is not changed. Keys of {@code values} are full variable
     * names such as {@code workflow.parameters.RELEASE_URL}, {@code inputs.parameters.x} or
     * {@code workflow.name}.
     */
    public static Object substitute(Object plainTree, Map<String, String> values) {
        if (plainTree instanceof String s) {
            return substituteText(s, values);
        }
        if (plainTree instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>(Math.max(4, map.size() * 2));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(substitute(e.getKey(), values), substitute(e.getValue(), values));
            }
            return out;
        }
        if (plainTree instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(substitute(o, values));
            }
            return out;
        }
        return plainTree;
    }

    /** One string with the known tags replaced (the same rules as {@link #substitute(Object, Map)}). */
    public static String substituteText(String text, Map<String, String> values) {
        int open = text.indexOf("{{");
        if (open < 0) {
            return text;
        }
        List<Tag> tags = Tags.parse(text);
        if (tags.get(tags.size() - 1) instanceof Tag.Unterminated) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (Tag tag : tags) {
            if (!(tag instanceof Tag.Simple simple)) {
                continue;
            }
            String replacement = replacement(simple, values);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, tag.start()).append(replacement);
            copied = tag.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** What the tag becomes, or null when it stays as written. */
    private static String replacement(Tag.Simple tag, Map<String, String> values) {
        String value = values.get(tag.name());
        if (value != null) {
            return value;
        }
        String raw = tag.raw();
        int inner = raw.lastIndexOf("{{");
        if (inner > 0) {
            // Argo looks the nested key up untrimmed and re-opens the outer tag for a later pass.
            String nested = values.get(raw.substring(inner + 2));
            if (nested != null) {
                return "{{" + raw.substring(0, inner) + nested;
            }
        }
        return null;
    }
}
