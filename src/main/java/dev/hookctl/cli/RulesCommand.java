package dev.hookctl.cli;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.report.RuleReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hookctl rules [ID|PATTERN]}: the rule reference, from the registry. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"List every lint rule (or those a pattern matches), or explain one with a bad and a good "
                + "example."})
final class RulesCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "RULE", arity = "0..1", completionCandidates = RuleIds.class,
            description = "A rule id to explain, or a pattern to list the rules it matches: * stands for any "
                    + "characters, as in argo-* (the patterns .hookctl.yaml takes).")
    String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = OutputFormats.class,
            description = "text, json or markdown (markdown is docs/rules.md) (default: ${DEFAULT-VALUE}).")
    String output;

    /** Every rule id, for completion. */
    static final class RuleIds extends ArrayList<String> {
        RuleIds() {
            for (RuleInfo r : RuleRegistry.standard().rules()) {
                add(r.id());
            }
        }
    }

    /** The -o values, for completion. */
    static final class OutputFormats extends ArrayList<String> {
        OutputFormats() {
            super(List.of("text", "json", "markdown"));
        }
    }

    RulesCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        RuleRegistry registry = RuleRegistry.standard();
        List<RuleInfo> rules = registry.rules();
        boolean one = id != null && !RuleRegistry.isPattern(id);
        if (id != null && !one) {
            rules = registry.matching(id);
            if (rules.isEmpty()) {
                console.error("rule pattern \"" + id + "\" matches no rule",
                        "'hookctl rules' lists every rule; * stands for any characters, as in argo-*");
                return ExitCode.USAGE.code();
            }
        } else if (one) {
            Optional<RuleInfo> rule = registry.rule(id);
            if (rule.isEmpty()) {
                console.error("unknown rule \"" + id + "\"",
                        Suggestions.closest(id, rules.stream().map(RuleInfo::id).toList())
                                .map(s -> "did you mean \"" + s + "\"? ").orElse("")
                                + "'hookctl rules' lists every rule");
                return ExitCode.USAGE.code();
            }
            rules = List.of(rule.get());
        }
        switch (output) {
            case "text" -> console.out().print(one ? RuleReference.explain(rules.get(0)) : RuleReference.table(rules));
            case "json" -> console.out().print(RuleReference.json(rules));
            case "markdown", "md" -> console.out().print(RuleReference.markdown(rules));
            default -> {
                console.error("unknown output \"" + output + "\"", "use text, json or markdown");
                return ExitCode.USAGE.code();
            }
        }
        console.out().flush();
        return ExitCode.OK.code();
    }
}
