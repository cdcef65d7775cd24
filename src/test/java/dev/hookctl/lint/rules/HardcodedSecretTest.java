package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.testing.Lint;
import dev.hookctl.yaml.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardcodedSecretTest {
    private static final String HEAD = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: notify
            spec:
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: curlimages/curl:8.10.1
            """;

    private static List<Diagnostic> secrets(String body) {
        return Lint.text(HEAD + body.indent(6)).diagnostics().stream()
                .filter(d -> d.ruleId().equals("hardcoded-secret")).toList();
    }

    /** The source text each finding's span covers (on its first line). */
    private static List<String> pointedAt(String body) {
        return secrets(body).stream().map(d -> {
            Span s = d.location().span();
            String line = d.location().file().line(s.line());
            int end = s.endLine() == s.line() ? s.endColumn() - 1 : line.length();
            return s.line() + ":" + s.column() + " " + line.substring(s.column() - 1, end);
        }).toList();
    }

    @Test
    void aWebhookInALiteralBlockIsPointedAtInsideTheBlock() {
        String body = """
                args:
                  - |
                    echo start
                      curl -X POST https://hooks.slack.com/services/T000/B000/abcdefghijklmnop
                """;
        assertThat(pointedAt(body))
                .containsExactly("14:26 https://hooks.slack.com/services/T000/B000/abcdefghijklmnop");
    }

    @Test
    void textOutsideLatin1AroundASecretChangesNeitherTheFindingNorItsPlace() {
        // the keyword scan reads a Latin-1 copy of the string, where these characters become '?'
        assertThat(pointedAt("args: [\"пароль: echo Bearer abcdefghijklmnopqrstuvwx \uD83D\uDE00\"]"))
                .containsExactly("11:35 abcdefghijklmnopqrstuvwx");
        assertThat(pointedAt("args: [\"密码 --password=hunter22secret 😀\"]"))
                .containsExactly("11:29 hunter22secret");
        assertThat(secrets("args: [\"пароль 密码 😀 no secret here, only bearer words\"]")).isEmpty();
    }

    @Test
    void aSecretOnTheFirstLineOfAQuotedOrPlainScalarIsPointedAtExactly() {
        assertThat(pointedAt("args: [\"curl https://discord.com/api/webhooks/123/abcdefghijk\"]"))
                .containsExactly("11:20 https://discord.com/api/webhooks/123/abcdefghijk");
        assertThat(pointedAt("args: [curl -u admin --password=s3cr3tpass https://x]"))
                .containsExactly("11:39 s3cr3tpass");
    }

    @Test
    void aSecretPastTheFirstLineOfAMultiLineQuotedScalarIsStillPointedAtExactly() {
        String body = """
                args:
                  - "curl
                    -H 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz'"
                """;
        assertThat(pointedAt(body)).containsExactly("13:37 abcdefghijklmnopqrstuvwxyz");
    }

    @Test
    void aFoldedBlockIsSearchedLineByLine() {
        String body = """
                args:
                  - >
                    text
                    curl https://acme.webhook.office.com/webhookb2/abc@def/IncomingWebhook/xyz
                """;
        assertThat(pointedAt(body))
                .containsExactly("14:16 https://acme.webhook.office.com/webhookb2/abc@def/IncomingWebhook/xyz");
    }

    @Test
    void passwordLikeVariablesWithLiteralValuesAreReportedButReferencesAreNot() {
        String body = """
                env:
                  - name: DB_PASSWORD
                    value: "hunter2hunter2"
                  - name: API_TOKEN
                    value: "{{workflow.parameters.API_TOKEN}}"
                  - name: TOKEN_SECRET_NAME
                    value: jira-token
                  - name: SLACK_WEBHOOK_URL
                    valueFrom:
                      secretKeyRef: {name: slack, key: webhook-url}
                args: [curl -H "Authorization: Bearer $API_TOKEN" "$SLACK_WEBHOOK_URL"]
                """;
        assertThat(pointedAt(body)).containsExactly("13:19 hunter2hunter2");
    }

    @Test
    void theSecretIsNeverPrintedInFull() {
        List<Diagnostic> found = secrets("args: [\"curl -H 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz'\"]");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message()).contains("(abcd…)").doesNotContain("abcdefghijklmnopqrstuvwxyz");
        assertThat(found.get(0).hint()).contains("secretKeyRef");
        assertThat(HardcodedSecret.mask("xy")).isEqualTo("x…");
    }

    @Test
    void flowsAndPoliciesAreNotScanned() {
        String flow = """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata:
                  name: f
                  annotations:
                    description: "posts to https://hooks.slack.com/services/T000/B000/abcdefghijklmnop"
                spec:
                  triggerEnvironment: dev
                  steps:
                    - environment: prod
                      dependsOn: [dev]
                """;
        assertThat(Lint.brief(Lint.text(flow))).noneMatch(s -> s.endsWith("hardcoded-secret"));
    }
}
