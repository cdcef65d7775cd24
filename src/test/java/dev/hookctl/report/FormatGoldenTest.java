package dev.hookctl.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hookctl.cli.Version;
import dev.hookctl.testing.Cli;
import dev.hookctl.testing.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** One golden per machine format, from the same input; and each format parses as what it claims to be. */
class FormatGoldenTest {
    private static final Path DIR = Golden.resources().resolve("formats");

    private static Cli.Result lint(String format) {
        return Cli.run(DIR, "lint", "--no-config", "--format", format, "input");
    }

    private static String normalized(String out) {
        return out.replace(Version.value(), "VERSION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github", "junit"})
    void eachFormatMatchesItsGolden(String format) throws Exception {
        Cli.Result r = lint(format);
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        Golden.assertMatches(DIR.resolve("expected." + format), normalized(r.out()), r);
    }

    @Test
    void jsonHasDiagnosticsWithPositionsAndASummary() throws Exception {
        JsonNode root = new ObjectMapper().readTree(lint("json").out());
        assertThat(root.get("diagnostics")).isNotEmpty();
        JsonNode first = root.get("diagnostics").get(0);
        for (String field : new String[] {"rule", "severity", "message", "hint", "file", "line", "column", "endLine",
            "endColumn"}) {
            assertThat(first.has(field)).as("field %s in %s", field, first).isTrue();
        }
        assertThat(root.at("/summary/files").asInt()).isEqualTo(3);
    }

    @Test
    void sarifCarriesWhatCodeScanningNeeds() throws Exception {
        JsonNode root = new ObjectMapper().readTree(lint("sarif").out());
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.at("/runs/0");
        assertThat(run.at("/tool/driver/rules")).isNotEmpty();
        JsonNode result = run.at("/results/0");
        assertThat(result.get("ruleId").asText()).isNotEmpty();
        assertThat(result.get("level").asText()).isIn("error", "warning", "note");
        JsonNode loc = result.at("/locations/0/physicalLocation");
        assertThat(loc.at("/artifactLocation/uri").asText()).endsWith(".yaml").doesNotStartWith("/");
        assertThat(loc.at("/region/startLine").asInt()).isPositive();
        int index = result.get("ruleIndex").asInt();
        assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(result.get("ruleId").asText());
    }

    @Test
    void junitIsWellFormedXmlWithOneTestCasePerFile() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(lint("junit").out().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }
}
