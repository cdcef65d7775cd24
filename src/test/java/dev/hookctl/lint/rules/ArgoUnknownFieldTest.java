package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.lint.LintReport;
import dev.hookctl.testing.Lint;
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
}
