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
        // the rules of loading, suppressions and configuration, which no check reports
        Set<String> notChecks = new HashSet<>();
        RuleRegistry.standard().rules().forEach(r -> notChecks.add(r.id()));
        RuleRegistry.standard().checks().forEach(c -> notChecks.removeAll(ids(c)));
        return RuleRegistry.standard().checks().stream().map(check -> DynamicTest.dynamicTest(
                check.getClass().getSimpleName(), () -> {
                    Set<String> own = ids(check);
                    Linter alone = new Linter(new RuleRegistry(List.of(check)));
                    for (LoadResult load : inputs) {
                        for (Diagnostic d : alone.lint(load, RuleExamplesTest.CONFIG).diagnostics()) {
                            if (!notChecks.contains(d.ruleId())) {
                                assertThat(own).as("%s reported %s at %s", check.getClass().getSimpleName(),
                                        d.ruleId(), d.location()).contains(d.ruleId());
                            }
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> turningOffAChecksRulesDropsItsFindingsAndNothingElse() {
        LoadResult mistakes = loadFolder(Path.of("samples/mistakes"));
        Linter linter = new Linter(RuleRegistry.standard());
        List<String> all = briefs(linter.lint(mistakes, RuleExamplesTest.CONFIG).diagnostics());
        return RuleRegistry.standard().checks().stream().map(check -> DynamicTest.dynamicTest(
                check.getClass().getSimpleName(), () -> {
                    Set<String> own = ids(check);
                    List<String> expected = new ArrayList<>();
                    for (String b : all) {
                        if (!own.contains(b.substring(b.lastIndexOf(' ') + 1))) {
                            expected.add(b);
                        }
                    }
                    LintConfig off = config(own);
                    assertThat(briefs(linter.lint(mistakes, off).diagnostics())).containsExactlyElementsOf(expected);
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

    private static List<String> briefs(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.location().file().displayPath() + ":" + Lint.brief(d)).toList();
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
