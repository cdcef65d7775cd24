package dev.hookctl.release;

import dev.hookctl.argo.Substitution;
import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec of a self-contained Workflow: the template's spec with the firing's arguments merged
 * in (a passed value replaces the template's parameter, as Argo's merge does) and every tag
 * whose value is known before the run substituted. Run-time tags ({@code workflow.name},
 * {@code steps.*}, {@code inputs.*}, expressions) stay as written.
 */
final class InlineSpec {
    private InlineSpec() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Document template, ResolvedArguments args, Map<String, Object> labels,
                                  Map<String, Object> annotations, Optional<String> namespace) {
        Map<String, Object> spec = template.spec().map(s -> (Map<String, Object>) YamlNode.toPlain(s))
                .orElseGet(LinkedHashMap::new);
        spec.remove("workflowTemplateRef");
        List<String> keyOrder = new ArrayList<>(spec.keySet());
        Object arguments = mergedArguments(spec.get("arguments"), args);
        spec.remove("arguments");

        Map<String, String> known = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : args.effectiveValues().entrySet()) {
            known.put("workflow.parameters." + e.getKey(), e.getValue());
        }
        if (spec.get("serviceAccountName") instanceof String sa) {
            known.put("workflow.serviceAccountName", sa);
        }
        if (spec.get("entrypoint") instanceof String entry) {
            known.put("workflow.mainEntrypoint", entry);
        }
        namespace.ifPresent(ns -> known.put("workflow.namespace", ns));
        Map<String, Object> workflowMetadata = spec.get("workflowMetadata") instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
        putStrings(known, "workflow.labels.", workflowMetadata.get("labels"));
        putStrings(known, "workflow.labels.", labels);
        putStrings(known, "workflow.annotations.", workflowMetadata.get("annotations"));
        putStrings(known, "workflow.annotations.", annotations);

        // Argo substitutes once: a value that holds a tag stays literal when Argo puts it in for
        // {{workflow.parameters.X}}, but pasted into the spec here it would be expanded at run time.
        // Such a reference is left for Argo, which resolves it from the arguments kept below.
        known.values().removeIf(v -> v.contains("{{"));
        Map<String, Object> substituted = (Map<String, Object>) Substitution.substitute(spec, known);
        // the arguments keep their raw values (Argo does not substitute into workflow.parameters)
        // and their place in the template's order
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keyOrder) {
            if (key.equals("arguments")) {
                if (arguments != null) {
                    out.put("arguments", arguments);
                }
            } else if (substituted.containsKey(key)) {
                out.put(key, substituted.get(key));
            }
        }
        if (arguments != null && !out.containsKey("arguments")) {
            out.put("arguments", arguments);
        }
        return out;
    }

    private static void putStrings(Map<String, String> known, String prefix, Object map) {
        if (map instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey() instanceof String k && e.getValue() instanceof String v) {
                    known.put(prefix + k, v);
                }
            }
        }
    }

    /** The template's parameters with the passed values set; passed values replace value, valueFrom and default. */
    @SuppressWarnings("unchecked")
    private static Object mergedArguments(Object templateArguments, ResolvedArguments args) {
        Map<String, Object> arguments = templateArguments instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        List<Object> params = new ArrayList<>();
        Map<String, String> passed = new LinkedHashMap<>();
        for (ResolvedArgument a : args.passed()) {
            passed.put(a.name(), a.value());
        }
        if (arguments.get("parameters") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> p && p.get("name") instanceof String name && passed.containsKey(name)) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    copy.put("name", name);
                    copy.put("value", passed.remove(name));
                    for (Map.Entry<?, ?> e : p.entrySet()) {
                        String k = String.valueOf(e.getKey());
                        if (!List.of("name", "value", "valueFrom", "default").contains(k)) {
                            copy.put(k, e.getValue());
                        }
                    }
                    params.add(copy);
                } else {
                    params.add(o);
                }
            }
        }
        if (params.isEmpty() && arguments.isEmpty()) {
            return null;
        }
        if (!params.isEmpty()) {
            arguments.put("parameters", params);
        }
        return arguments;
    }
}
