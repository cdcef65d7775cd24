package dev.hookctl.cli;

import dev.hookctl.cluster.ConnectionSettings;
import dev.hookctl.load.PathText;
import dev.hookctl.release.Firing;
import dev.hookctl.release.Manifests;
import dev.hookctl.release.Outcome;
import dev.hookctl.release.PromotionContext;
import dev.hookctl.release.ReleaseInputs;
import dev.hookctl.release.SimulationJson;
import dev.hookctl.release.SimulationRequest;
import dev.hookctl.release.SimulationResult;
import dev.hookctl.release.Simulator;
import dev.hookctl.release.TimelineText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hookctl simulate}: the timeline of a release through a flow. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Walk a product release through a Promotion Flow and show which hook fires when, "
                + "with which arguments.",
            "Exits 1 when a firing would be refused (a declared argument nobody supplies, or a missing template)."})
final class SimulateCommand implements Callable<Integer> {
    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    ManifestOptions manifests;

    @Mixin
    ReleaseOptionsMixin release;

    @Option(names = "--flow", paramLabel = "FLOW", description = "The Promotion Flow (default: the only one in the files).")
    String flow;

    @Option(names = "--fail", paramLabel = "ENV[=MESSAGE]", description = "Make a target environment fail (repeatable).")
    List<String> fail = new ArrayList<>();

    @Option(names = "--fail-hook", paramLabel = "HOOK", description = "Make every firing of a hook fail (repeatable).")
    List<String> failHook = new ArrayList<>();

    @Option(names = "--terminate-at", paramLabel = "ENV", description = "Terminate the release while ENV is being promoted.")
    String terminateAt;

    @Option(names = "--export", paramLabel = "HOOK=JSON",
            description = "When HOOK succeeds it exports this promotion context (repeatable).")
    List<String> export = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Outputs.class, description = "text or json (default: ${DEFAULT-VALUE}).")
    String output;

    /** The -o values, for completion. */
    static final class Outputs extends java.util.ArrayList<String> {
        Outputs() {
            super(java.util.List.of("text", "json"));
        }
    }

    @Option(names = "--render-dir", paramLabel = "DIR",
            description = "Write each firing's Workflow to DIR as NN-HOOK.yaml, replacing those of an earlier run.",
            converter = PathConverter.class)
    Path renderDir;

    @Option(names = "--cluster", description = RenderCommand.CLUSTER_DESCRIPTION)
    boolean cluster;

    @Mixin
    ClusterOptions clusterOptions;

    SimulateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!output.equals("text") && !output.equals("json")) {
            console.error("unknown output \"" + output + "\"", "use -o text or -o json");
            return ExitCode.USAGE.code();
        }
        Optional<ExitCode> stray = ConnectionOptions.withoutCluster(console,
                cluster ? Optional.empty() : clusterOptions.given());
        if (stray.isPresent()) {
            return stray.get().code();
        }
        Optional<ConnectionSettings> settings = Optional.empty();
        if (cluster) {
            ReleaseSession.Result<ConnectionSettings> s = clusterOptions.settingsOrReport(console);
            if (s.failed()) {
                return s.exit().code();
            }
            settings = s.value();
        }
        ReleaseSession session = new ReleaseSession(console);
        ReleaseSession.Result<ReleaseSession.Loaded> loaded = session.load(manifests, settings);
        if (loaded.failed()) {
            return loaded.exit().code();
        }
        ReleaseSession.Result<ReleaseInputs> inputs = session.inputs(release, Optional.empty(), loaded.get());
        if (inputs.failed()) {
            return inputs.exit().code();
        }
        ReleaseSession.Result<String> flowName = session.flowName(loaded.get().catalog(), Optional.ofNullable(flow));
        if (flowName.failed()) {
            return flowName.exit().code();
        }
        Outcome<Map<String, PromotionContext>> exports = SimulationRequest.parseExports(export);
        if (!exports.isOk()) {
            console.error(exports.error().message(), exports.error().hint());
            return ExitCode.USAGE.code();
        }
        List<SimulationRequest.EnvironmentFailure> failures = new ArrayList<>();
        for (String f : fail) {
            SimulationRequest.EnvironmentFailure failure = SimulationRequest.EnvironmentFailure.parse(f);
            if (failure.environment().isBlank()) {
                console.error("--fail \"" + f + "\" names no environment", "use --fail ENV or --fail ENV=MESSAGE, "
                        + "with a target environment of the flow");
                return ExitCode.USAGE.code();
            }
            failures.add(failure);
        }
        if (terminateAt != null && terminateAt.isBlank()) {
            console.error("--terminate-at names no environment", "use --terminate-at ENV, with a target environment of the flow");
            return ExitCode.USAGE.code();
        }
        SimulationRequest request = new SimulationRequest(flowName.get(), failures, new LinkedHashSet<>(failHook),
                Optional.ofNullable(terminateAt), exports.value(), inputs.get());
        Outcome<SimulationResult> result = Simulator.simulate(loaded.get().catalog(), request);
        if (!result.isOk()) {
            console.error(result.error().message(), result.error().hint());
            return ExitCode.USAGE.code();
        }
        SimulationResult r = result.value();
        Map<Integer, String> files = new TreeMap<>();
        if (renderDir != null) {
            Path dir = console.workingDirectory().resolve(renderDir);
            try {
                Files.createDirectories(dir);
                RenderDirectory.Contents present = RenderDirectory.inspect(dir);
                if (!present.foreign().isEmpty()) {
                    console.error("--render-dir " + renderDir + " holds " + String.join(", ", present.foreign())
                                    + ", named like hookctl's Workflow files but not written by hookctl",
                            "move " + (present.foreign().size() == 1 ? "it" : "them") + " away or give --render-dir"
                                    + " another folder; hookctl replaces only the NN-HOOK.yaml files it wrote itself");
                    return ExitCode.USAGE.code();
                }
                RenderDirectory.remove(dir, present.earlierOutput());
                Set<String> written = new LinkedHashSet<>();
                r.firings().stream().filter(f -> f.rendered().isPresent())
                        .forEach(f -> written.add(f.fileName(r.firings().size())));
                List<String> stale = present.earlierOutput().stream().filter(n -> !written.contains(n)).toList();
                if (!stale.isEmpty()) {
                    console.note("removed " + (stale.size() == 1 ? "a Workflow file" : stale.size() + " Workflow files")
                            + " of an earlier run from " + renderDir + ": " + String.join(", ", stale));
                }
                List<Firing> firings = r.firings();
                for (Firing f : firings) {
                    if (f.rendered().isEmpty()) {
                        continue;
                    }
                    Path file = dir.resolve(f.fileName(firings.size()));
                    Files.writeString(file, f.rendered().get().yaml(), StandardCharsets.UTF_8);
                    files.put(f.order(), PathText.slashed(renderDir.resolve(file.getFileName())));
                }
            } catch (java.io.IOException e) {
                console.error("cannot write the rendered Workflows to " + renderDir + ": " + WriteFailure.reason(e),
                        "give --render-dir a folder you can write (it is created when missing)");
                return ExitCode.INPUT.code();
            }
        }
        console.out().print(output.equals("json") ? Manifests.json(SimulationJson.tree(r, files)) : TimelineText.render(r));
        console.out().flush();
        return r.anyRefused() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}
