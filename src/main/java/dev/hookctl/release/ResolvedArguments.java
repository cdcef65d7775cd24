package dev.hookctl.release;

import dev.hookctl.release.ArgumentSupply.MissingArgument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one firing: {@code passed} go into the Workflow's {@code spec.arguments}
 * (in the template's declaration order); {@code templateValues} are the template's own static
 * values that Argo merges at run time; {@code missing} are declared arguments nobody supplies
 * (Argo refuses the Workflow); {@code ignored} are user parameters the template does not declare
 * (Codefresh passes only declared ones).
 */
public record ResolvedArguments(ArgumentSupply supply, List<ResolvedArgument> passed,
                                Map<String, String> templateValues, List<MissingArgument> missing,
                                List<String> ignored) {
    public ResolvedArguments {
        passed = List.copyOf(passed);
        templateValues = Collections.unmodifiableMap(new LinkedHashMap<>(templateValues));
        missing = List.copyOf(missing);
        ignored = List.copyOf(ignored);
    }

    public List<ResolvedArgument> invented() {
        return passed.stream().filter(ResolvedArgument::invented).toList();
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** Every statically known {@code workflow.parameters.*} value: the template's, overridden by the passed ones. */
    public Map<String, String> effectiveValues() {
        Map<String, String> m = new LinkedHashMap<>(templateValues);
        for (ResolvedArgument a : passed) {
            m.put(a.name(), a.value());
        }
        return m;
    }
}
