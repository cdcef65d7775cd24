package dev.hookctl.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void parametersFromASecretKeyRefOrMarkedSecretAreMaskedInTheTree() {
        Map<String, Object> wf = Trees.map("kind", "Workflow", "spec", Trees.map("arguments", Trees.map("parameters", List.of(
                Trees.map("name", "PRODUCT_NAME", "value", "shop"),
                Trees.map("name", "API_KEY", "value", "k-123456", "valueFrom", Trees.map("secretKeyRef", Trees.map("name", "s", "key", "k"))),
                Trees.map("name", "PIN", "value", "42"),
                Trees.map("name", "NOTE", "value", "the key is k-123456")))));

        Redaction r = Redaction.forWorkflow(wf, Set.of("PIN"));
        String shown = r.apply(wf).toString();

        assertThat(r.secretParameters()).containsExactlyInAnyOrder("API_KEY", "PIN");
        assertThat(shown).contains("value=shop", "name=PIN, value=******", "the key is ******")
                .doesNotContain("k-123456").doesNotContain("value=42");
    }

    @Test
    void shortSecretValuesAreNotMaskedInFreeText() {
        Redaction r = new Redaction(Set.of("PIN"), Set.of("42", "hunter22"));

        assertThat(r.apply("PIN 42 of hunter22")).isEqualTo("PIN 42 of ******");
    }

    @Test
    void theOriginalTreeIsLeftAlone() {
        Map<String, Object> wf = Trees.workflowByRef("t", "xoxb-secret-1");
        Redaction.forWorkflow(wf, Set.of("SLACK_TOKEN")).apply(wf);

        assertThat(wf.toString()).contains("xoxb-secret-1");
    }

    @Test
    void aTemplateShowsAsItWillBeAppliedWithOnlyTheSecretValueMasked() {
        Map<String, Object> wf = Trees.workflowByRef("t", "topsecret");
        Map<String, Object> template = Trees.map("kind", "WorkflowTemplate", "spec", Trees.map(
                "arguments", Trees.map("parameters", List.of(Trees.map("name", "SLACK_TOKEN", "value", ""))),
                "templates", List.of(Trees.map("name", "main", "container", Trees.map("env", List.of(
                        Trees.map("name", "SLACK_TOKEN", "value", "{{workflow.parameters.SLACK_TOKEN}}"),
                        Trees.map("name", "LEAK", "value", "was topsecret")))))));

        Redaction r = Redaction.forWorkflow(wf, Set.of("SLACK_TOKEN"));

        assertThat(r.apply(template).toString())
                .contains("name=SLACK_TOKEN, value=}", "name=SLACK_TOKEN, value={{workflow.parameters.SLACK_TOKEN}}",
                        "name=LEAK, value=was ******")
                .doesNotContain("topsecret");
        assertThat(r.apply(wf).toString()).contains("name=SLACK_TOKEN, value=******");
    }

    @Test
    void anInlineWorkflowHidesAShortSecretWhereItWasSubstitutedWhole() {
        Map<String, Object> wf = Trees.map("kind", "Workflow", "spec", Trees.map(
                "arguments", Trees.map("parameters", List.of(Trees.map("name", "PIN", "value", "xyz"))),
                "templates", List.of(Trees.map("name", "main", "container", Trees.map("env", List.of(
                        Trees.map("name", "PIN", "value", "xyz"),
                        Trees.map("name", "NOTE", "value", "xyzzy is not it")))))));

        String shown = Redaction.forWorkflow(wf, Set.of("PIN")).apply(wf).toString();

        assertThat(shown).contains("name=PIN, value=******}", "name=NOTE, value=xyzzy is not it")
                .doesNotContain("value=xyz}").doesNotContain("value=xyz,");
    }
}
