package dev.hookctl.release;

import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Phase;
import dev.hookctl.release.ArgumentSupply.DeclaredArgument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each argument a hook declares its value for one firing. Who supplies an argument is
 * decided by {@link ArgumentSupply}; this class only looks the value up at that supplier.
 * {@code fire} uses it to find what to prompt for: ask, add the answers with
 * {@link UserParameters#with}, resolve again.
 */
public final class ArgumentResolver {
    private ArgumentResolver() {}

    public static ResolvedArguments resolve(HookTemplate template, Phase phase, Map<String, Fact> platform,
                                            PromotionContext context, UserParameters user) {
        ArgumentSupply supply = ArgumentSupply.of(template, phase, context.keys(), user.names());
        List<ResolvedArgument> passed = new ArrayList<>();
        Map<String, String> templateValues = new LinkedHashMap<>();
        for (DeclaredArgument a : supply.arguments()) {
            a.parameter().valueText().ifPresent(v -> templateValues.put(a.name(), v));
            if (a.supplier().isEmpty()) {
                continue;
            }
            switch (a.supplier().get()) {
                case USER -> passed.add(user.get(a.name()).orElseThrow());
                case PROMOTION_CONTEXT -> passed.add(new ResolvedArgument(a.name(), context.text(a.name()),
                        ValueSource.PROMOTION_CONTEXT, "promotion context key " + a.name()));
                case PLATFORM -> {
                    Fact f = platform.get(a.name());
                    if (f == null) {
                        throw new IllegalStateException("no platform value for " + a.name() + " in phase " + phase);
                    }
                    passed.add(new ResolvedArgument(a.name(), f.value(), f.source(), f.origin()));
                }
                case TEMPLATE -> { /* Argo merges the template's own value at run time */ }
            }
        }
        List<String> ignored = new ArrayList<>();
        for (String n : user.names()) {
            if (supply.argument(n).isEmpty()) {
                ignored.add(n);
            }
        }
        return new ResolvedArguments(supply, passed, templateValues, supply.missing(), ignored);
    }
}
