package dev.hookctl.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.ConfigLoader;
import dev.hookctl.lint.LintConfig;
import dev.hookctl.lint.LintReport;
import dev.hookctl.lint.Linter;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.load.Loader;
import dev.hookctl.load.PathText;
import dev.hookctl.testing.Lint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The samples are part of the documentation: every folder of samples/mistakes raises the rule
 * docs/mistakes.md says it raises, at the line and column it says, and the sample Shared
 * Configuration Repository lints clean. Cases whose rule is not registered in this build are
 * skipped, not failed, so they switch on when the rule arrives.
 */
class MistakesTest {
    static final Path MISTAKES = Path.of("samples", "mistakes");
    static final Path SHARED_REPO = Path.of("samples", "shared-config-repo");
    static final Path DOC = Path.of("docs", "mistakes.md");

    /** One documented mistake: the folder, the file the diagnostic is in, the rule and where it points. */
    record Case(String folder, String file, String rule, Severity severity, int line, int column) {
        String where() {
            return folder + "/" + file + ":" + line + ":" + column;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("01-hook-on-trigger-env", "flow.yaml", "hook-on-trigger-env", Severity.ERROR, 11, 18),
            new Case("02-hook-name-typo", "flow.yaml", "hook-unresolved", Severity.ERROR, 9, 14),
            new Case("03-missing-workflow-origin", "slack-start-hook.yaml", "hook-not-promotion-workflow", Severity.ERROR,
                    6, 9),
            new Case("04-missing-service-account", "slack-start-hook.yaml", "hook-service-account", Severity.ERROR,
                    10, 1),
            new Case("05-undeclared-release-url", "slack-start-hook.yaml", "undeclared-default-argument",
                    Severity.ERROR, 25, 67),
            new Case("06-depends-on-cycle", "flow.yaml", "depends-on-cycle", Severity.ERROR, 14, 19),
            new Case("07-depends-on-unknown", "flow.yaml", "depends-on-unknown", Severity.ERROR, 12, 19),
            new Case("08-step-is-trigger", "flow.yaml", "step-is-trigger", Severity.ERROR, 9, 20),
            new Case("09-on-failure-key", "flow.yaml", "hook-key-unknown", Severity.ERROR, 9, 5),
            new Case("10-unquoted-version", "slack-start-hook.yaml", "metadata-value-not-string", Severity.ERROR,
                    8, 14),
            new Case("11-name-with-underscore", "slack-start-hook.yaml", "name-invalid", Severity.ERROR, 5, 9),
            new Case("12-context-without-global-name", "jira-open-bug.yaml", "promotion-context-export",
                    Severity.ERROR, 26, 19),
            new Case("13-policy-action-merge", "prod-needs-pr.yaml", "policy-action-invalid", Severity.ERROR, 12, 13),
            new Case("14-product-missing-flow", "checkout.yaml", "product-flow-unresolved", Severity.ERROR, 9, 13),
            new Case("15-slack-webhook-literal", "slack-start-hook.yaml", "hardcoded-secret", Severity.WARNING,
                    26, 15),
            new Case("16-error-message-in-on-start", "slack-start-hook.yaml", "fail-only-argument", Severity.ERROR,
                    18, 15),
            new Case("17-argument-never-supplied", "slack-start-hook.yaml", "argument-never-supplied",
                    Severity.ERROR, 18, 15),
            new Case("18-default-argument-near-miss", "slack-start-hook.yaml", "default-argument-near-miss",
                    Severity.ERROR, 15, 15),
            new Case("19-promotion-context-name", "jira-open-bug.yaml", "promotion-context-name", Severity.WARNING,
                    25, 19),
            new Case("20-policy-ui-environment-type", "prod-needs-pr.yaml", "policy-environment-type",
                    Severity.ERROR, 10, 15),
            new Case("21-jsonpath-missing-dot", "helm-default.yaml", "jsonpath-syntax", Severity.ERROR, 14, 16),
            new Case("22-catch-all-first", "checkout.yaml", "product-flow-shadowed", Severity.WARNING, 17, 13),
            new Case("23-post-action-typo", "prod-needs-pr.yaml", "action-workflow-unresolved", Severity.ERROR,
                    13, 17),
            new Case("24-legacy-spec-properties", "flow.yaml", "legacy-spec-properties", Severity.WARNING, 7, 3),
            new Case("25-quoted-priority", "prod-needs-pr.yaml", "priority-invalid", Severity.ERROR, 7, 13),
            new Case("26-action-none-without-pre-action", "flow.yaml", "action-none-without-pre-action",
                    Severity.WARNING, 12, 17),
            new Case("27-jsonpath-dash", "helm-default.yaml", "jsonpath-dash", Severity.WARNING, 18, 13));

    private final RuleRegistry registry = RuleRegistry.standard();

    @TestFactory
    Stream<DynamicTest> eachMistakeRaisesItsDocumentedRuleAtItsDocumentedPosition() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.folder() + " raises " + c.rule(), () -> {
            assumeTrue(registry.has(c.rule()), "rule " + c.rule() + " is not registered in this build yet");
            LintReport report = lint(MISTAKES.resolve(c.folder()), LintConfig.EMPTY);
            String expectedPath = PathText.slashed(MISTAKES.resolve(c.folder()).resolve(c.file()));
            List<Diagnostic> matching = report.diagnostics().stream()
                    .filter(d -> d.ruleId().equals(c.rule()))
                    .filter(d -> d.location().file().displayPath().equals(expectedPath))
                    .filter(d -> d.location().span().line() == c.line() && d.location().span().column() == c.column())
                    .toList();
            assertThat(matching)
                    .as("%s should raise %s at %s; got %s", c.folder(), c.rule(), c.where(), describe(report))
                    .isNotEmpty();
            assertThat(matching.get(0).severity()).as("severity of %s in %s", c.rule(), c.folder())
                    .isEqualTo(c.severity());
            assertThat(matching.get(0).hint()).as("every diagnostic says how to fix it").isNotBlank();
            Diagnostic d = matching.get(0);
            String printed = expectedPath + ":" + c.line() + ":" + c.column() + ": " + d.severity().label() + ": "
                    + d.message() + " [" + d.ruleId() + "]";
            assertThat(Files.readString(DOC)).as("docs/mistakes.md shows the exact diagnostic of %s", c.folder())
                    .contains("\n" + printed + "\n");
        }));
    }

    @Test
    void everyMistakeFolderIsInTheTableAndEveryTableEntryHasAFolder() throws IOException {
        TreeSet<String> onDisk;
        try (Stream<Path> dirs = Files.list(MISTAKES)) {
            onDisk = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        TreeSet<String> inTable = CASES.stream().map(Case::folder).collect(Collectors.toCollection(TreeSet::new));
        assertThat(onDisk).isEqualTo(inTable);
        for (Case c : CASES) {
            assertThat(MISTAKES.resolve(c.folder()).resolve(c.file())).as(c.where()).isRegularFile();
        }
    }

    @Test
    void theMistakesDocumentShowsEveryCaseWithItsExpectedDiagnostic() throws IOException {
        String doc = Files.readString(DOC);
        for (Case c : CASES) {
            String line = "samples/mistakes/" + c.where() + ": " + c.severity().label() + ": ";
            assertThat(doc).as("docs/mistakes.md documents %s", c.folder()).contains(line);
            assertThat(doc).as("docs/mistakes.md names the rule of %s", c.folder()).contains("[" + c.rule() + "]");
        }
    }

    @Test
    void theSharedConfigurationRepositoryHasNoErrorsOrWarnings() throws IOException {
        Path configFile = SHARED_REPO.resolve(ConfigLoader.FILE_NAME);
        LintConfig config = ConfigLoader.read(configFile, configFile.toString(), registry);
        assertThat(config.problems()).isEmpty();
        LintReport report = lint(SHARED_REPO, config);
        assertThat(report.diagnostics().stream().filter(d -> d.severity().atLeast(Severity.WARNING)).toList())
                .as("diagnostics: %s", describe(report))
                .isEmpty();
        assertThat(report.flows()).isEqualTo(3);
        assertThat(report.hookTemplates()).isGreaterThanOrEqualTo(6);
    }

    private LintReport lint(Path path, LintConfig config) {
        Loader loader = new Loader(Path.of("").toAbsolutePath(), InputStream.nullInputStream());
        try {
            return new Linter(registry).lint(loader.load(List.of(path.toString())), config);
        } catch (Loader.MissingInputException e) {
            throw new AssertionError("missing sample " + path, e);
        }
    }

    private static String describe(LintReport report) {
        return report.diagnostics().stream()
                .map(d -> d.location().file().displayPath() + ":" + Lint.brief(d) + " " + d.severity().label())
                .toList().toString();
    }
}
