package dev.hookctl.lint;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.load.LoadRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every check hookctl runs and every rule it can report. The rule reference (docs/rules.md and
 * {@code hookctl rules}) is generated from here.
 */
public final class RuleRegistry {
    private final List<Check> checks;
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    public RuleRegistry(List<Check> checks) {
        this.checks = List.copyOf(checks);
        List<RuleInfo> all = new ArrayList<>(LoadRules.all());
        all.addAll(Suppressions.RULES);
        all.addAll(ConfigLoader.RULES);
        for (Check c : checks) {
            all.addAll(c.rules());
        }
        for (RuleInfo r : all) {
            RuleInfo previous = rules.putIfAbsent(r.id(), r);
            if (previous != null && previous != r) {
                throw new IllegalStateException("two rules share the id " + r.id());
            }
        }
    }

    /**
     * The registry with every built-in check; one per process (checks keep no state between runs,
     * and building it is tens of milliseconds of a cold start, which `hookctl rules` paid twice).
     */
    public static RuleRegistry standard() {
        return Standard.REGISTRY;
    }

    private static final class Standard {
        static final RuleRegistry REGISTRY = new RuleRegistry(BuiltinChecks.all());
    }

    public List<Check> checks() {
        return checks;
    }

    /** All rules, sorted by category then id. */
    public List<RuleInfo> rules() {
        List<RuleInfo> out = new ArrayList<>(rules.values());
        out.sort(Comparator.comparing(RuleInfo::category).thenComparing(RuleInfo::id));
        return out;
    }

    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public boolean has(String id) {
        return rules.containsKey(id);
    }

    /** Whether {@code name} is a pattern of rule ids rather than an id: it has a {@code *}. */
    public static boolean isPattern(String name) {
        return name.indexOf('*') >= 0;
    }

    /**
     * The rules whose ids {@code pattern} matches, {@code *} standing for any characters
     * ({@code argo-*}), sorted as {@link #rules()}; empty when it matches none.
     */
    public List<RuleInfo> matching(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex.toString());
        List<RuleInfo> out = new ArrayList<>();
        for (RuleInfo r : rules()) {
            if (p.matcher(r.id()).matches()) {
                out.add(r);
            }
        }
        return out;
    }
}
