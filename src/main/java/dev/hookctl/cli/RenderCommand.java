package dev.hookctl.cli;

import dev.hookctl.cluster.ConnectionSettings;
import dev.hookctl.model.Phase;
import dev.hookctl.release.ReleaseInputs;
import dev.hookctl.release.RenderedWorkflow;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hookctl render}: the Workflow a hook firing creates. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print the Workflow that firing a hook creates, as Codefresh submits it "
                + "(a workflowTemplateRef plus the arguments), with the default arguments filled in.",
            "Values hookctl had to invent are listed in comments and in the annotation hookctl.dev/invented-arguments."})
final class RenderCommand implements Callable<Integer> {
    static final String CLUSTER_DESCRIPTION = "Also use the WorkflowTemplates installed in the cluster's namespace "
            + "(a template in the files wins over the cluster's of the same name).";

    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    ManifestOptions manifests;

    @Mixin
    ReleaseOptionsMixin release;

    @Mixin
    FiringOptions firing;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "yaml",
            completionCandidates = Outputs.class, description = "yaml or json (default: ${DEFAULT-VALUE}).")
    String output;

    /** The -o values of render and of fire's dry runs, for completion. */
    static final class Outputs extends java.util.ArrayList<String> {
        Outputs() {
            super(java.util.List.of("yaml", "json"));
        }
    }

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "metadata.namespace of the Workflow; with --cluster also the namespace whose templates are read.")
    String namespace;

    @Option(names = "--cluster", description = CLUSTER_DESCRIPTION)
    boolean cluster;

    @Mixin
    ConnectionOptions connection;

    RenderCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!output.equals("yaml") && !output.equals("json")) {
            console.error("unknown output \"" + output + "\"", "use -o yaml or -o json");
            return ExitCode.USAGE.code();
        }
        ReleaseSession.Result<Optional<Phase>> phase = firing.phase(console);
        if (phase.failed()) {
            return phase.exit().code();
        }
        // -n is also the Workflow's namespace: meaningful without --cluster
        Optional<ExitCode> stray = ConnectionOptions.withoutCluster(console,
                cluster ? Optional.empty() : connection.given());
        if (stray.isPresent()) {
            return stray.get().code();
        }
        Optional<ConnectionSettings> settings = Optional.empty();
        if (cluster) {
            ReleaseSession.Result<ConnectionSettings> s = connection.settingsOrReport(console, Optional.ofNullable(namespace));
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
        ReleaseSession.Result<ReleaseInputs> inputs = session.inputs(release, firing.errorMessage(), loaded.get());
        if (inputs.failed()) {
            return inputs.exit().code();
        }
        ReleaseSession.Result<RenderedWorkflow> rendered = session.render(loaded.get().catalog(),
                firing.request("render", firing.hook(), phase.get(), Optional.ofNullable(namespace), inputs.get()));
        if (rendered.failed()) {
            return rendered.exit().code();
        }
        RenderedWorkflow wf = rendered.get();
        session.notes(wf.notes());
        if (!wf.complete()) {
            session.reportMissing(wf);
            return ExitCode.USAGE.code();
        }
        console.out().print(output.equals("json") ? wf.json() : wf.yaml());
        console.out().flush();
        return ExitCode.OK.code();
    }
}
