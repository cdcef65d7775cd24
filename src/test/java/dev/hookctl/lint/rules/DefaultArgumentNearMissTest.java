package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Lint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultArgumentNearMissTest {
    @Test
    void caseSeparatorAndShortenedSpellingsPointAtTheExactDefaultName() {
        Map<String, String> cases = Map.of(
                "Release_Url", "RELEASE_URL",
                "RELEASE-URL", "RELEASE_URL",
                "COMMITSHA", "COMMIT_SHA",
                "PRODUCT", "PRODUCT_NAME",
                "RELEASE_ULR", "RELEASE_URL",
                "failed-environments", "FAILED_ENVIRONMENTS",
                "PROMOTION_FLOW", "PROMOTION_FLOW_NAME",
                "appName", "APP_NAME");
        cases.forEach((given, meant) -> assertThat(DefaultArgumentNearMiss.nearMiss(given)).as(given).contains(meant));
    }

    @Test
    void exactDefaultsAndCustomNamesAreLeftAlone() {
        for (String name : new String[] {"RELEASE_URL", "SLACK_CHANNEL", "JIRA_ISSUE_URL", "PATHS", "BRANCHES",
                "context-params", "VERSION"}) {
            assertThat(DefaultArgumentNearMiss.nearMiss(name)).as(name).isEmpty();
        }
    }

    @Test
    void onlyPromotionWorkflowsAreChecked() {
        String plain = """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: build
                spec:
                  entrypoint: main
                  arguments:
                    parameters:
                      - name: Release_Url
                        value: x
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                """;
        assertThat(Lint.brief(Lint.text(plain))).noneMatch(s -> s.endsWith("default-argument-near-miss"));
        String hook = plain.replace("  name: build\n",
                "  name: build\n  annotations:\n    codefresh.io/workflow-origin: promotion\n");
        assertThat(Lint.brief(Lint.text(hook))).contains("11:15 default-argument-near-miss");
    }
}
