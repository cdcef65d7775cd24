package dev.hookctl.release;

import dev.hookctl.release.SimulationResult.EnvironmentState;
import dev.hookctl.release.TimelineEntry.EnvironmentFinished;
import dev.hookctl.release.TimelineEntry.GroupStarted;
import dev.hookctl.release.TimelineEntry.NotStarted;
import java.util.List;
import java.util.Map;

/**
 * The human timeline of a simulated release: numbered firings with their arguments, parallel
 * groups, environment outcomes, the release outcome, invented values marked with '*', and the
 * assumptions used.
 */
public final class TimelineText {
    private TimelineText() {}

    public static String render(SimulationResult r) {
        StringBuilder b = new StringBuilder();
        b.append("Simulated release of flow \"").append(r.flow()).append("\"\n");
        for (Map.Entry<String, Fact> e : r.facts().all().entrySet()) {
            Fact f = e.getValue();
            b.append(String.format("  %-20s %s%s  (%s)%n", e.getKey(), Quoting.oneLine(f.value(), 100),
                    f.invented() ? " *" : "", f.origin()));
        }
        b.append("  trigger environment: ").append(r.triggerEnvironment())
                .append(" (already promoted when the release starts)\n\n");
        int width = String.valueOf(Math.max(1, r.firings().size())).length();
        String pad = " ".repeat(width + 2);
        for (TimelineEntry e : r.timeline()) {
            if (e instanceof Firing f) {
                String event = f.event().scope().label() + " " + f.event().phase().key();
                b.append(String.format("%" + width + "d. %-28s %-28s %s%s%n", f.order(), event, f.hook(),
                        f.result().label(), f.detail().isEmpty() ? "" : " (" + f.detail() + ")"));
                f.rendered().ifPresent(rw -> {
                    for (ResolvedArgument a : rw.arguments().passed()) {
                        b.append(pad).append("  ").append(a.name()).append(" = ").append(Quoting.oneLine(a.value()))
                                .append(a.invented() ? " *" : "").append("  [").append(a.source().label()).append("]\n");
                    }
                    for (ArgumentSupply.MissingArgument m : rw.missing()) {
                        b.append(pad).append("  ").append(m.name()).append(" MISSING: ").append(m.howToSupply())
                                .append('\n');
                    }
                });
                if (!f.exported().isEmpty()) {
                    b.append(pad).append("  exports promotion context ")
                            .append(Quoting.oneLine(Manifests.json(f.exported().values()).replaceAll("\\s*\\n\\s*", " ").trim()))
                            .append('\n');
                }
            } else if (e instanceof GroupStarted g) {
                b.append(pad).append("-- group ").append(g.group()).append(g.environments().size() > 1 ? " (parallel)" : "")
                        .append(": ").append(String.join(", ", g.environments())).append('\n');
            } else if (e instanceof EnvironmentFinished ef) {
                b.append(pad).append("   ").append(ef.environment()).append(": ").append(ef.status().label())
                        .append(ef.message().isEmpty() ? "" : " - " + Quoting.oneLine(ef.message(), 100)).append('\n');
            } else if (e instanceof NotStarted ns) {
                b.append(pad).append("   ").append(ns.environment()).append(": not started (").append(ns.reason())
                        .append(")\n");
            }
        }
        b.append('\n').append("Release ").append(r.outcome().status())
                .append(r.outcome().message().isEmpty() ? "" : ": " + Quoting.oneLine(r.outcome().message(), 200))
                .append('\n');
        b.append("Environments: ");
        List<EnvironmentState> envs = r.environments();
        for (int i = 0; i < envs.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(envs.get(i).name()).append(' ').append(envs.get(i).status().label());
        }
        b.append('\n');
        for (String n : r.notes()) {
            b.append("note: ").append(n).append('\n');
        }
        boolean anyInvented = r.facts().all().values().stream().anyMatch(Fact::invented) || r.firings().stream()
                .anyMatch(f -> f.rendered().map(rw -> !rw.invented().isEmpty()).orElse(false));
        b.append('\n');
        if (anyInvented) {
            b.append("* invented by hookctl: no real value was available; the release values at the top say why "
                    + "and docs/simulate.md names the option that sets a real one\n");
        }
        if (!r.assumptions().isEmpty()) {
            b.append("Assumptions used (docs/semantics.md):\n");
            for (Assumption a : r.assumptionsInOrder()) {
                b.append("  ").append(a.id()).append(": ").append(a.text()).append('\n');
            }
        }
        return b.toString();
    }
}
