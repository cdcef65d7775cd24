package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionContextRulesTest {
    private static String template(String outputs) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: ctx
                  annotations:
                    codefresh.io/workflow-origin: promotion
                spec:
                  serviceAccountName: cf-default-promotion-workflows-sa
                  entrypoint: main
                  templates:
                    - name: main
                      script:
                        image: alpine:3.20
                        command: [sh]
                        source: echo '{}' > /tmp/ctx.json
                      outputs:
                        parameters:
                """ + outputs.indent(10);
    }

    private static List<String> findings(String yaml, String prefix) {
        return Lint.brief(Lint.text(yaml)).stream().filter(s -> s.contains(" " + prefix)).toList();
    }

    @Test
    void anOutputNamedPromotionContextWithoutGlobalNameIsReportedAtItsName() {
        String yaml = template("- name: PROMOTION_CONTEXT\n  valueFrom:\n    path: /tmp/ctx.json\n");
        assertThat(findings(yaml, "promotion-context")).containsExactly("18:19 promotion-context-export");
    }

    @Test
    void aGlobalNamePromotionContextOnAnotherOutputIsReportedAtTheOutputName() {
        String yaml = template("- name: ctx\n  globalName: PROMOTION_CONTEXT\n  valueFrom:\n    path: /tmp/ctx.json\n");
        assertThat(findings(yaml, "promotion-context")).containsExactly("18:19 promotion-context-export");
    }

    @Test
    void aWrongGlobalNameIsReportedAtTheGlobalName() {
        String yaml = template("- name: PROMOTION_CONTEXT\n  globalName: CONTEXT\n  valueFrom:\n    path: /tmp/ctx.json\n");
        assertThat(findings(yaml, "promotion-context")).containsExactly("19:25 promotion-context-export");
    }

    @Test
    void aContainerOutputWithoutValueFromPathIsReported() {
        String yaml = template("- name: PROMOTION_CONTEXT\n  globalName: PROMOTION_CONTEXT\n  valueFrom:\n"
                + "    parameter: x\n");
        assertThat(findings(yaml, "promotion-context")).containsExactly("20:13 promotion-context-export");
    }

    @Test
    void aDagReExportingATaskOutputNeedsNoPath() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: ctx
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      dag:
                        tasks:
                          - name: make
                            template: make
                      outputs:
                        parameters:
                          - name: PROMOTION_CONTEXT
                            globalName: PROMOTION_CONTEXT
                            valueFrom:
                              parameter: "{{tasks.make.outputs.parameters.ctx}}"
                    - name: make
                      container:
                        image: alpine:3.20
                """;
        assertThat(findings(yaml, "promotion-context")).isEmpty();
    }

    @Test
    void spellingVariantsOfTheContextNameAreWarnedAndOtherNamesAreNot() {
        for (String variant : List.of("promotion_context", "PROMOTION-CONTEXT", "PROMOTIONCONTEXT",
                "PROMOTION_CONTEX", "Promotion_Context")) {
            assertThat(PromotionContextRules.isVariant(variant)).as(variant).isTrue();
        }
        for (String other : List.of("PROMOTION_CONTEXT", "JIRA_ISSUE_URL", "context", "PROMOTION_FLOW_NAME")) {
            assertThat(PromotionContextRules.isVariant(other)).as(other).isFalse();
        }
        String yaml = template("- name: PROMOTIONCONTEXT\n  globalName: PROMOTIONCONTEXT\n  valueFrom:\n"
                + "    path: /tmp/ctx.json\n");
        assertThat(findings(yaml, "promotion-context")).containsExactly("18:19 promotion-context-name");
    }

    @Test
    void aContextExportedByAWorkflowUsedOnlyAsPostActionIsWarnedButNotWhenItIsAlsoAHook() {
        String ctx = template("- name: PROMOTION_CONTEXT\n  globalName: PROMOTION_CONTEXT\n  valueFrom:\n"
                + "    path: /tmp/ctx.json\n");
        String policy = """
                ---
                apiVersion: codefresh.io/v1beta1
                kind: PromotionPolicy
                metadata:
                  name: p
                spec:
                  priority: 1
                  policy:
                    action: commit
                    postAction: ctx
                """;
        assertThat(findings(ctx + policy, "promotion-context")).containsExactly("19:25 promotion-context-in-action");
        String flow = """
                ---
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata:
                  name: f
                spec:
                  triggerEnvironment: dev
                  hooks:
                    onFail: ctx
                  steps:
                    - environment: prod
                      dependsOn: [dev]
                """;
        assertThat(findings(ctx + policy + flow, "promotion-context")).isEmpty();
    }
}
