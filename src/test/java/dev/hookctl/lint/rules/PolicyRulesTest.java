package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {
    private static String policy(String spec) {
        return """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionPolicy
                metadata:
                  name: p
                spec:
                """ + spec.indent(2);
    }

    private static final String VERIFY_PROD = """
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: verify-prod
              annotations:
                codefresh.io/workflow-origin: promotion
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
            """;

    private static List<Diagnostic> of(String yaml, String rule) {
        return Lint.text(yaml).diagnostics().stream().filter(d -> d.ruleId().equals(rule)).toList();
    }

    private static List<String> brief(String yaml, String rulePrefix) {
        return Lint.brief(Lint.text(yaml)).stream().filter(s -> s.contains(" " + rulePrefix)).toList();
    }

    @Test
    void selectorListsMustBeListsOfStrings() {
        String yaml = policy("""
                priority: 1
                selector:
                  product:
                    names: checkout
                  targetEnvironment:
                    names: [prod, 12]
                policy:
                  action: pr
                """);
        assertThat(brief(yaml, "policy-selector-shape")).containsExactly("9:14 policy-selector-shape",
                "11:21 policy-selector-shape");
        assertThat(of(yaml, "policy-selector-shape").get(0).hint()).isEqualTo("write names: [checkout]");
    }

    @Test
    void uiSpellingsOfEnvironmentKindsGetTheManifestValueAsHint() {
        String yaml = policy("""
                priority: 1
                selector:
                  targetEnvironment:
                    types: [Production, Non-production, NON_PROD, staging]
                policy:
                  action: pr
                """);
        List<Diagnostic> found = of(yaml, "policy-environment-type");
        assertThat(found).extracting(Diagnostic::hint).containsExactly("write PROD", "write NON_PROD",
                "use PROD or NON_PROD");
        assertThat(found.get(0).location().span().column()).isEqualTo(15);
    }

    @Test
    void singularSelectorKeysAreWarnedAtTheKey() {
        String yaml = policy("""
                priority: 1
                selector:
                  targetEnvironment:
                    name: prod
                    type: PROD
                policy:
                  action: pr
                """);
        assertThat(brief(yaml, "policy-selector-singular")).containsExactly("9:7 policy-selector-singular",
                "10:7 policy-selector-singular");
    }

    @Test
    void aPolicyWithoutSettingsIsWarnedOnceAndNotAlsoForTheMissingAction() {
        String yaml = policy("priority: 1\nselector: {}\n");
        assertThat(brief(yaml, "policy-")).containsExactly("5:1 policy-settings-missing");
    }

    @Test
    void anInlineStepActionIsCheckedAndGetsASuggestion() {
        String yaml = """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata:
                  name: f
                spec:
                  triggerEnvironment: dev
                  steps:
                    - environment: qa
                      dependsOn: [dev]
                      policy:
                        action: Commit
                    - environment: prod
                      dependsOn: [qa]
                      policy:
                        postAction: verify-prod
                """ + VERIFY_PROD;
        assertThat(brief(yaml, "policy-action")).containsExactly("11:17 policy-action-invalid",
                "14:7 policy-action-missing");
        assertThat(of(yaml, "policy-action-invalid").get(0).hint()).isEqualTo("write action: commit");
    }

    @Test
    void actionNoneWithoutPreActionIsWarnedUnlessAnotherPolicyCanSupplyOne() {
        String alone = policy("priority: 1\npolicy:\n  action: none\n");
        assertThat(brief(alone, "action-none")).containsExactly("8:13 action-none-without-pre-action");
        String withOther = alone + VERIFY_PROD + "---\n" + policy("priority: 2\npolicy:\n  preAction: verify-prod\n");
        assertThat(brief(withOther, "action-none")).isEmpty();
    }

    @Test
    void preAndPostActionsMustResolveWithADidYouMean() {
        String yaml = policy("priority: 1\npolicy:\n  action: pr\n  preAction: verify-prd\n  postAction: verify-prod\n")
                + VERIFY_PROD;
        List<Diagnostic> found = of(yaml, "action-workflow-unresolved");
        assertThat(found).hasSize(1);
        assertThat(Lint.brief(found.get(0))).isEqualTo("9:16 action-workflow-unresolved");
        assertThat(found.get(0).hint()).isEqualTo("did you mean \"verify-prod\"?");
    }

    @Test
    void priorityMustBeAnIntegerAndIsRequired() {
        assertThat(brief(policy("priority: 1.5\npolicy:\n  action: pr\n"), "priority")).containsExactly(
                "6:13 priority-invalid");
        assertThat(brief(policy("policy:\n  action: pr\n"), "priority")).containsExactly("5:1 priority-invalid");
        assertThat(brief(policy("priority: -3\npolicy:\n  action: pr\n"), "priority")).isEmpty();
    }

    @Test
    void theLegacyPropertiesWrapperIsWarnedAtItsKey() {
        String yaml = policy("properties:\n  priority: 1\n  policy:\n    action: pr\n");
        List<Diagnostic> found = of(yaml, "legacy-spec-properties");
        assertThat(found).extracting(Lint::brief).containsExactly("6:3 legacy-spec-properties");
        assertThat(found.get(0).hint()).isEqualTo("move priority and policy up one level, directly under spec");
    }
}
