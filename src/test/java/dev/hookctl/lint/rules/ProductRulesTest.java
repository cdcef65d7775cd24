package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductRulesTest {
    private static final String FLOWS = """
            ---
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            ---
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: hotfix-flow
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """;

    private static String product(String spec) {
        return """
                apiVersion: codefresh.io/v1beta1
                kind: Product
                metadata:
                  name: checkout
                spec:
                  promotionTemplate:
                    versionSource:
                      file: Chart.yaml
                      jsonPath: $.appVersion
                """ + spec.indent(2) + FLOWS;
    }

    private static List<Diagnostic> of(String yaml, String rule) {
        return Lint.text(yaml).diagnostics().stream().filter(d -> d.ruleId().equals(rule)).toList();
    }

    @Test
    void selectorKeysAndOperatorsAreCaseSensitiveWithTheRightSpellingAsHint() {
        String yaml = product("""
                promotionFlows:
                  - name: web-release
                    gitTriggerSelectors:
                      - key: commitmessage
                        operator: IN
                        values: []
                """);
        List<Diagnostic> found = of(yaml, "trigger-selector-invalid");
        assertThat(found).extracting(Lint::brief).containsExactly("13:16 trigger-selector-invalid",
                "14:21 trigger-selector-invalid", "15:19 trigger-selector-invalid");
        assertThat(found).extracting(Diagnostic::hint).startsWith("write key: commitMessage", "write operator: In");
    }

    @Test
    void nonStringValuesAreWarnedAndAScalarValuesFieldIsAnError() {
        String yaml = product("""
                promotionFlows:
                  - name: web-release
                    gitTriggerSelectors:
                      - key: gitRevision
                        operator: In
                        values: [1234567, "main"]
                      - key: commitMessage
                        operator: NotIn
                        values: wip
                """);
        assertThat(of(yaml, "trigger-selector-value-type")).extracting(Lint::brief)
                .containsExactly("15:20 trigger-selector-value-type");
        List<Diagnostic> invalid = of(yaml, "trigger-selector-invalid");
        assertThat(invalid).extracting(Lint::brief).containsExactly("18:19 trigger-selector-invalid");
        assertThat(invalid.get(0).hint()).isEqualTo("write values: [\"wip\"]");
    }

    @Test
    void missingSelectorsDuplicatesAndUnknownFlowsArePointedAtTheEntry() {
        String yaml = product("""
                promotionFlows:
                  - name: web-release
                  - name: web-release
                    gitTriggerSelectors:
                      - key: gitRevision
                        operator: In
                        values: [main]
                  - name: hotfix
                    gitTriggerSelectors:
                      - key: gitRevision
                        operator: In
                        values: [hotfix]
                """);
        assertThat(of(yaml, "trigger-selectors-missing")).extracting(Lint::brief)
                .containsExactly("11:13 trigger-selectors-missing");
        assertThat(of(yaml, "product-flow-duplicate")).extracting(Lint::brief)
                .containsExactly("12:13 product-flow-duplicate");
        List<Diagnostic> unknown = of(yaml, "product-flow-unresolved");
        assertThat(unknown).extracting(Lint::brief).containsExactly("17:13 product-flow-unresolved");
        assertThat(unknown.get(0).hint()).isEqualTo("did you mean \"hotfix-flow\"?");
    }

    @Test
    void onlyACatchAllWhoseSelectorsAllMatchEverythingShadowsLaterFlows() {
        String partial = product("""
                promotionFlows:
                  - name: web-release
                    gitTriggerSelectors:
                      - key: commitMessage
                        operator: In
                        values: ["*"]
                      - key: gitRevision
                        operator: In
                        values: ["main"]
                  - name: hotfix-flow
                    gitTriggerSelectors:
                      - key: commitMessage
                        operator: In
                        values: ["*hotfix*"]
                """);
        assertThat(of(partial, "product-flow-shadowed")).isEmpty();
        String full = partial.replace("values: [\"main\"]", "values: [\"*\"]");
        List<Diagnostic> found = of(full, "product-flow-shadowed");
        assertThat(found).extracting(Lint::brief).containsExactly("19:13 product-flow-shadowed");
        assertThat(found.get(0).related()).hasSize(1);
    }

    @Test
    void theTemplateReferenceMustResolveAndMustNotBeCombinedWithAnInlineTemplate() {
        String yaml = product("promotionTemplateRef: helm-defaults\n") + """
                ---
                apiVersion: codefresh.io/v1beta1
                kind: PromotionTemplate
                metadata:
                  name: helm-default
                spec:
                  applicationSourceSelector:
                    matchLabels: {app: checkout}
                  priority: 0
                  versionSource: {file: Chart.yaml, jsonPath: $.version}
                """;
        assertThat(of(yaml, "product-template-both")).extracting(Lint::brief)
                .containsExactly("6:3 product-template-both");
        List<Diagnostic> unresolved = of(yaml, "product-template-unresolved");
        assertThat(unresolved).extracting(Lint::brief).containsExactly("10:25 product-template-unresolved");
        assertThat(unresolved.get(0).hint()).isEqualTo("did you mean \"helm-default\"?");
    }

    @Test
    void flowsNoProductListsAreInformationOnlyWhenProductsAreLinted() {
        String yaml = product("""
                promotionFlows:
                  - name: web-release
                    gitTriggerSelectors:
                      - key: commitMessage
                        operator: In
                        values: ["*"]
                """);
        assertThat(of(yaml, "flow-unreferenced")).extracting(d -> d.message())
                .containsExactly("no Product lists flow \"hotfix-flow\" in its promotionFlows; it runs only when "
                        + "triggered by hand");
        assertThat(of(FLOWS, "flow-unreferenced")).isEmpty();
    }
}
