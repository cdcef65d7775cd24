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
 * {@code hookctl __complete flows|hooks|environments}: the names the completion scripts offer,
 * read from the manifests under the current folder. Hidden: shells call it, people do not.
 * Prints one name per line and nothing else; unreadable or broken files are skipped silently,
 * since a completion must never print errors into the user's command line.
 */
@Command(name = "__complete", hidden = true,
        description = "Print flow, hook or environment names from the current folder, for shell completion.")
final class CompleteCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "KIND", completionCandidates = Kinds.class,
            description = "flows, hooks or environments.")
    String kind;

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
            names = names(kind, console.workingDirectory());
        } catch (IllegalArgumentException e) {
            console.error("unknown kind \"" + kind + "\"", "use flows, hooks or environments");
            return ExitCode.USAGE.code();
        }
        names.forEach(console.out()::println);
        console.out().flush();
        return ExitCode.OK.code();
    }

    /** The names of one kind found under {@code dir}, sorted. */
    static Set<String> names(String kind, Path dir) {
        Catalog catalog = catalog(dir);
        Set<String> out = new TreeSet<>();
        switch (kind) {
            case "flows" -> out.addAll(catalog.names(Kind.PROMOTION_FLOW));
            case "hooks" -> {
                out.addAll(catalog.names(Kind.WORKFLOW_TEMPLATE));
                out.addAll(catalog.names(Kind.WORKFLOW));
            }
            case "environments" -> {
                for (Document d : catalog.documents(Kind.PROMOTION_FLOW)) {
                    PromotionFlow flow = new PromotionFlow(d);
                    flow.triggerEnvironment().map(Text::value).ifPresent(out::add);
                    for (FlowStep step : flow.steps()) {
                        step.environment().map(Text::value).ifPresent(out::add);
                    }
                }
                configEnvironments(dir).ifPresent(out::addAll);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        out.removeIf(String::isBlank);
        return out;
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

    private static Catalog catalog(Path dir) {
        if (tooManyFiles(dir)) {
            return new Catalog(List.of());
        }
        try {
            LoadResult load = new Loader(dir, java.io.InputStream.nullInputStream()).load(List.of("."));
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
