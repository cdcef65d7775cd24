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
    void oneEditApartAgreesWithTheEditDistance() {
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 200_000; n++) {
            String a = randomWord(random);
            String b = random.nextInt(4) == 0 ? randomWord(random) : edited(a, random);
            assertThat(DefaultArgumentNearMiss.oneEditApart(a, b)).as(a + " / " + b)
                    .isEqualTo(dev.hookctl.diag.Suggestions.distance(a, b) == 1);
        }
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(9); i > 0; i--) {
            b.append("ABCAB".charAt(random.nextInt(5)));
        }
        return b.toString();
    }

    /** {@code word} after up to two random edits of any kind. */
    private static String edited(String word, java.util.Random random) {
        StringBuilder b = new StringBuilder(word);
        for (int edits = random.nextInt(3); edits > 0; edits--) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, "ABC".charAt(random.nextInt(3)));
                case 1 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, "ABC".charAt(random.nextInt(3)));
                    }
                }
                default -> {
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return b.toString();
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
