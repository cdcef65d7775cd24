package dev.hookctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.lint.LintConfig.EnvironmentKind;
import dev.hookctl.testing.Lint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's documented examples are real: the bad example raises the rule, the good one does
 * not. Rules whose examples are not manifests (YAML-level and configuration rules) are tested
 * where they live.
 */
class RuleExamplesTest {
    /** Environments known to the configuration used for the examples (rules about the inventory need it). */
    static final LintConfig CONFIG = new LintConfig(Optional.empty(),
            Map.of("dev", EnvironmentKind.NON_PROD, "qa", EnvironmentKind.NON_PROD,
                    "staging", EnvironmentKind.NON_PROD, "prod", EnvironmentKind.PROD),
            Map.of(), List.of(), Optional.empty(), List.of());

    private static final List<String> TESTED_ELSEWHERE = List.of("yaml", "suppression", "configuration");

    @TestFactory
    Stream<DynamicTest> badExamplesRaiseTheirRuleAndGoodOnesDoNot() {
        return RuleRegistry.standard().rules().stream()
                .filter(r -> !TESTED_ELSEWHERE.contains(r.category()))
                .flatMap(r -> Stream.of(
                        DynamicTest.dynamicTest(r.id() + " bad example", () -> assertRaised(r, r.badExample(), true)),
                        DynamicTest.dynamicTest(r.id() + " good example", () -> assertRaised(r, r.goodExample(), false))));
    }

    private static void assertRaised(RuleInfo rule, String example, boolean expected) {
        var report = Lint.example(example, CONFIG);
        boolean raised = report.diagnostics().stream().anyMatch(d -> d.ruleId().equals(rule.id()));
        assertThat(raised)
                .as("%s example of %s; diagnostics: %s", expected ? "bad" : "good", rule.id(), Lint.brief(report))
                .isEqualTo(expected);
    }
}
