package dev.hookctl.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The promotion context: a JSON object that hooks export and later hooks receive, key by key,
 * for the arguments they declare (domain.md §3). Merging is per key; the later export wins.
 */
public final class PromotionContext {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final PromotionContext EMPTY = new PromotionContext(Map.of());

    private final Map<String, Object> values;

    private PromotionContext(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Parses a JSON object; {@code what} names the input in messages ("--promotion-context"). */
    public static Outcome<PromotionContext> parse(String json, String what) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // Jackson's message names the character as "'b' (code 98)" and says what it expected;
            // the position is where the user looks
            var at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : json.lines().limit(2).count() > 1 ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    : " at character " + at.getColumnNr();
            return Outcome.failed(what + " is not valid JSON" + where + ": " + e.getOriginalMessage(),
                    "give a JSON object, for example '{\"JIRA_ISSUE_URL\": \"https://...\"}'");
        }
        if (node == null || !node.isObject()) {
            return Outcome.failed(what + " must be a JSON object, got " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()),
                    "the promotion context is an object of keys and values, for example '{\"TICKET\": \"OPS-1\"}'");
        }
        Map<String, Object> map = JSON.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() {});
        return Outcome.ok(new PromotionContext(map));
    }

    public static PromotionContext of(Map<String, Object> values) {
        return new PromotionContext(values);
    }

    /** This context with {@code later}'s keys added; a key in both takes {@code later}'s value. */
    public PromotionContext merge(PromotionContext later) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.putAll(later.values);
        return new PromotionContext(m);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Map<String, Object> values() {
        return values;
    }

    /** The value a hook argument receives: strings as they are, anything else as compact JSON. */
    public String text(String key) {
        Object v = values.get(key);
        if (v instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
