package dev.hookctl.argo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubstitutionTest {

    private static final Map<String, String> VALUES = Map.of(
            "workflow.parameters.RELEASE_URL", "https://g.codefresh.io/releases/42",
            "inputs.parameters.x", "ex",
            "workflow.name", "hook-abc12");

    @Test
    void knownTagsAreReplacedAndRuntimeTagsAreKept() {
        String in = "{{workflow.parameters.RELEASE_URL}} {{ inputs.parameters.x }} {{steps.a.outputs.result}} "
                + "{{item}} {{=inputs.parameters.x}} {{tasks.b.status}} {{workflow.uid}}";
        assertThat(Substitution.substituteText(in, VALUES)).isEqualTo(
                "https://g.codefresh.io/releases/42 ex {{steps.a.outputs.result}} "
                        + "{{item}} {{=inputs.parameters.x}} {{tasks.b.status}} {{workflow.uid}}");
    }

    @Test
    void theTreeIsCopiedWithKeysSubstitutedAndOtherScalarsKept() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("{{inputs.parameters.x}}-key", List.of("{{workflow.name}}", 3L, true));
        tree.put("n", null);
        tree.put("d", 1.5);
        Object out = Substitution.substitute(tree, VALUES);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ex-key", List.of("hook-abc12", 3L, true));
        expected.put("n", null);
        expected.put("d", 1.5);
        assertThat(out).isEqualTo(expected).isNotSameAs(tree);
        assertThat(tree).containsKey("{{inputs.parameters.x}}-key");
    }

    @Test
    void aNestedTagResolvesItsInnerPartAndLeavesTheOuterForRunTime() {
        assertThat(Substitution.substituteText("{{steps.{{inputs.parameters.x}}.outputs.result}}", VALUES))
                .isEqualTo("{{steps.ex.outputs.result}}");
    }

    @Test
    void aStringWithAnUnterminatedTagIsKeptWhole() {
        assertThat(Substitution.substituteText("{{workflow.name}} and ${{ oops", VALUES))
                .isEqualTo("{{workflow.name}} and ${{ oops");
    }

    @Test
    void insertedValuesAreNotScannedAgain() {
        Map<String, String> v = Map.of("inputs.parameters.a", "{{inputs.parameters.b}}", "inputs.parameters.b", "B");
        assertThat(Substitution.substituteText("{{inputs.parameters.a}}", v)).isEqualTo("{{inputs.parameters.b}}");
    }

    @Test
    void stringsWithoutKnownTagsAreReturnedAsTheSameObject() {
        String s = "plain {{unknown}} text";
        assertThat(Substitution.substituteText(s, VALUES)).isSameAs(s);
    }

    /** Values built to break anything that edits YAML or JSON text instead of the tree. */
    private static String adversarial(Random r) {
        String[] pieces = {"{{", "}}", "{{workflow.name}}", "\"", "'", "\\", "\\n", "\n", "\r\n", "\t", ": ", "- ",
            "#", " # not a comment", "---", "...", "&a", "*a", "!!str", "|", ">", "%", "@", "`", "$", "${x}",
            "{\"a\": [1, \"b\"], \"c\": {\"d\": null}}", "é", "日本", "\uD83D\uDE80", "\u0000", "\u2028", "\u00a0",
            "yes", "null", "~", "0x1F", "1e3", "  ", "}", "{", "[", "]", ",", "=", "{{=", "}}}"};
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(4) == 0) {
                sb.append((char) (32 + r.nextInt(95)));
            } else {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
        }
        return sb.toString();
    }

    @Test
    void anyValueRoundTripsExactlyThroughSubstitutionAndBackThroughJsonAndYaml() throws Exception {
        Random r = new Random(20240611L);
        ObjectMapper json = new ObjectMapper();
        YAMLMapper yaml = new YAMLMapper();
        YamlReader reader = new YamlReader();
        for (int round = 0; round < 400; round++) {
            String value = adversarial(r);
            String other = adversarial(r);
            Map<String, String> values = Map.of("workflow.parameters.P", value, "inputs.parameters.q", other);
            // the separating space keeps a trailing "{" of the prefix from opening the tag one brace early
            String prefix = adversarial(r).replace("{{", "{ {") + " ";
            String template = prefix + "{{workflow.parameters.P}}|{{ inputs.parameters.q }}|{{steps.s.outputs.result}}";
            Map<String, Object> tree = new LinkedHashMap<>();
            List<Object> args = new ArrayList<>();
            args.add(Map.of("name", "p", "value", template));
            args.add(42L);
            tree.put("args", args);
            tree.put("{{inputs.parameters.q}}", "k");

            Object out = Substitution.substitute(tree, values);

            String expected = prefix + value + "|" + other + "|{{steps.s.outputs.result}}";
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) out;
            @SuppressWarnings("unchecked")
            Map<String, Object> arg = (Map<String, Object>) ((List<Object>) m.get("args")).get(0);
            assertThat(arg.get("value")).as("round %d, value %s", round, value).isEqualTo(expected);
            assertThat(m).containsEntry(other, "k");

            String written = json.writeValueAsString(out);
            assertThat(json.writeValueAsString(json.readValue(written, Object.class))).isEqualTo(written);
            if (!value.contains("\u0000") && !other.contains("\u0000") && !prefix.contains("\u0000")) {
                String text = yaml.writeValueAsString(out);
                var read = reader.read(new SourceFile(Optional.empty(), "t.yaml", text));
                assertThat(read.problems()).as(text).isEmpty();
                assertThat(YamlNode.toPlain(read.documents().get(0).root())).as(text).isEqualTo(out);
            }
        }
    }
}
