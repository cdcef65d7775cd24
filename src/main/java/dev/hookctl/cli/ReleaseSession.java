package dev.hookctl.cli;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.ConfigLoader;
import dev.hookctl.lint.LintConfig;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.diag.Location;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import dev.hookctl.cluster.ConnectionSettings;
import dev.hookctl.release.ArgumentSupply.MissingArgument;
import dev.hookctl.release.IdSource;
import dev.hookctl.release.Outcome;
import dev.hookctl.release.PromotionContext;
import dev.hookctl.release.ReleaseInputs;
import dev.hookctl.release.RenderRequest;
import dev.hookctl.release.RenderedWorkflow;
import dev.hookctl.release.Renderer;
import dev.hookctl.release.UserError;
import dev.hookctl.release.UserParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The input side shared by render, simulate, graph and fire: load the manifests with the lint loader,
 * read the configuration, and turn the release options into {@link ReleaseInputs}. Failures are
 * printed here and come back as the exit code.
 */
final class ReleaseSession {
    /** Loaded manifests and configuration, or the exit code of the failure already reported. */
    record Loaded(Catalog catalog, LintConfig config, Optional<Path> checkout) {}

    private final Console console;

    ReleaseSession(Console console) {
        this.console = console;
    }

    /** Loads manifests; on failure prints the error and returns the exit code. */
    Result<Loaded> load(ManifestOptions m) {
        return load(m, Optional.empty());
    }

    /**
     * Loads manifests and, with {@code cluster}, adds the WorkflowTemplates of its namespace
     * ({@code --cluster}, see {@link ClusterCatalog}); on failure prints the error and returns the exit code.
     */
    Result<Loaded> load(ManifestOptions m, Optional<ConnectionSettings> cluster) {
        Loader loader = new Loader(console.workingDirectory(), console.in());
        LintConfig config = LintConfig.EMPTY;
        String first = m.inputs().get(0);
        Path start = first.equals("-") ? console.workingDirectory() : console.workingDirectory().resolve(first);
        if (!m.noConfig) {
            Optional<Path> file = m.config != null ? Optional.of(console.workingDirectory().resolve(m.config))
                    : ConfigLoader.find(start);
            Optional<ExitCode> refused = m.config != null ? ConfigOption.refused(console, m.config, file.get())
                    : Optional.empty();
            if (refused.isPresent()) {
                return Result.exit(refused.get());
            }
            if (file.isPresent()) {
                try {
                    config = ConfigLoader.read(file.get(), loader.display(file.get()), RuleRegistry.standard());
                } catch (IOException e) {
                    console.error("cannot read " + loader.display(file.get()) + ": " + e.getMessage(),
                            "fix its permissions or pass --no-config");
                    return Result.exit(ExitCode.INPUT);
                }
                // lint reports these as config-invalid findings; here the command goes on with what
                // could be read, but a mistake in release or environments changes what it prints
                for (Diagnostic d : config.problems()) {
                    console.warning(d.location() + ": " + d.message() + " [" + d.ruleId() + "]", d.hint());
                }
            }
        }
        LoadResult load;
        try {
            load = loader.load(m.inputs());
        } catch (Loader.MissingInputException e) {
            console.error("no such file or directory: " + e.getMessage(), "check the path given to -f/--file");
            return Result.exit(ExitCode.INPUT);
        }
        List<Diagnostic> errors = load.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            long broken = errors.stream().map(d -> d.location().file().displayPath()).distinct().count();
            Diagnostic d = errors.get(0);
            console.warning(broken + (broken == 1 ? " file" : " files") + " could not be read completely, first: "
                    + d.location() + ": " + d.message(), "run 'hookctl lint' for all problems");
        }
        Path folder = Files.isDirectory(start) ? start : start.getParent();
        Catalog catalog = Catalog.of(load);
        if (cluster.isPresent()) {
            Result<ClusterCatalog.Fetched> fetched = ClusterCatalog.fetch(console, cluster.get());
            if (fetched.failed()) {
                return Result.exit(fetched.exit());
            }
            catalog = ClusterCatalog.merge(load.documents(), fetched.get().documents());
            notes(List.of(ClusterCatalog.summary(fetched.get(), catalog)));
        }
        return Result.ok(new Loaded(catalog, config, Optional.ofNullable(folder)));
    }

    /** The release inputs from the options; on failure prints the error and returns exit 2. */
    Result<ReleaseInputs> inputs(ReleaseOptionsMixin o, Optional<String> errorMessage, Loaded loaded) {
        return inputs(o, errorMessage, loaded, IdSource.random());
    }

    /**
     * As {@link #inputs(ReleaseOptionsMixin, Optional, Loaded)} with the id source given: fire renders
     * again after prompting and needs {@link IdSource#once()} to keep one RELEASE_ID.
     */
    Result<ReleaseInputs> inputs(ReleaseOptionsMixin o, Optional<String> errorMessage, Loaded loaded, IdSource ids) {
        Outcome<Map<String, String>> flags = UserParameters.parseAssignments(o.parameterList());
        if (!flags.isOk()) {
            return usage(flags.error());
        }
        Map<String, String> fromFile = Map.of();
        if (o.parameterFile != null) {
            Optional<String> text = readFile(o.parameterFile, "--parameter-file");
            if (text.isEmpty()) {
                return Result.exit(ExitCode.INPUT);
            }
            Outcome<Map<String, String>> parsed = UserParameters.parseFile(text.get(), o.parameterFile);
            if (!parsed.isOk()) {
                return usage(parsed.error());
            }
            fromFile = parsed.value();
        }
        PromotionContext context = PromotionContext.EMPTY;
        if (o.promotionContext != null) {
            String json = o.promotionContext;
            if (json.equals("@")) {
                console.error("--promotion-context @ names no file", "give @FILE, e.g. @context.json, or the JSON itself");
                return Result.exit(ExitCode.USAGE);
            }
            if (json.startsWith("@")) {
                Optional<String> text = readFile(json.substring(1), "--promotion-context");
                if (text.isEmpty()) {
                    return Result.exit(ExitCode.INPUT);
                }
                json = text.get();
            }
            Outcome<PromotionContext> parsed = PromotionContext.parse(json, "--promotion-context");
            if (!parsed.isOk()) {
                return usage(parsed.error());
            }
            context = parsed.value();
        }
        return Result.ok(new ReleaseInputs(o.toOptions(errorMessage), UserParameters.of(flags.value(), fromFile),
                context, loaded.config().releaseUrlTemplate(), loaded.checkout(), ids,
                Clock.systemUTC()));
    }

    private Optional<String> readFile(String name, String option) {
        Path p = console.workingDirectory().resolve(name);
        try {
            return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            console.error(option + ": no such file: " + name, "check the path");
        } catch (IOException e) {
            console.error(option + ": cannot read " + name + ": " + e.getMessage(), "check the file's permissions");
        }
        return Optional.empty();
    }

    /** Renders; an unknown name, a trigger environment and the like are printed and give exit 2. Notes are the caller's. */
    Result<RenderedWorkflow> render(Catalog catalog, RenderRequest request) {
        Outcome<RenderedWorkflow> rendered = Renderer.render(catalog, request);
        return rendered.isOk() ? Result.ok(rendered.value()) : usage(rendered.error());
    }

    /**
     * The flow simulate and graph work on: {@code --flow}, else the only flow in the files. A flow
     * whose name cannot be read is not "no flow": it is reported as such, with the lint command
     * that shows why, since giving --flow cannot help.
     */
    Result<String> flowName(Catalog catalog, Optional<String> flow) {
        if (flow.isPresent()) {
            return Result.ok(flow.get());
        }
        Set<String> flows = catalog.names(Kind.PROMOTION_FLOW);
        if (flows.size() == 1) {
            return Result.ok(flows.iterator().next());
        }
        if (flows.isEmpty()) {
            Optional<Document> unnamed = catalog.documents(Kind.PROMOTION_FLOW).stream()
                    .filter(d -> d.name().isEmpty()).findFirst();
            if (unnamed.isPresent()) {
                Document d = unnamed.get();
                Location at = d.metadata().flatMap(m -> m.get("name")).map(d::at)
                        .or(() -> d.root().get("metadata").map(d::at)).orElse(d.anchor());
                console.error("the Promotion Flow at " + at + " has no usable name (metadata.name must be a string)",
                        "run 'hookctl lint " + d.file().displayPath() + "' for its problems");
                return Result.exit(ExitCode.USAGE);
            }
        }
        console.error("--flow is required" + (flows.isEmpty() ? ": the files hold no Promotion Flow"
                        : ": the files hold " + flows.size() + " flows"),
                flows.isEmpty() ? "point -f at the folder with your flows" : "one of: " + String.join(", ", flows));
        return Result.exit(ExitCode.USAGE);
    }

    /** Prints the arguments nobody supplies, each with how to supply it; the caller exits 2. */
    void reportMissing(RenderedWorkflow wf) {
        StringBuilder b = new StringBuilder();
        for (MissingArgument m : wf.missing()) {
            b.append("\n  ").append(m.name()).append(": ").append(m.howToSupply());
        }
        console.error("hook \"" + wf.hook() + "\" declares " + (wf.missing().size() == 1 ? "an argument" : "arguments")
                + " nobody supplies for " + wf.event().describe() + "; Argo would refuse the Workflow:" + b,
                "supply each as shown; 'hookctl lint' reports these as argument-never-supplied or fail-only-argument");
    }

    <T> Result<T> usage(UserError e) {
        console.error(e.message(), e.hint());
        return Result.exit(ExitCode.USAGE);
    }

    void notes(Iterable<String> notes) {
        for (String n : notes) {
            console.note(n);
        }
    }

    /** A value, or the exit code of a failure that was already reported. */
    record Result<T>(Optional<T> value, ExitCode exit) {
        static <T> Result<T> ok(T v) {
            return new Result<>(Optional.of(v), ExitCode.OK);
        }

        static <T> Result<T> exit(ExitCode code) {
            return new Result<>(Optional.empty(), code);
        }

        boolean failed() {
            return value.isEmpty();
        }

        T get() {
            return value.orElseThrow();
        }
    }
}
