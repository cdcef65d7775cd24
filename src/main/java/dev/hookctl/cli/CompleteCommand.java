package dev.hookctl.cli;

import dev.hookctl.lint.ConfigLoader;
import dev.hookctl.lint.LintConfig;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import dev.hookctl.model.FlowStep;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hookctl __complete flows|hooks|environments [-- WORD...]}: the names the completion
 * scripts offer, read from the manifests under the current folder. The scripts pass the words of
 * the command line before the cursor: its {@code -f}/{@code --file} paths are read instead of the
 * folder, and with {@code --flow FLOW} the hooks and environments are that flow's (all of them
 * when it names no flow or assigns no hook). Environments are target environments: every option
 * that takes one refuses a trigger environment. Hidden: shells call it, people do not. Prints one
 * name per line and nothing else; unreadable or broken files are skipped silently, since a
 * completion must never print errors into the user's command line.
 */
@Command(name = "__complete", hidden = true,
        description = "Print flow, hook or environment names from the current folder, for shell completion.")
final class CompleteCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "KIND", completionCandidates = Kinds.class,
            description = "flows, hooks or environments.")
    String kind;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "WORD",
            description = "The words of the command line being completed, after --.")
    List<String> words = List.of();

    CompleteCommand(Console console) {
        this.console = console;
    }

    /** The kinds of names, as completion scripts ask for them. */
    static final class Kinds extends java.util.ArrayList<String> {
        Kinds() {
            super(List.of("flows", "hooks", "environments"));
        }
    }

    @Override
    public Integer call() {
        Set<String> names;
        try {
            names = names(kind, console.workingDirectory(), words);
        } catch (IllegalArgumentException e) {
            console.error("unknown kind \"" + kind + "\"", "use flows, hooks or environments");
            return ExitCode.USAGE.code();
        }
        names.forEach(console.out()::println);
        console.out().flush();
        return ExitCode.OK.code();
    }

    /** The names of one kind for a command line with {@code words} so far, sorted. */
    static Set<String> names(String kind, Path dir, List<String> words) {
        List<String> files = optionValues(words, "-f", "--file");
        List<String> flows = optionValues(words, "--flow", null);
        Catalog catalog = catalog(dir, files);
        Optional<PromotionFlow> flow = flows.isEmpty() ? Optional.empty()
                : catalog.find(Kind.PROMOTION_FLOW, flows.get(flows.size() - 1)).map(PromotionFlow::new);
        Set<String> out = new TreeSet<>();
        switch (kind) {
            case "flows" -> out.addAll(catalog.names(Kind.PROMOTION_FLOW));
            case "hooks" -> {
                flow.ifPresent(f -> f.hookAssignments().forEach(a -> out.add(a.workflow().value())));
                if (out.isEmpty()) {
                    out.addAll(catalog.names(Kind.WORKFLOW_TEMPLATE));
                    out.addAll(catalog.names(Kind.WORKFLOW));
                }
            }
            case "environments" -> {
                // target environments only: every option that takes one (--env, --fail,
                // --terminate-at) refuses a trigger environment, where no hook is assigned and
                // nothing is promoted
                List<Document> scope = flow.isPresent() ? List.of(flow.get().document())
                        : catalog.documents(Kind.PROMOTION_FLOW);
                java.util.Set<String> triggers = new java.util.HashSet<>();
                for (Document d : scope) {
                    PromotionFlow f = new PromotionFlow(d);
                    f.triggerEnvironment().map(Text::value).ifPresent(triggers::add);
                    for (FlowStep step : f.steps()) {
                        step.environment().map(Text::value).ifPresent(out::add);
                    }
                }
                if (flow.isEmpty()) {
                    // the configuration's environments, but for those the flows only trigger from
                    configEnvironments(dir).ifPresent(known -> known.stream()
                            .filter(e -> !triggers.contains(e) || out.contains(e)).forEach(out::add));
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /**
     * The values the words give an option, in order: {@code --opt V}, {@code --opt=V}, and
     * {@code --opt = V} (bash splits a word at '='); the short name only as {@code -o V}.
     */
    static List<String> optionValues(List<String> words, String shortName, String longName) {
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean named = w.equals(shortName) || w.equals(longName);
            if (named && i + 2 < words.size() && words.get(i + 1).equals("=")) {
                values.add(words.get(i + 2));
                i += 2;
            } else if (named && i + 1 < words.size()) {
                values.add(words.get(i + 1));
                i++;
            } else if (longName != null && w.startsWith(longName + "=")) {
                values.add(w.substring(longName.length() + 1));
            } else if (shortName.startsWith("--") && w.startsWith(shortName + "=")) {
                values.add(w.substring(shortName.length() + 1));
            }
        }
        values.removeIf(String::isEmpty);
        return values;
    }

    /**
     * Completion must answer at once: a folder with more manifest files than a configuration
     * repository has (a home folder, /tmp) gets no names rather than a long wait.
     */
    static final int MAX_FILES = 5_000;

    private static boolean tooManyFiles(Path dir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(p -> {
                String n = p.getFileName() == null ? "" : p.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
            }).limit(MAX_FILES + 1L).count() > MAX_FILES;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    /** The manifests of {@code files} when the command line names some, else of {@code dir}. */
    private static Catalog catalog(Path dir, List<String> files) {
        List<String> inputs = new java.util.ArrayList<>();
        for (String f : files) {
            // standard input is the shell's, and a path still being typed may not exist yet
            if (!f.equals("-") && java.nio.file.Files.exists(dir.resolve(f))) {
                inputs.add(f);
            }
        }
        if (inputs.isEmpty()) {
            if (tooManyFiles(dir)) {
                return new Catalog(List.of());
            }
            inputs.add(".");
        }
        try {
            LoadResult load = new Loader(dir, java.io.InputStream.nullInputStream()).load(inputs);
            return Catalog.of(load);
        } catch (Loader.MissingInputException e) {
            return new Catalog(List.of());
        }
    }

    private static Optional<Set<String>> configEnvironments(Path dir) {
        Optional<Path> file = ConfigLoader.find(dir);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            LintConfig config = ConfigLoader.read(file.get(), file.get().toString(), RuleRegistry.standard());
            return Optional.of(config.environments().keySet());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
