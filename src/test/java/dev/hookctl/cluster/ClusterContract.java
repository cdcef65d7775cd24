package dev.hookctl.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cluster behaviour that must hold on the mock server and on a real cluster with Argo alike.
 * {@link MockClusterTest} runs it against fabric8's CRUD mock (driving Workflow status itself);
 * {@link RealClusterIT} runs it against the cluster of KUBECONFIG under {@code -Pcluster-it}.
 */
abstract class ClusterContract {

    /** Settings that reach the cluster under test, in its test namespace. */
    abstract ConnectionSettings settings();

    /** Makes the Workflow finish in {@code phase} (the mock sets status; a real controller just runs it). */
    abstract void finish(String workflow, String phase, String message, String logLine);

    String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ClusterClient connect() throws ClusterException {
        return Clusters.connect(settings(), Redaction.NONE);
    }

    @Test
    void applyCreatesATemplateAndUpdatesItTheSecondTime() throws Exception {
        String name = unique("hookctl-apply");
        try (ClusterClient c = connect()) {
            Applied first = c.apply(Trees.template(name, "busybox:1.36"), false);
            Applied second = c.apply(Trees.template(name, "busybox:1.37"), false);

            assertThat(first.action()).isEqualTo(Applied.Action.CREATED);
            assertThat(second.action()).isEqualTo(Applied.Action.UPDATED);
            assertThat(second.summary()).isEqualTo("workflowtemplate.argoproj.io/" + name + " updated");
            Map<String, Object> stored = c.workflowTemplates().stream()
                    .filter(t -> name.equals(((Map<?, ?>) t.get("metadata")).get("name"))).findFirst().orElseThrow();
            assertThat(stored.toString()).contains("busybox:1.37").doesNotContain("busybox:1.36");
            assertThat(stored).containsEntry("kind", "WorkflowTemplate");
        }
    }

    @Test
    void submitByReferenceCreatesAWorkflowWithAGeneratedName() throws Exception {
        String template = unique("hookctl-ref");
        try (ClusterClient c = connect()) {
            c.apply(Trees.template(template, "busybox:1.36"), false);
            Submitted s = c.submit(Trees.workflowByRef(template, "xoxb-not-so-secret"), SubmitOptions.create());

            assertThat(s.name()).startsWith(template + "-").isNotEqualTo(template + "-");
            assertThat(s.dryRun()).isFalse();
            assertThat(s.namespace()).isEqualTo(c.target().namespace());
            assertThat(s.followCommands()).containsExactly(
                    "kubectl get workflow " + s.name() + " -n " + s.namespace(),
                    "argo watch " + s.name() + " -n " + s.namespace());
            assertThat(((Map<?, ?>) s.object().get("spec")).get("workflowTemplateRef")).isEqualTo(Map.of("name", template));
        }
    }

    @Test
    void submitInlineCreatesTheWholeWorkflow() throws Exception {
        try (ClusterClient c = connect()) {
            Submitted s = c.submit(Trees.inlineWorkflow("hookctl-inline-"), SubmitOptions.create());

            assertThat(s.name()).startsWith("hookctl-inline-");
            assertThat(s.object().toString()).contains("echo inline-hello");
        }
    }

    @Test
    void aMissingTemplateIsReportedWithTheHintToApply() throws Exception {
        String template = unique("hookctl-missing");
        try (ClusterClient c = connect()) {
            assertThatThrownBy(() -> c.submit(Trees.workflowByRef(template, "x"), SubmitOptions.create()))
                    .isInstanceOfSatisfying(ClusterException.class, e -> {
                        assertThat(e.problem().failure()).isEqualTo(ClusterFailure.TEMPLATE_NOT_FOUND);
                        assertThat(e.problem().message()).contains("WorkflowTemplate \"" + template + "\" is not installed");
                        assertThat(e.problem().hint()).contains("--apply");
                        assertThat(e.problem().exitCode()).isEqualTo(4);
                    });
        }
    }

    @Test
    void secretParameterValuesAreMaskedInTheSubmittedObject() throws Exception {
        String template = unique("hookctl-secret");
        Map<String, Object> wf = Trees.workflowByRef(template, "xoxb-very-secret-42");
        try (ClusterClient c = Clusters.connect(settings(), Redaction.forWorkflow(wf, Set.of("SLACK_TOKEN")))) {
            c.apply(Trees.template(template, "busybox:1.36"), false);
            Submitted s = c.submit(wf, SubmitOptions.create());

            assertThat(s.object().toString()).doesNotContain("xoxb-very-secret-42").contains(Redaction.MASK).contains("shop");
        }
    }

    @Test
    void waitingEndsWithSucceededAndTheMainContainerLog() throws Exception {
        try (ClusterClient c = connect()) {
            Submitted s = c.submit(Trees.inlineWorkflow("hookctl-wait-"), SubmitOptions.create());
            finish(s.name(), "Succeeded", "", "inline-hello");
            RecordingListener l = new RecordingListener();

            WaitOutcome o = c.await(s.name(), WaitOptions.of(Duration.ofMinutes(3), true, new CancellationToken()), l);

            assertThat(o).isInstanceOfSatisfying(WaitOutcome.Finished.class, f -> assertThat(f.phase()).isEqualTo("Succeeded"));
            assertThat(o.exitCode()).isZero();
            assertThat(l.phases()).last().isEqualTo("Succeeded");
            assertThat(l.logLines()).anySatisfy(line -> assertThat(line).endsWith(": inline-hello"));
        }
    }
}
