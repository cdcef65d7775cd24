package dev.hookctl.cli;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.ConfigLoader;
import dev.hookctl.lint.LintConfig;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import dev.hookctl.release.IdSource;
import dev.hookctl.release.Outcome;
import dev.hookctl.release.PromotionContext;
import dev.hookctl.release.ReleaseInputs;
import dev.hookctl.release.UserError;
import dev.hookctl.release.UserParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The input side shared by render, simulate and graph: load the manifests with the lint loader,
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
        Loader loader = new Loader(console.workingDirectory(), console.in());
        LintConfig config = LintConfig.EMPTY;
        String first = m.inputs().get(0);
        Path start = first.equals("-") ? console.workingDirectory() : console.workingDirectory().resolve(first);
        if (!m.noConfig) {
            Optional<Path> file = m.config != null ? Optional.of(console.workingDirectory().resolve(m.config))
                    : ConfigLoader.find(start);
            if (m.config != null && !Files.isRegularFile(file.get())) {
                console.error("configuration file not found: " + m.config, "check the path given to --config");
                return Result.exit(ExitCode.INPUT);
            }
            if (file.isPresent()) {
                try {
                    config = ConfigLoader.read(file.get(), loader.display(file.get()), RuleRegistry.standard());
                } catch (IOException e) {
                    console.error("cannot read " + loader.display(file.get()) + ": " + e.getMessage(),
                            "fix its permissions or pass --no-config");
                    return Result.exit(ExitCode.INPUT);
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
        long broken = load.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location().file().displayPath()).distinct().count();
        if (broken > 0) {
            Diagnostic d = load.diagnostics().get(0);
            console.err().println("hookctl: warning: " + broken + " file(s) could not be read completely, first: "
                    + d.location() + ": " + d.message() + " (run 'hookctl lint' for all problems)");
            console.err().flush();
        }
        Path folder = Files.isDirectory(start) ? start : start.getParent();
        return Result.ok(new Loaded(Catalog.of(load), config, Optional.ofNullable(folder)));
    }

    /** The release inputs from the options; on failure prints the error and returns exit 2. */
    Result<ReleaseInputs> inputs(ReleaseOptionsMixin o, Optional<String> errorMessage, Loaded loaded) {
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
                context, loaded.config().releaseUrlTemplate(), loaded.checkout(), IdSource.random(),
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

    <T> Result<T> usage(UserError e) {
        console.error(e.message(), e.hint());
        return Result.exit(ExitCode.USAGE);
    }

    void notes(Iterable<String> notes) {
        for (String n : notes) {
            console.err().println("hookctl: note: " + n);
        }
        console.err().flush();
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
