package dev.hookctl.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A release to simulate: the flow, what goes wrong ({@code failures}: environments that fail,
 * with an optional message; {@code failingHooks}: hooks whose every firing fails;
 * {@code terminateAt}: the environment during which the release is terminated), the promotion
 * contexts hooks export when they succeed, and the inputs shared with render.
 */
public record SimulationRequest(String flow, List<EnvironmentFailure> failures, Set<String> failingHooks,
                                Optional<String> terminateAt, Map<String, PromotionContext> exports,
                                ReleaseInputs inputs) {

    /** {@code --fail ENV[=MESSAGE]}. */
    public record EnvironmentFailure(String environment, Optional<String> message) {
        /** Parses {@code ENV} or {@code ENV=MESSAGE}. */
        public static EnvironmentFailure parse(String text) {
            int eq = text.indexOf('=');
            return eq < 0 ? new EnvironmentFailure(text, Optional.empty())
                    : new EnvironmentFailure(text.substring(0, eq), Optional.of(text.substring(eq + 1)));
        }
    }

    public SimulationRequest {
        // a later --fail for the same environment wins, as a later -p does
        Map<String, EnvironmentFailure> byEnvironment = new LinkedHashMap<>();
        for (EnvironmentFailure f : failures) {
            byEnvironment.remove(f.environment());
            byEnvironment.put(f.environment(), f);
        }
        failures = List.copyOf(byEnvironment.values());
        failingHooks = Set.copyOf(failingHooks);
        exports = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    /** Parses {@code --export HOOK=JSON} values. */
    public static Outcome<Map<String, PromotionContext>> parseExports(List<String> values) {
        Map<String, PromotionContext> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                return Outcome.failed("expected --export HOOK=JSON. Received: " + v,
                        "for example --export jira-open-bug='{\"JIRA_ISSUE_URL\": \"https://jira.example.com/browse/OPS-1\"}'");
            }
            String hook = v.substring(0, eq);
            Outcome<PromotionContext> ctx = PromotionContext.parse(v.substring(eq + 1), "--export " + hook);
            if (!ctx.isOk()) {
                return Outcome.failed(ctx.error());
            }
            out.put(hook, out.getOrDefault(hook, PromotionContext.EMPTY).merge(ctx.value()));
        }
        return Outcome.ok(out);
    }
}
