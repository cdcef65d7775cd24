package dev.hookctl.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.load.Catalog;
import dev.hookctl.model.Phase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RendererTest {
    private final Catalog catalog = Fixtures.catalog();

    private Outcome<RenderedWorkflow> render(String hook, String flow, Phase phase, String env, RenderMode mode,
                                             ReleaseInputs in) {
        return Renderer.render(catalog, new RenderRequest(Optional.ofNullable(hook), Optional.ofNullable(flow),
                Optional.ofNullable(phase), Optional.ofNullable(env), mode, Optional.empty(), in));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> arguments(Object workflow) {
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) workflow).get("spec");
        Map<String, String> out = new LinkedHashMap<>();
        for (Object p : (List<Object>) ((Map<String, Object>) spec.get("arguments")).get("parameters")) {
            Map<String, Object> m = (Map<String, Object>) p;
            out.put((String) m.get("name"), (String) m.get("value"));
        }
        return out;
    }

    @Test
    void aFiringRendersAsAWorkflowThatReferencesItsTemplateLikeArgoSubmitFrom() {
        RenderedWorkflow wf = render("notify", "sequential", Phase.START, null, RenderMode.REFERENCE,
                Fixtures.inputs()).value();
        Map<String, Object> tree = wf.workflow();
        assertThat(tree.get("apiVersion")).isEqualTo("argoproj.io/v1alpha1");
        assertThat(tree.get("kind")).isEqualTo("Workflow");
        assertThat(tree.get("metadata")).asString().contains("generateName=notify-")
                .contains("workflows.argoproj.io/workflow-template=notify");
        assertThat(tree.get("spec")).asString().contains("workflowTemplateRef={name=notify}");
        assertThat(arguments(tree)).containsExactly(
                Map.entry("RELEASE_URL", "https://g.codefresh.io/releases/shop/" + IdSource.sequence("test").newReleaseId()),
                Map.entry("PRODUCT_NAME", "shop"),
                Map.entry("VERSION", "1.4.2"),
                Map.entry("COMMIT_SHA", "abc123"),
                Map.entry("PROMOTION_FLOW_NAME", "sequential"),
                Map.entry("RELEASE_ID", IdSource.sequence("test").newReleaseId()));
    }

    @Test
    void inventedValuesAreListedInTheAnnotationAndInTheYamlComments() {
        RenderedWorkflow wf = render("notify", "sequential", Phase.START, null, RenderMode.REFERENCE,
                Fixtures.inputs()).value();
        assertThat(wf.invented()).extracting(ResolvedArgument::name).containsExactly("RELEASE_URL", "RELEASE_ID");
        assertThat(wf.workflow().get("metadata")).asString()
                .contains(RenderedWorkflow.INVENTED_ANNOTATION + "=RELEASE_URL, RELEASE_ID");
        assertThat(wf.yaml()).contains("#   RELEASE_ID = \"").contains("set it with --release-id ID");
    }

    @Test
    void renderedWorkflowsParseBackToTheSameValuesInYamlAndJson() {
        RenderedWorkflow wf = render("fail-notify", "sequential", Phase.FAIL, null, RenderMode.REFERENCE,
                Fixtures.inputs()).value();
        assertThat(Fixtures.parse(wf.yaml())).isEqualTo(wf.workflow());
        assertThat(Fixtures.parseJson(wf.json())).isEqualTo(wf.workflow());
    }

    @Test
    void theHookIsTakenFromTheFlowForAnEnvironmentEvent() {
        RenderedWorkflow wf = render(null, "sequential", Phase.FAIL, "prod", RenderMode.REFERENCE,
                Fixtures.inputs()).value();
        assertThat(wf.hook()).isEqualTo("open-ticket");
        assertThat(arguments(wf.workflow()).get("FAILED_ENVIRONMENTS")).startsWith("[{\"name\":\"prod\",\"status\":\"Failed\"");
    }

    @Test
    void anEnvironmentEqualToTheTriggerIsRefusedWithTheRuleExplanation() {
        Outcome<RenderedWorkflow> r = render(null, "sequential", Phase.START, "dev", RenderMode.REFERENCE,
                Fixtures.inputs());
        assertThat(r.isOk()).isFalse();
        assertThat(r.error().message()).contains("trigger environment").contains("hook-on-trigger-env");
        assertThat(r.error().hint()).contains("Codefresh does not allow hooks on it");
    }

    @Test
    void anUnknownFlowNamesTheClosestKnownFlows() {
        Outcome<RenderedWorkflow> r = render(null, "sequentail", Phase.START, null, RenderMode.REFERENCE,
                Fixtures.inputs());
        assertThat(r.error().message()).isEqualTo("unknown flow \"sequentail\"; did you mean \"sequential\"?");
    }

    @Test
    void anArgumentNobodySuppliesIsMissingWithTheOptionThatSuppliesIt() {
        RenderedWorkflow wf = render("needs-approver", "approvals", Phase.START, null, RenderMode.REFERENCE,
                Fixtures.inputs()).value();
        assertThat(wf.complete()).isFalse();
        assertThat(wf.missing()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("APPROVER");
            assertThat(m.howToSupply()).contains("-p APPROVER=VALUE").contains("--promotion-context");
        });
        RenderedWorkflow supplied = render("needs-approver", "approvals", Phase.START, null, RenderMode.REFERENCE,
                Fixtures.inputs(Map.of("APPROVER", "ops-lead"))).value();
        assertThat(supplied.complete()).isTrue();
        assertThat(arguments(supplied.workflow())).containsEntry("APPROVER", "ops-lead");
    }

    @Test
    void userParametersBeatThePromotionContextWhichBeatsPlatformDefaults() {
        ReleaseInputs in = Fixtures.inputs(Map.of("PRODUCT_NAME", "from-p"))
                .withContext(PromotionContext.parse("{\"PRODUCT_NAME\":\"from-ctx\",\"TICKET_URL\":\"t-1\",\"X\":1}",
                        "ctx").value());
        RenderedWorkflow wf = render("fail-notify", "sequential", Phase.FAIL, null, RenderMode.REFERENCE, in).value();
        Map<String, String> args = arguments(wf.workflow());
        assertThat(args).containsEntry("PRODUCT_NAME", "from-p").containsEntry("TICKET_URL", "t-1")
                .doesNotContainKey("X");
    }

    @Test
    void failOnlyArgumentsAreNotPassedOnStart() {
        RenderedWorkflow wf = render("fail-notify", "sequential", Phase.START, null, RenderMode.REFERENCE,
                Fixtures.inputs()).value();
        assertThat(arguments(wf.workflow())).doesNotContainKeys("ERROR_MESSAGE", "FAILED_ENVIRONMENTS");
        assertThat(wf.complete()).isTrue(); // the template gives both a value
    }

    @Test
    @SuppressWarnings("unchecked")
    void inlineCopiesTheSpecAndSubstitutesKnownTagsOnly() {
        RenderedWorkflow wf = render("notify", "sequential", Phase.START, null, RenderMode.INLINE,
                Fixtures.inputs()).value();
        Map<String, Object> spec = (Map<String, Object>) wf.workflow().get("spec");
        assertThat(spec).doesNotContainKey("workflowTemplateRef").containsKeys("entrypoint", "arguments", "templates");
        String args = spec.get("templates").toString();
        assertThat(args).contains("shop 1.4.2 in #releases by cf-default-promotion-workflows-sa")
                .contains("as {{workflow.name}}").contains("pod {{pod.name}}");
        assertThat(spec.get("arguments").toString()).contains("{name=PRODUCT_NAME, value=shop}")
                .contains("{name=CHANNEL, value=#releases}");
        assertThat(Fixtures.parse(wf.yaml())).isEqualTo(wf.workflow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void inlineLeavesAReferenceToAValueThatHoldsATagForArgo() {
        RenderedWorkflow wf = render("notify", "sequential", Phase.START, null, RenderMode.INLINE,
                Fixtures.inputs(Map.of("CHANNEL", "#{{workflow.name}}"))).value();
        Map<String, Object> spec = (Map<String, Object>) wf.workflow().get("spec");
        // as the reference form does, the value reaches the container once, literally: Argo puts it
        // in for the parameter and does not expand what it put in
        assertThat(spec.get("templates").toString()).contains("in {{workflow.parameters.CHANNEL}} by")
                .doesNotContain("in #{{workflow.name}} by");
        assertThat(spec.get("arguments").toString()).contains("{name=CHANNEL, value=#{{workflow.name}}}");
    }

    static final List<String> ADVERSARIAL = List.of(
            "quote \" and ' and \\ backslash",
            "line one\nline two\n",
            "\n\n leading newlines and space",
            "trailing newlines\n\n\n",
            "{{workflow.parameters.PRODUCT_NAME}} {{=sprig.upper('x')}}",
            "key: value # not a comment",
            "&anchor *alias <<: *x",
            "- item\n? key\n| pipe\n> fold",
            "emoji 🚀🔥 and ümlauts and 日本語",
            "tab\tand\rcarriage return and \u0000 nul? no: \u0001",
            "yes", "1.10", "null", "~", "",
            "x".repeat(1024 * 1024));

    @Test
    void adversarialValuesRoundTripExactlyThroughRenderInYamlAndJson() {
        for (String value : ADVERSARIAL) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            for (RenderMode mode : RenderMode.values()) {
                if (mode == RenderMode.INLINE && value.length() > 1000) {
                    continue; // parsing 1 MB of YAML takes seconds; once per format is enough
                }
                RenderedWorkflow wf = render("fail-notify", "sequential", Phase.FAIL, null, mode,
                        Fixtures.inputs(Map.of("ERROR_MESSAGE", value, "PRODUCT_NAME", value))).value();
                assertThat(arguments(wf.workflow())).as("%s %s", mode, shown)
                        .containsEntry("ERROR_MESSAGE", value).containsEntry("PRODUCT_NAME", value);
                assertThat(arguments(Fixtures.parse(wf.yaml()))).as("yaml %s %s", mode, shown)
                        .containsEntry("ERROR_MESSAGE", value).containsEntry("PRODUCT_NAME", value);
                assertThat(arguments(Fixtures.parseJson(wf.json()))).as("json %s %s", mode, shown)
                        .containsEntry("ERROR_MESSAGE", value).containsEntry("PRODUCT_NAME", value);
            }
        }
    }
}
