package dev.hookctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Lint;
import org.junit.jupiter.api.Test;

/** What the summary line counts as flows, hook templates and other manifests. */
class SummaryCountsTest {
    private static final String FLOW = """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: main
            spec:
              triggerEnvironment: dev
              hooks:
                onStart: used-unannotated
              steps:
                - environment: prod
            """;

    private static String workflow(String kind, String name, boolean annotated) {
        return "---\napiVersion: argoproj.io/v1alpha1\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n"
                + (annotated ? "  annotations:\n    codefresh.io/workflow-origin: promotion\n" : "")
                + "spec:\n  entrypoint: main\n  templates:\n    - name: main\n"
                + "      container:\n        image: alpine\n";
    }

    @Test
    void hookTemplatesArePromotionWorkflowsAndTheWorkflowsFlowsName() {
        LintReport report = Lint.text(FLOW
                + workflow("WorkflowTemplate", "annotated", true)
                + workflow("WorkflowTemplate", "used-unannotated", false)
                + workflow("WorkflowTemplate", "helper", false)
                + workflow("ClusterWorkflowTemplate", "cluster-helper", false)
                + workflow("Workflow", "a-run", false));
        assertThat(report.flows()).isEqualTo(1);
        assertThat(report.hookTemplates()).as("annotated, and named by the flow").isEqualTo(2);
        assertThat(report.otherManifests()).as("the helper templates and the plain workflow").isEqualTo(3);
    }

    @Test
    void workflowsNamedAsActionsAreHookTemplatesToo() {
        String flowWithAction = FLOW.replace("    - environment: prod\n",
                "    - environment: prod\n      policy:\n        postAction: post-check\n");
        String policy = """
                ---
                apiVersion: codefresh.io/v1beta1
                kind: PromotionPolicy
                metadata:
                  name: policy
                spec:
                  selector:
                    product:
                      names: [web]
                  policy:
                    action: commit
                    preAction: pre-check
                """;
        LintReport report = Lint.text(flowWithAction + policy
                + workflow("WorkflowTemplate", "used-unannotated", false)
                + workflow("WorkflowTemplate", "post-check", false)
                + workflow("Workflow", "pre-check", false));
        assertThat(report.hookTemplates()).isEqualTo(3);
        assertThat(report.otherManifests()).as("the policy").isEqualTo(1);
    }

    @Test
    void onlyTheKindsCodefreshRunsAsHooksCountEvenWhenAnnotated() {
        LintReport report = Lint.text(FLOW
                + workflow("ClusterWorkflowTemplate", "annotated-cluster", true)
                + """
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata:
                  name: annotated-cron
                  annotations:
                    codefresh.io/workflow-origin: promotion
                spec:
                  schedules: ["0 * * * *"]
                  workflowSpec:
                    entrypoint: main
                    templates:
                      - name: main
                        container:
                          image: alpine
                """);
        assertThat(report.hookTemplates()).isZero();
        assertThat(report.otherManifests()).isEqualTo(2);
    }

    @Test
    void aWorkflowShadowedByATemplateOfTheSameNameIsNotTheHook() {
        // a flow's hook resolves to the WorkflowTemplate first; the Workflow of that name is not used
        LintReport report = Lint.text(FLOW
                + workflow("WorkflowTemplate", "used-unannotated", false)
                + workflow("Workflow", "used-unannotated", false));
        assertThat(report.hookTemplates()).isEqualTo(1);
        assertThat(report.otherManifests()).isEqualTo(1);
    }
}
