package dev.hookctl.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of FAILED_ENVIRONMENTS. Codefresh documents the fields (name, status, error message)
 * but not their JSON spelling (domain.md §5 OPEN 5); hookctl writes {@code name},
 * {@code status} and {@code errorMessage} (docs/semantics.md).
 */
public record FailedEnvironment(String name, EnvironmentStatus status, String errorMessage) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Map<String, Object> toPlain() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("status", status.label());
        m.put("errorMessage", errorMessage);
        return m;
    }

    /** The FAILED_ENVIRONMENTS value: a compact JSON array, also for one environment. */
    public static String toJson(List<FailedEnvironment> environments) {
        List<Object> items = new ArrayList<>();
        for (FailedEnvironment e : environments) {
            items.add(e.toPlain());
        }
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
