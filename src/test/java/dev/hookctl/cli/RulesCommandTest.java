package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.report.RuleReference;
import dev.hookctl.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
    private static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void listsEveryRuleWithItsSeverity() {
        Cli.Result r = Cli.run(HERE, "rules");
        assertThat(r.exitCode()).as("%s", r).isZero();
        for (var rule : RuleRegistry.standard().rules()) {
            assertThat(r.out()).as("%s", r).contains(rule.id());
        }
    }

    @Test
    void explainsOneRuleWithABadAndAGoodExample() {
        Cli.Result r = Cli.run(HERE, "rules", "hook-on-trigger-env");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).startsWith("hook-on-trigger-env (error, hooks)").contains("Bad:").contains("Good:")
                .contains("# hookctl:ignore hook-on-trigger-env -- reason");
    }

    @Test
    void anUnknownRuleIsAUsageErrorWithASuggestion() {
        Cli.Result r = Cli.run(HERE, "rules", "hook-on-trigger");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("did you mean \"hook-on-trigger-env\"?");
    }

    @Test
    void aPatternListsTheRulesItMatchesAsTheConfigurationReadsIt() {
        Cli.Result r = Cli.run(HERE, "rules", "depends-on-*");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).contains("depends-on-cycle").contains("depends-on-redundant")
                .doesNotContain("argo-").contains("5 rules.");

        Cli.Result json = Cli.run(HERE, "rules", "-o", "json", "*-duplicate");
        assertThat(json.exitCode()).as("%s", json).isZero();
        assertThat(json.out()).contains("\"depends-on-duplicate\"").contains("\"product-flow-duplicate\"")
                .doesNotContain("\"argo-duplicate-name\"");
    }

    @Test
    void aPatternThatMatchesNoRuleIsAUsageError() {
        Cli.Result r = Cli.run(HERE, "rules", "argo-dagg*");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("rule pattern \"argo-dagg*\" matches no rule");
    }

    @Test
    void docsRulesMdIsGeneratedFromTheRegistryAndCurrent() throws IOException {
        Path doc = HERE.resolve("docs/rules.md");
        String generated = RuleReference.markdown(RuleRegistry.standard().rules());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(doc, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: run ./hookctl rules -o markdown > docs/rules.md "
                        + "(or mvn test -Dgolden.update=true)")
                .isEqualTo(generated);
    }
}
