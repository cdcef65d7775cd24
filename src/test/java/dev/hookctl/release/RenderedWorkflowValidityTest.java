package dev.hookctl.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.argo.ArgoValidator;
import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.release.SimulationRequest.EnvironmentFailure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Workflow the sample repository's releases create (each flow succeeding, and each target
 * environment failing in turn) passes the Argo validation of the argo package, in both the
 * reference form Codefresh submits and the inline form.
 */
class RenderedWorkflowValidityTest {
    static final Path SAMPLES = Path.of("samples", "shared-config-repo");

    static Catalog load(Path dir) throws Loader.MissingInputException {
        return Catalog.of(new Loader(Path.of("").toAbsolutePath(), new ByteArrayInputStream(new byte[0]))
                .load(List.of(dir.toString())));
    }

    @TestFactory
    Stream<DynamicTest> everyFiringOfTheSampleReleasesRendersAValidWorkflow() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : List.of(SAMPLES, Fixtures.DIR)) {
            Catalog catalog = load(dir);
            for (Document d : catalog.documents(Kind.PROMOTION_FLOW)) {
                Outcome<FlowGraph> graph = FlowGraph.of(new PromotionFlow(d));
                if (!graph.isOk()) {
                    continue;
                }
                List<List<EnvironmentFailure>> scenarios = new ArrayList<>();
                scenarios.add(List.of());
                graph.value().targets().forEach(t -> scenarios.add(List.of(new EnvironmentFailure(t, Optional.of("x")))));
                for (List<EnvironmentFailure> failures : scenarios) {
                    SimulationResult r = Simulator.simulate(catalog, new SimulationRequest(d.name(), failures, Set.of(),
                            Optional.empty(), Map.of(), Fixtures.inputs())).value();
                    for (Firing f : r.firings()) {
                        if (f.rendered().isEmpty() || !f.rendered().get().complete()) {
                            continue;
                        }
                        String name = dir.getFileName() + " " + d.name() + " " + failures + " #" + f.order() + " "
                                + f.hook();
                        tests.add(DynamicTest.dynamicTest(name, () -> assertValid(catalog, f.rendered().get())));
                    }
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void theValidationCanFail() throws Exception {
        // the validator checks as 'argo lint' does (empty argument values are allowed there), so the
        // canary is a reference to a template that does not exist
        Catalog catalog = load(Fixtures.DIR);
        String yaml = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: x-\n"
                + "spec:\n  workflowTemplateRef:\n    name: no-such-template\n";
        LoadResult rendered = new Loader(Path.of("").toAbsolutePath(),
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).load(List.of("-"));
        List<Document> all = new ArrayList<>(catalog.documents());
        all.addAll(rendered.documents());
        assertThat(new ArgoValidator(new Catalog(all)).validate(rendered.documents().get(0)))
                .extracting(Diagnostic::severity).contains(Severity.ERROR);
    }

    private static void assertValid(Catalog catalog, RenderedWorkflow wf) throws Exception {
        for (RenderMode mode : RenderMode.values()) {
            Map<String, Object> tree = mode == RenderMode.REFERENCE ? wf.workflow()
                    : Renderer.workflow(catalog.findWorkflow(wf.hook()).orElseThrow(), wf.arguments(), mode,
                            Optional.empty());
            String yaml = Manifests.yaml(tree);
            LoadResult rendered = new Loader(Path.of("").toAbsolutePath(),
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).load(List.of("-"));
            List<Document> all = new ArrayList<>(catalog.documents());
            all.addAll(rendered.documents());
            Document doc = rendered.documents().get(0);
            List<Diagnostic> problems = new ArgoValidator(new Catalog(all)).validate(doc).stream()
                    .filter(x -> x.severity() == Severity.ERROR).toList();
            assertThat(problems).as("%s form of %s:\n%s", mode, wf.hook(), yaml).isEmpty();
        }
    }
}
