package dev.hookctl.cli;

import dev.hookctl.cluster.ConnectionSettings;
import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.PhaseTimes;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.ConfigLoader;
import dev.hookctl.lint.LintConfig;
import dev.hookctl.lint.LintReport;
import dev.hookctl.lint.Linter;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import dev.hookctl.load.PathText;
import dev.hookctl.report.Format;
import dev.hookctl.report.Reporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.hookctl.yaml.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hookctl lint}: load, check, report. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check Promotion Flows, Products, Policies and hook templates for mistakes.",
            "Paths are files or folders (searched recursively for .yaml, .yml and .json); '-' reads standard input."})
final class LintCommand implements Callable<Integer> {
    private final Console console;

    @Mixin
    CommonOptions common;

    // no converter: picocli takes a variable-arity value its converter refuses for an unmatched
    // argument ("Unmatched argument at index 1: ''"), so call() checks these with the converter's words
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to lint (default: the current folder).")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "PATH", converter = PathConverter.Text.class,
            description = "A file or folder to lint, as with render and fire (repeatable; same as a PATH argument).")
    List<String> files = new ArrayList<>();

    // -o as in `argo lint -o` and hookctl's other commands, where it names the format; --output
    // here names a file (the interface CI steps use: --format sarif --output hookctl.sarif)
    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Output format: text, json, sarif, github or junit (default: text).")
    String format; // null when not given: an --output named like a format then gets a note

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (- for standard output, the default); the format is -o/--format.",
            converter = PathConverter.class)
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", completionCandidates = FailLevels.class,
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the nearest .hookctl.yaml upwards, stopping at the Git root).",
            converter = PathConverter.class)
    Path config;

    @Option(names = "--no-config", description = "Ignore any .hookctl.yaml.")
    boolean noConfig;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = {"Report only on files changed since the branch left the Git revision REV (git diff "
                + "--name-only BASE, BASE being git merge-base REV HEAD: committed, staged and unstaged changes, plus "
                + "untracked files). Everything is still loaded, so references into unchanged files resolve; when a "
                + "manifest was deleted or renamed, references that no longer resolve are reported in every file; when the "
                + ".hookctl.yaml in use changed, every file is."})
    String changedSince;

    // the changed files named by the caller rather than by Git: what pre-commit passes its hook
    @Option(names = "--changed", paramLabel = "PATH", converter = PathConverter.class,
            description = {"Report only on PATH, a file or folder that changed (repeatable; with --changed-since, "
                + "on either). Everything is still loaded, as with --changed-since; a manifest PATH that "
                + "does not exist counts as deleted, so references that no longer resolve are reported in every file."})
    List<Path> changedPaths = new ArrayList<>();

    @Option(names = "--cluster", description = "Resolve references against the WorkflowTemplates installed in the "
            + "cluster's namespace too (a template in the files wins). Templates from the cluster are not linted "
            + "themselves: pipe 'kubectl get workflowtemplates -o yaml' into 'hookctl lint -' for that.")
    boolean cluster;

    @Mixin
    ClusterOptions clusterOptions;

    LintCommand(Console console) {
        this.console = console;
    }

    /** The --format values, for completion. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            for (Format f : Format.values()) {
                add(f.label());
            }
        }
    }

    /** The --fail-on values, for completion. */
    static final class FailLevels extends ArrayList<String> {
        FailLevels() {
            super(List.of("error", "warning", "info", "never"));
        }
    }

    @Override
    public Integer call() throws IOException {
        PhaseTimes.mark("picocli");
        Optional<Format> fmt = Format.parse(format == null ? Format.TEXT.label() : format);
        if (fmt.isEmpty()) {
            console.error("unknown format \"" + format + "\"", "use one of: text, json, sarif, github, junit");
            return ExitCode.USAGE.code();
        }
        Optional<Severity> threshold = failOn.equalsIgnoreCase("never") ? Optional.empty() : Severity.parse(failOn);
        if (threshold.isEmpty() && !failOn.equalsIgnoreCase("never")) {
            console.error("unknown --fail-on level \"" + failOn + "\"", "use one of: error, warning, info, never");
            return ExitCode.USAGE.code();
        }
        Optional<ExitCode> stray = ConnectionOptions.withoutCluster(console,
                cluster ? Optional.empty() : clusterOptions.given());
        if (stray.isPresent()) {
            return stray.get().code();
        }
        for (String p : paths) {
            try {
                new PathConverter.Text().convert(p);
            } catch (PathConverter.Rejected e) {
                console.error("PATH argument: " + e.getMessage(), e.hint());
                return ExitCode.USAGE.code();
            }
        }
        List<String> named = new ArrayList<>(paths);
        named.addAll(files);
        List<String> inputs = named.isEmpty() ? List.of(".") : named;
        Optional<Set<Path>> changed = Optional.empty();
        if (changedSince != null) {
            try {
                changed = Optional.of(ChangedFiles.since(changedSince, console.workingDirectory()));
                PhaseTimes.mark("changed files");
            } catch (ChangedFiles.GitException e) {
                console.error("--changed-since " + changedSince + ": " + e.getMessage(),
                        "run inside a Git checkout and name a revision that exists, e.g. origin/main or HEAD~1");
                return ExitCode.USAGE.code();
            }
        }
        RuleRegistry registry = RuleRegistry.standard();
        PhaseTimes.mark("registry");
        Loader loader = new Loader(console.workingDirectory(), console.in());

        LintConfig lintConfig = LintConfig.EMPTY;
        Optional<Path> configFile = Optional.empty();
        if (!noConfig) {
            if (config != null) {
                Path resolved = console.workingDirectory().resolve(config);
                Optional<ExitCode> refused = ConfigOption.refused(console, config, resolved);
                if (refused.isPresent()) {
                    return refused.get().code();
                }
                configFile = Optional.of(resolved);
            } else {
                String first = inputs.get(0);
                Path start = first.equals("-") ? console.workingDirectory() : console.workingDirectory().resolve(first);
                configFile = ConfigLoader.find(start);
            }
            if (configFile.isPresent()) {
                try {
                    lintConfig = ConfigLoader.read(configFile.get(), loader.display(configFile.get()), registry);
                } catch (AccessDeniedException e) {
                    console.error("cannot read " + loader.display(configFile.get()) + ": permission denied",
                            "fix its permissions or pass --no-config");
                    return ExitCode.INPUT.code();
                }
            }
        }

        LoadResult load;
        try {
            load = loader.load(inputs);
        } catch (Loader.MissingInputException e) {
            console.error("no such file or directory: " + e.getMessage(),
                    "check the path; 'hookctl lint' with no path lints the current folder");
            return ExitCode.INPUT.code();
        }
        PhaseTimes.mark("load");
        LintReport report;
        Catalog catalog;
        if (cluster) {
            ReleaseSession.Result<ConnectionSettings> settings = clusterOptions.settingsOrReport(console);
            if (settings.failed()) {
                return settings.exit().code();
            }
            ReleaseSession.Result<ClusterCatalog.Fetched> fetched = ClusterCatalog.fetch(console, settings.get());
            if (fetched.failed()) {
                return fetched.exit().code();
            }
            catalog = ClusterCatalog.merge(load.documents(), fetched.get().documents());
            console.note(ClusterCatalog.summary(fetched.get(), catalog));
            PhaseTimes.mark("cluster");
            report = withoutClusterFindings(new Linter(registry).lint(load, catalog, lintConfig));
        } else {
            catalog = Catalog.of(load);
            report = new Linter(registry).lint(load, catalog, lintConfig);
        }
        boolean restricted = changedSince != null || !changedPaths.isEmpty();
        Path configPath = configFile.map(f -> f.toAbsolutePath().normalize()).orElse(null);
        if (restricted && configPath != null && (changed.orElse(Set.of()).contains(configPath)
                || changedPaths.stream().map(this::absolute).anyMatch(configPath::equals))) {
            // environments, severities and ignores apply to every file: a changed one may change any finding
            console.note("the configuration " + loader.display(configFile.get()) + " changed: every file is reported");
            restricted = false;
        }
        if (restricted) {
            Set<Path> reported = new HashSet<>(changed.orElse(Set.of()));
            // a manifest deleted (or renamed away) breaks the references to it where they are,
            // in files the change did not touch: those findings are kept in every file
            List<Path> deletedSince = new ArrayList<>();
            for (Path p : reported) {
                if (Loader.isManifestName(p.getFileName().toString()) && !Files.exists(p)) {
                    deletedSince.add(p);
                }
            }
            List<Path> deletedNamed = new ArrayList<>();
            List<String> missingOther = new ArrayList<>();
            for (Path given : changedPaths) {
                Path p = absolute(given);
                reported.add(p);
                // as for Git's list: only a manifest's name counts as a deleted manifest
                if (!Files.exists(p) && p.getFileName() != null && Loader.isManifestName(p.getFileName().toString())) {
                    deletedNamed.add(p);
                } else if (!Files.exists(p)) {
                    missingOther.add(given.toString()); // no manifest's name, so no deleted manifest: a typo?
                }
            }
            Set<String> shown = new HashSet<>();
            shown.add(Loader.STDIN_NAME);
            for (SourceFile f : load.files()) {
                if (f.path().map(p -> isUnderAny(p.toAbsolutePath().normalize(), reported)).orElse(false)) {
                    shown.add(f.displayPath());
                }
            }
            boolean deleted = !deletedSince.isEmpty() || !deletedNamed.isEmpty();
            report = report.restrictedTo(shown, load.documents(), Linter.hookTemplates(catalog),
                    deleted ? ChangedFiles.DANGLING_REFERENCE_RULES : Set.of());
            noteDeleted(deletedSince, "deleted or renamed since " + changedSince, loader);
            noteDeleted(deletedNamed, "named by --changed and not there, taken as deleted", loader);
            if (!missingOther.isEmpty()) {
                console.note("--changed " + String.join(", ", missingOther) + ": no such file or folder, and not "
                        + "named like a manifest; nothing is reported for " + (missingOther.size() == 1 ? "it" : "them"));
            }
        }
        if (load.files().isEmpty() && !load.unreadableInput() && !restricted) {
            // a mistyped folder in CI would otherwise pass silently
            console.note("no .yaml, .yml or .json file under " + String.join(", ", inputs) + "; nothing was linted");
        }

        Reporter reporter = fmt.get().reporter();
        // '-' is standard output, as it is standard input for PATH (CI steps write --output "$REPORT")
        Optional<Path> file = output == null || output.toString().equals("-") ? Optional.empty() : Optional.of(output);
        boolean color = file.isEmpty() && fmt.get() == Format.TEXT && console.colorAllowed(common.noColor);
        Reporter.ReportOptions options = new Reporter.ReportOptions(color,
                fmt.get().namesToolVersion() ? Version.value() : "",
                uriPrefix(console.workingDirectory()), repositoryRoot(console.workingDirectory()));
        if (file.isPresent()) {
            Path target = console.workingDirectory().resolve(file.get());
            StringWriter buffer = new StringWriter();
            reporter.write(report, registry.rules(), options, buffer);
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                w.write(buffer.toString());
            } catch (IOException e) {
                console.error("cannot write the report to " + output + ": " + WriteFailure.reason(e),
                        "give --output a file in an existing folder you can write");
                return ExitCode.INPUT.code();
            }
        } else {
            reporter.write(report, registry.rules(), options, console.out());
            console.out().flush();
        }
        PhaseTimes.mark("report");
        Optional<Format> fileNamedLikeAFormat = file.flatMap(f -> Format.parse(f.toString()));
        if (format == null && fileNamedLikeAFormat.filter(f -> f != Format.TEXT).isPresent()) {
            // argo lint and hookctl's other commands take the format from --output; here it names a file
            String label = fileNamedLikeAFormat.get().label();
            console.note("--output names a file: the text report was written to \"" + output + "\" (for " + label
                    + " output, use -o " + label + ")");
        }
        if (report.unreadableInput()) {
            return ExitCode.INPUT.code();
        }
        return threshold.isPresent() && report.failsAt(threshold.get()) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /** A --changed PATH as Git's list names files: absolute and normalized. */
    private Path absolute(Path given) {
        return console.workingDirectory().resolve(given).toAbsolutePath().normalize();
    }

    /** The note that deleted manifests switch the dangling-reference rules on in every file. */
    private void noteDeleted(List<Path> deleted, String how, Loader loader) {
        if (deleted.isEmpty()) {
            return;
        }
        deleted.sort(null);
        console.note(deleted.size() + " manifest file" + (deleted.size() == 1 ? " was " : "s were ") + how + " ("
                + loader.display(deleted.get(0)) + (deleted.size() > 1 ? ", ..." : "")
                + "): references that no longer resolve are reported in every file");
    }

    /**
     * The report without findings located in the cluster's templates: those are context for the
     * files (what a flow's references resolve to), not what the user asked to lint, and their text
     * is hookctl's rendering of the server's object, not a file anyone can edit. (The summary counts
     * the files' documents only already: the Linter counts the loaded ones.)
     */
    /**
     * The findings in the files: one inside a cluster template is dropped, unless it names a place in
     * the files too (a flow's use of the template: an argument of an installed hook that nothing
     * supplies breaks that flow's release), where it is then reported, the cluster's place kept as related.
     */
    private static LintReport withoutClusterFindings(LintReport r) {
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            if (!ClusterCatalog.fromCluster(d.location().file())) {
                kept.add(d);
                continue;
            }
            Optional<Location> inFiles = d.related().stream().filter(l -> !ClusterCatalog.fromCluster(l.file()))
                    .findFirst();
            if (inFiles.isPresent()) {
                List<Location> related = new ArrayList<>(List.of(d.location()));
                d.related().stream().filter(l -> l != inFiles.get()).forEach(related::add);
                kept.add(new Diagnostic(d.ruleId(), d.severity(), d.message(), d.hint(), inFiles.get(), related));
            }
        }
        kept.sort(Diagnostic.ORDER);
        return new LintReport(kept, r.filePaths(), r.flows(), r.hookTemplates(), r.otherManifests(), r.skippedDocuments(),
                r.unreadableInput());
    }

    /** Whether the file is one of the paths or lies in a folder among them (a walk up its parents, not a scan). */
    private static boolean isUnderAny(Path file, Set<Path> paths) {
        for (Path p = file; p != null; p = p.getParent()) {
            if (paths.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The working directory relative to the Git root, so SARIF and annotations carry repository paths. */
    static Optional<Path> repositoryRoot(Path cwd) {
        for (Path dir = cwd.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    static String uriPrefix(Path cwd) {
        for (Path dir = cwd.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                String rel = PathText.slashed(dir.relativize(cwd.toAbsolutePath().normalize()));
                return rel.isEmpty() ? "" : rel + "/";
            }
        }
        return "";
    }
}
