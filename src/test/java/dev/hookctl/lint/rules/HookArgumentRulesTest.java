package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Lint;
import org.junit.jupiter.api.Test;

class HookArgumentRulesTest {
    static final String FLOW = """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web
            spec:
              triggerEnvironment: dev
              hooks:
                onFail: notify-fail
              steps:
                - environment: prod
                  dependsOn: [dev]
                  hooks:
                    onFail: open-ticket
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: notify-fail
              annotations:
                codefresh.io/workflow-origin: promotion
            spec:
              serviceAccountName: sa
              entrypoint: main
              arguments:
                parameters:
                  - name: ERROR_MESSAGE
                  - name: TICKET_URL
              templates:
                - name: main
                  container: {image: alpine}
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: open-ticket
              annotations:
                codefresh.io/workflow-origin: promotion
            spec:
              serviceAccountName: sa
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: export
                        templateRef:
                          name: set-context
                          template: generate
                        arguments:
                          parameters:
                            - name: context-params
                              value: '{"%s": "https://tickets/1"}'
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: set-context
            spec:
              templates:
                - name: generate
                  inputs:
                    parameters:
                      - name: context-params
                  script:
                    image: alpine
                    source: echo '{{inputs.parameters.context-params}}' > /tmp/ctx.json
                  outputs:
                    parameters:
                      - name: PROMOTION_CONTEXT
                        globalName: PROMOTION_CONTEXT
                        valueFrom:
                          path: /tmp/ctx.json
            """;

    @Test
    void aKeyThatAnExportingWorkflowWritesAsJsonCountsAsSupplied() {
        var report = Lint.text(FLOW.formatted("TICKET_URL"));
        assertThat(Lint.brief(report)).noneMatch(s -> s.endsWith("argument-never-supplied"));
    }

    @Test
    void aKeyNoExportingWorkflowMentionsIsNeverSuppliedAndPointsAtTheParameter() {
        var report = Lint.text(FLOW.formatted("OTHER_KEY"));
        assertThat(Lint.brief(report)).contains("27:15 argument-never-supplied");
        assertThat(report.diagnostics().stream().filter(d -> d.ruleId().equals("argument-never-supplied")).toList())
                .singleElement().satisfies(d -> {
                    assertThat(d.message()).startsWith("argument \"TICKET_URL\" has no value and nothing supplies it");
                    assertThat(d.related()).hasSize(1);
                });
    }

    @Test
    void errorMessageInAFailOnlyHookIsFine() {
        var report = Lint.text(FLOW.formatted("TICKET_URL"));
        assertThat(Lint.brief(report)).noneMatch(s -> s.endsWith("fail-only-argument"));
    }
}
