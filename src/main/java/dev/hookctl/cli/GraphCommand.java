package dev.hookctl.cli;

import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.release.FlowDiagram;
import dev.hookctl.release.FlowGraph;
import dev.hookctl.release.Outcome;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hookctl graph}: a flow and its hooks as a picture. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Draw a Promotion Flow with its hooks: a tree in the terminal, Mermaid or Graphviz DOT."})
final class GraphCommand implements Callable<Integer> {
    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    ManifestOptions manifests;

    @Option(names = "--flow", paramLabel = "FLOW", description = "The Promotion Flow (default: the only one in the files).")
    String flow;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "tree",
            completionCandidates = Outputs.class, description = "tree, mermaid or dot (default: ${DEFAULT-VALUE}).")
    String output;

    /** The -o values, for completion. */
    static final class Outputs extends java.util.ArrayList<String> {
        Outputs() {
            super(java.util.List.of("tree", "mermaid", "dot"));
        }
    }

    GraphCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!Set.of("tree", "text", "mermaid", "dot").contains(output)) {
            console.error("unknown output \"" + output + "\"", "use -o tree, -o mermaid or -o dot");
            return ExitCode.USAGE.code();
        }
        ReleaseSession session = new ReleaseSession(console);
        ReleaseSession.Result<ReleaseSession.Loaded> loaded = session.load(manifests);
        if (loaded.failed()) {
            return loaded.exit().code();
        }
        ReleaseSession.Result<String> flowName = session.flowName(loaded.get().catalog(), Optional.ofNullable(flow));
        if (flowName.failed()) {
            return flowName.exit().code();
        }
        String name = flowName.get();
        Set<String> flows = loaded.get().catalog().names(Kind.PROMOTION_FLOW);
        Optional<Document> d = loaded.get().catalog().find(Kind.PROMOTION_FLOW, name);
        Outcome<FlowGraph> graph = d.isPresent() ? FlowGraph.of(new PromotionFlow(d.get()))
                : Outcome.failed(FlowGraph.unknownFlow(name, flows));
        if (!graph.isOk()) {
            console.error(graph.error().message(), graph.error().hint());
            return ExitCode.USAGE.code();
        }
        String text = switch (output) {
            case "mermaid" -> FlowDiagram.mermaid(graph.value());
            case "dot" -> FlowDiagram.dot(graph.value());
            default -> FlowDiagram.tree(graph.value());
        };
        console.out().print(text);
        console.out().flush();
        return ExitCode.OK.code();
    }
}
