package dev.hookctl.release;

import dev.hookctl.release.ArgumentSupply.MissingArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Workflow a hook firing creates, as a plain tree ({@code workflow}: Map/List/String/...),
 * with what went into it: the hook, the event, the resolved arguments (their sources, the
 * invented ones, the missing ones), the release facts, and notes for the user.
 * {@code fire} submits {@code workflow} exactly as {@code render} prints it.
 */
public record RenderedWorkflow(Map<String, Object> workflow, String hook, ReleaseEvent event,
                               ResolvedArguments arguments, ReleaseFacts facts, List<String> notes) {
    /** The annotation listing arguments whose values hookctl invented. */
    public static final String INVENTED_ANNOTATION = "hookctl.dev/invented-arguments";

    /** Ends the header's first line before the hook's name; {@link #hookOfHeader} looks for it. */
    private static final String HOOK_MARK = ": hook ";

    public RenderedWorkflow {
        notes = List.copyOf(notes);
    }

    public List<ResolvedArgument> invented() {
        return arguments.invented();
    }

    public List<MissingArgument> missing() {
        return arguments.missing();
    }

    /** Whether Argo would accept the Workflow: every declared argument has a value. */
    public boolean complete() {
        return arguments.complete();
    }

    /** YAML, preceded by comments that say what fired and which values hookctl invented. */
    public String yaml() {
        return header() + Manifests.yaml(workflow);
    }

    public String json() {
        return Manifests.json(workflow);
    }

    /** Comment lines (each starting with "# "): the event, then each invented value and how to give a real one. */
    public String header() {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(event.describe()).append(" of flow ").append(Quoting.oneLine(facts.flowName().value()))
                .append(facts.flowName().invented() ? " (invented)" : "").append(HOOK_MARK).append(hook).append('\n');
        List<ResolvedArgument> invented = invented();
        if (!invented.isEmpty()) {
            b.append("# invented by hookctl (no real value was available):\n");
            for (ResolvedArgument a : invented) {
                b.append("#   ").append(a.name()).append(" = ").append(Quoting.oneLine(a.value()))
                        .append("  (").append(a.origin()).append(DefaultArgument.of(a.name()).filter(d -> !d.failOnly())
                                .map(d -> "; set it with " + d.option()).orElse("")).append(")\n");
            }
        }
        for (MissingArgument m : missing()) {
            b.append("# MISSING: ").append(m.name()).append(" (Argo refuses the Workflow): ").append(m.howToSupply())
                    .append('\n');
        }
        return b.toString();
    }

    /** The hook named by a first line of {@link #header()}, or empty when the line is not one. */
    static Optional<String> hookOfHeader(String line) {
        int hook = line.lastIndexOf(HOOK_MARK);
        if (!line.startsWith("# ") || hook < 0 || !line.substring(0, hook).contains(" of flow ")) {
            return Optional.empty();
        }
        String name = line.substring(hook + HOOK_MARK.length());
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Invented argument names, for the annotation. */
    static String inventedNames(List<ResolvedArgument> invented) {
        List<String> names = new ArrayList<>();
        for (ResolvedArgument a : invented) {
            names.add(a.name());
        }
        return String.join(", ", names);
    }
}
