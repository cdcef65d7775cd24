package dev.hookctl.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import dev.hookctl.testing.Golden;
import dev.hookctl.testing.Lint;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A check whose rules the configuration all turns off is not run (Linter#allOff): that is only
 * right while every check reports nothing but the rules it declares, and while skipping it
 * leaves every other finding as it was. Both are tested here over every rule's examples, the
 * golden err/ set and samples/mistakes.
 */
class RulesOffTest {
    private static final RuleInfo EXPLODES = new RuleInfo("explodes", Severity.ERROR, "test", "Throws.",
            "A check that throws when it runs.", "", "");

    /** A check that fails the lint when it runs at all. */
    private static final Check THROWING = new Check() {
        @Override
        public List<RuleInfo> rules() {
            return List.of(EXPLODES);
        }

        @Override
        public void check(LintContext context) {
            throw new IllegalStateException("the check ran");
        }
    };

    @Test
    void aCheckWhoseRulesAreAllOffDoesNotRun() {
        LoadResult load = Lint.loadExample("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
        Linter linter = new Linter(new RuleRegistry(List.of(THROWING)));

        assertThat(linter.lint(load, config(Set.of("explodes"))).diagnostics()).isEmpty();
        assertThatThrownBy(() -> linter.lint(load, LintConfig.EMPTY)).hasMessage("the check ran");
    }

    @TestFactory
    Stream<DynamicTest> everyCheckReportsOnlyTheRulesItDeclares() {
        List<LoadResult> inputs = inputs();
        // what loading, configuration and suppressions report with no check at all: a check may
        // only add findings of its own rules to these, and change what is said about ignores of them
        Linter none = new Linter(new RuleRegistry(List.of()));
        Set<String> aboutIgnores = new HashSet<>();
        Suppressions.RULES.forEach(r -> aboutIgnores.add(r.id()));
        List<Set<String>> baselines = inputs.stream()
                .map(load -> Set.copyOf(lines(none.lint(load, RuleExamplesTest.CONFIG).diagnostics()))).toList();
        return RuleRegistry.standard().checks().stream().map(check -> DynamicTest.dynamicTest(
                check.getClass().getSimpleName(), () -> {
                    Set<String> own = ids(check);
                    Linter alone = new Linter(new RuleRegistry(List.of(check)));
                    for (int i = 0; i < inputs.size(); i++) {
                        for (Diagnostic d : alone.lint(inputs.get(i), RuleExamplesTest.CONFIG).diagnostics()) {
                            boolean aboutOwnIgnore = aboutIgnores.contains(d.ruleId())
                                    && own.stream().anyMatch(r -> d.message().contains("\"" + r + "\""));
                            if (!own.contains(d.ruleId()) && !aboutOwnIgnore) {
                                assertThat(baselines.get(i)).as("%s reported %s at %s",
                                        check.getClass().getSimpleName(), d.ruleId(), d.location()).contains(line(d));
                            }
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> turningOffAChecksRulesDropsItsFindingsAndNothingElse() {
        LoadResult mistakes = loadFolder(Path.of("samples/mistakes"));
        Linter linter = new Linter(RuleRegistry.standard());
        List<Diagnostic> all = linter.lint(mistakes, RuleExamplesTest.CONFIG).diagnostics();
        return RuleRegistry.standard().checks().stream().map(check -> DynamicTest.dynamicTest(
                check.getClass().getSimpleName(), () -> {
                    Set<String> own = ids(check);
                    List<String> expected = lines(all.stream().filter(d -> !own.contains(d.ruleId())).toList());
                    LintConfig off = config(own);
                    assertThat(lines(linter.lint(mistakes, off).diagnostics())).containsExactlyElementsOf(expected);
                }));
    }

    private static Set<String> ids(Check check) {
        Set<String> out = new HashSet<>();
        check.rules().forEach(r -> out.add(r.id()));
        return out;
    }

    /** The examples' configuration with {@code off} turned off. */
    private static LintConfig config(Set<String> off) {
        Map<String, Optional<Severity>> severities = new HashMap<>();
        off.forEach(id -> severities.put(id, Optional.empty()));
        LintConfig c = RuleExamplesTest.CONFIG;
        return new LintConfig(c.file(), c.environments(), severities, c.ignorePaths(), c.releaseUrlTemplate(),
                c.problems());
    }

    /** A finding as the text report's first line gives it: place, severity, message, rule. */
    private static String line(Diagnostic d) {
        return d.location().file().displayPath() + ":" + Lint.brief(d) + " " + d.severity() + " " + d.message();
    }

    private static List<String> lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(RulesOffTest::line).toList();
    }

    /** Every rule's examples, the golden err/ set and samples/mistakes, each loaded. */
    private static List<LoadResult> inputs() {
        List<LoadResult> out = new ArrayList<>();
        for (RuleInfo r : RuleRegistry.standard().rules()) {
            if (!r.badExample().isEmpty()) {
                out.add(Lint.loadExample(r.badExample()));
            }
            if (!r.goodExample().isEmpty()) {
                out.add(Lint.loadExample(r.goodExample()));
            }
        }
        out.add(loadFolder(Golden.resources().resolve("lint/err")));
        out.add(loadFolder(Path.of("samples/mistakes")));
        return out;
    }

    private static LoadResult loadFolder(Path folder) {
        try {
            return new Loader(folder.toAbsolutePath(), new ByteArrayInputStream(new byte[0])).load(List.of("."));
        } catch (Loader.MissingInputException e) {
            throw new AssertionError(e);
        }
    }
}
