package dev.hookctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks run while loading ({@link LoadingChecks}) must not change what lint finds: every test
 * input, sample and rule example is linted with and without them, and the reports compared.
 */
class LoadingChecksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** The findings as text: two loads make different (identity-compared) source files. */
    private static List<String> lint(RuleRegistry registry, Path dir, boolean whileLoading) throws IOException {
        Loader loader = new Loader(ROOT, new ByteArrayInputStream(new byte[0]));
        LoadingChecks early = whileLoading ? new LoadingChecks(registry, LintConfig.EMPTY) : null;
        LoadResult load;
        try {
            load = loader.load(List.of(dir.toString()), early);
        } catch (Loader.MissingInputException e) {
            throw new IOException(e);
        }
        List<String> out = new ArrayList<>();
        for (Diagnostic d : new Linter(registry).lint(load, Catalog.of(load), LintConfig.EMPTY, early).diagnostics()) {
            out.add(d.location() + " " + d.severity() + " [" + d.ruleId() + "] " + d.message() + " | " + d.hint()
                    + " " + d.related());
        }
        return out;
    }

    private static void assertSameFindings(RuleRegistry registry, Path dir) throws IOException {
        List<String> after = lint(registry, dir, false);
        List<String> during = lint(registry, dir, true);
        List<String> missing = new ArrayList<>(after);
        missing.removeAll(during);
        List<String> extra = new ArrayList<>(during);
        extra.removeAll(after);
        assertThat(missing).as("findings in %s missed with checks while loading", dir).isEmpty();
        assertThat(extra).as("findings in %s only with checks while loading", dir).isEmpty();
        assertThat(during).as("findings in %s, checks while loading vs after", dir).isEqualTo(after);
    }

    @Test
    void testInputsAndSamplesLintTheSameWithChecksWhileLoading() throws IOException {
        RuleRegistry registry = RuleRegistry.standard();
        List<Path> dirs = new ArrayList<>(List.of(ROOT.resolve("src/test/resources/lint/ok"),
                ROOT.resolve("src/test/resources/lint/err"), ROOT.resolve("samples/shared-config-repo"),
                ROOT.resolve("samples/mistakes")));
        Path corpus = ROOT.resolve("../shared/corpus");
        if (Files.isDirectory(corpus)) {
            dirs.add(corpus.normalize());
        }
        for (Path dir : dirs) {
            assertSameFindings(registry, dir);
        }
        // and the run that found the most: the mistakes must be found at all
        assertThat(lint(registry, ROOT.resolve("samples/mistakes"), true)).hasSizeGreaterThan(50);
    }

    @Test
    void ruleExamplesLintTheSameWithChecksWhileLoading(@TempDir Path dir) throws IOException {
        RuleRegistry registry = RuleRegistry.standard();
        int n = 0;
        for (RuleInfo r : registry.rules()) {
            Files.writeString(dir.resolve(String.format("%03d-bad.yaml", n)), r.badExample());
            Files.writeString(dir.resolve(String.format("%03d-good.yaml", n)), r.goodExample());
            n++;
        }
        assertSameFindings(registry, dir);
    }

    private static final RuleInfo PROBE = new RuleInfo("probe", Severity.WARNING, "test", "A test check.", "",
            "", "");

    /**
     * Reports once per document, and for documents named "needs-*" asks for the catalog after that
     * report and reports again with what it learnt.
     */
    private static final class CatalogProbe implements DocumentCheck {
        final java.util.concurrent.atomic.AtomicInteger judged = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public List<RuleInfo> rules() {
            return List.of(PROBE);
        }

        @Override
        public boolean runsWhileLoading() {
            return true;
        }

        @Override
        public Checker checker(LintContext context) {
            return d -> {
                judged.incrementAndGet();
                context.report(PROBE, d, d.root(), "saw " + d.name(), "");
                if (d.name().startsWith("needs-")) {
                    int documents = context.catalog().documents().size();
                    context.report(PROBE, d, d.root(), d.name() + " among " + documents, "");
                }
            };
        }
    }

    @Test
    void aCheckThatAsksForTheCatalogMidwayIsRunAgainLaterAndSaysEverythingOnce(@TempDir Path dir)
            throws IOException {
        for (int i = 0; i < 40; i++) { // enough files for the loader to parse on several threads
            String name = (i % 3 == 0 ? "needs-" : "plain-") + i;
            Files.writeString(dir.resolve(name + ".yaml"), "apiVersion: argoproj.io/v1alpha1\n"
                    + "kind: WorkflowTemplate\nmetadata:\n  name: " + name + "\nspec:\n  entrypoint: main\n");
        }
        CatalogProbe probe = new CatalogProbe();
        RuleRegistry registry = new RuleRegistry(List.of(probe));
        List<String> during = lint(registry, dir, true);
        // each document judged once while loading; the 14 that need the catalog once more after
        assertThat(probe.judged).hasValue(40 + 14);
        assertThat(during).isEqualTo(lint(registry, dir, false));
        assertThat(during).hasSize(40 + 14).filteredOn(d -> d.contains(" among 40 | ")).hasSize(14);
    }
}
