package dev.hookctl.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestsTest {
    static final List<String> LOOKALIKES = List.of("yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null",
            "~", "", "1", "01", "1.10", "1e3", "-1", "+1", ".5", "0x1F", "0o17", "0b101", "1_000", "12:30:00", ".inf",
            "-.Inf", ".NaN", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "<<", "=", "123abc", "1.4.2", "a: b", "key:", "x #y");

    @Test
    void stringsThatLookLikeNumbersBooleansOrNullAreQuotedAndComeBackAsStrings() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("values", LOOKALIKES);
        String yaml = Manifests.yaml(tree);
        for (String v : LOOKALIKES) {
            assertThat(yaml).as("quoted: %s", v).contains("- \"" + v + "\"");
        }
        assertThat(Fixtures.parse(yaml)).isEqualTo(tree);
    }

    @Test
    void plainTextStaysUnquotedForReadability() {
        String yaml = Manifests.yaml(Map.of("a", "db migration failed"));
        assertThat(yaml).isEqualTo("a: db migration failed\n");
    }

    @Test
    void urlsStayPlain() {
        assertThat(Manifests.yaml(Map.of("u", "https://g.codefresh.io/a?b=c"))).isEqualTo("u: https://g.codefresh.io/a?b=c\n");
    }

    @Test
    void keysThatLookLikeBooleansAreQuoted() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("on", "x");
        tree.put("y", "z");
        tree.put("workflows.argoproj.io/workflow-template", "t");
        String yaml = Manifests.yaml(tree);
        assertThat(yaml).contains("\"on\": x").contains("\"y\": z").contains("workflows.argoproj.io/workflow-template: t");
        assertThat(Fixtures.parse(yaml)).isEqualTo(tree);
    }

    @Test
    void jsonIsTwoSpaceIndentedAndEndsWithANewline() {
        assertThat(Manifests.json(Map.of("a", List.of("b")))).isEqualTo("{\n  \"a\": [\n    \"b\"\n  ]\n}\n");
    }
}
