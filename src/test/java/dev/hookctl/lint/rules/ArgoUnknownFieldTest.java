package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.lint.LintReport;
import dev.hookctl.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgoUnknownFieldTest {
    private static String cron(String scheduleLines) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata:
                  name: nightly
                spec:
                """ + scheduleLines + """
                  workflowSpec:
                    entrypoint: main
                    templates:
                      - name: main
                        container:
                          image: alpine:3.20
                """;
    }

    @Test
    void aCronScheduleFieldIsNamedAsArgo3sFieldWithItsReplacement() {
        LintReport report = Lint.text(cron("  schedule: \"0 2 * * *\"\n"));
        assertThat(Lint.brief(report)).containsExactly("6:3 argo-unknown-field");
        assertThat(report.diagnostics().get(0).message()).isEqualTo("\"schedule\" in spec (CronWorkflowSpec) was "
                + "replaced by \"schedules\" in Argo 3.6 and is gone in Argo 4");
        assertThat(report.diagnostics().get(0).hint()).contains("schedules: [\"0 2 * * *\"]")
                .contains("Argo 3.5 and earlier know only schedule");
    }

    @Test
    void schedulesIsKnownAndAMisspeltFieldStillGetsItsClosestName() {
        assertThat(Lint.brief(Lint.text(cron("  schedules: [\"0 2 * * *\"]\n")))).isEmpty();
        LintReport misspelt = Lint.text(cron("  schedules: [\"0 2 * * *\"]\n  timeZone: UTC\n"));
        assertThat(Lint.brief(misspelt)).containsExactly("7:3 argo-unknown-field");
        assertThat(misspelt.diagnostics().get(0).message())
                .isEqualTo("unknown field \"timeZone\" in spec (CronWorkflowSpec)");
        assertThat(misspelt.diagnostics().get(0).hint()).startsWith("did you mean \"timezone\"?");
    }

    private static String echoTemplate(String taskLines, String containerLines) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: w
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      dag:
                        tasks:
                          - {name: a, template: echo}
                """ + taskLines + """
                    - name: echo
                      container:
                        image: alpine:3.20
                """ + containerLines;
    }

    private static List<String> messagesAndHints(LintReport report) {
        return report.diagnostics().stream().map(d -> d.message() + " | " + d.hint()).toList();
    }

    @Test
    void aStringWhereArgoHasAListOfStringsIsAWrongTypeAtTheValue() {
        LintReport report = Lint.text(echoTemplate("          - {name: b, template: echo, dependencies: a}\n",
                "        command: echo\n        args: \"hello world\"\n"));
        assertThat(Lint.brief(report)).containsExactly("12:53 wrong-type", "16:18 wrong-type", "17:15 wrong-type");
        assertThat(messagesAndHints(report)).containsExactly(
                "spec.templates[0].dag.tasks[1].dependencies must be a list ([]string), not a string"
                        + " | write it as a list: [a]; Argo cannot read the workflow as it is",
                "spec.templates[1].container.command must be a list ([]string), not a string"
                        + " | write it as a list: [echo]; Argo cannot read the workflow as it is",
                "spec.templates[1].container.args must be a list ([]string), not a string"
                        + " | write it as a list: [\"hello world\"]; Argo cannot read the workflow as it is");
    }

    @Test
    void aListWhereArgoHasAMapOfQuantitiesOrOneValueIsAWrongType() {
        LintReport report = Lint.text(echoTemplate("", """
                        args: [echo, {x: y}]
                        resources:
                          limits: [cpu]
                          requests: {memory: [1Gi]}
                """));
        assertThat(Lint.brief(report)).containsExactly("15:22 wrong-type", "17:19 wrong-type", "18:30 wrong-type");
        assertThat(messagesAndHints(report)).containsExactly(
                "spec.templates[1].container.args[1] must be a single value (string), not a mapping | quote it: YAML "
                        + "reads an unquoted value that starts with { or holds \": \" as a mapping; Argo cannot read "
                        + "the workflow as it is",
                "spec.templates[1].container.resources.limits must be a mapping ({}Quantity), not a list"
                        + " | write it as a mapping of names to Quantity; Argo cannot read the workflow as it is",
                "spec.templates[1].container.resources.requests.memory must be a single value (Quantity), not a list"
                        + " | write one value, not a list; Argo cannot read the workflow as it is");
    }

    @Test
    void numbersForQuantitiesAndIntOrStringsAndAnyValueOfAParameterAreNotWrongTypes() {
        // Argo's AnyString (parameter value, default, enum items) and Item (withItems) take any value;
        // Quantity and IntOrString take numbers and strings alike
        LintReport report = Lint.text("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: w
                spec:
                  entrypoint: main
                  arguments:
                    parameters:
                      - {name: p, value: {any: thing}}
                      - {name: q, value: "1", enum: [1, {a: b}, [c]]}
                  templates:
                    - name: main
                      steps:
                        - - {name: s, template: echo, withItems: [1, one, {k: v}, [x]]}
                    - name: echo
                      retryStrategy: {limit: 3, backoff: {factor: 2}}
                      activeDeadlineSeconds: 60
                      container:
                        image: alpine:3.20
                        args: [echo, 1, true]
                        resources: {limits: {cpu: 1, memory: 1Gi}, requests: {cpu: "500m"}}
                """);
        assertThat(Lint.brief(report)).doesNotContain("wrong-type").isEmpty();
    }
}
