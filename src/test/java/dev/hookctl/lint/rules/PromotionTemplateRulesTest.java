package dev.hookctl.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionTemplateRulesTest {
    private static String template(String spec) {
        return """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionTemplate
                metadata:
                  name: t
                spec:
                  priority: 0
                """ + spec.indent(2);
    }

    private static List<Diagnostic> of(String yaml, String rule) {
        return Lint.text(yaml).diagnostics().stream().filter(d -> d.ruleId().equals(rule)).toList();
    }

    @Test
    void validJsonPathsPass() {
        for (String p : List.of("$.appVersion", "$..tag", "$[\"side-car\"].image.tag", "$['a b'][0]", "$.a.*",
                "$.items[*].name", "$..[0]", "$.a[?(@.b == 1)]", "$[0:2]", "$")) {
            assertThat(JsonPaths.read(p).problem()).as(p).isEmpty();
        }
    }

    @Test
    void invalidJsonPathsReportTheOffsetOfTheProblem() {
        assertThat(JsonPaths.read("$appVersion").problem()).get().extracting(JsonPaths.Problem::offset).isEqualTo(1);
        assertThat(JsonPaths.read("image.tag").problem()).get().extracting(JsonPaths.Problem::offset).isEqualTo(0);
        assertThat(JsonPaths.read("$.image.").problem()).get().extracting(JsonPaths.Problem::offset).isEqualTo(7);
        assertThat(JsonPaths.read("$.a[b]").problem()).get().extracting(JsonPaths.Problem::offset).isEqualTo(3);
        assertThat(JsonPaths.read("$.a[\"b\"").problem()).get().extracting(JsonPaths.Problem::offset).isEqualTo(3);
        assertThat(JsonPaths.read("$.a b").problem()).get().extracting(JsonPaths.Problem::offset).isEqualTo(3);
    }

    @Test
    void dashedDotSegmentsAreRewrittenInBracketForm() {
        JsonPaths.Result r = JsonPaths.read("$.side-car.image.my-tag");
        assertThat(r.problem()).isEmpty();
        assertThat(r.dashes()).extracting(JsonPaths.DashSegment::name).containsExactly("side-car", "my-tag");
        assertThat(JsonPaths.bracketed("$.side-car.image.my-tag", r.dashes()))
                .isEqualTo("$[\"side-car\"].image[\"my-tag\"]");
    }

    @Test
    void aQuotedJsonPathIsPointedAtInsideTheQuotes() {
        String yaml = template("""
                applicationSourceSelector:
                  matchLabels: {app: web}
                versionSource:
                  file: Chart.yaml
                  jsonPath: "$appVersion"
                """);
        assertThat(of(yaml, "jsonpath-syntax")).extracting(Lint::brief).containsExactly("11:17 jsonpath-syntax");
    }

    @Test
    void matchExpressionsFollowKubernetesSelectorRules() {
        String yaml = template("""
                applicationSourceSelector:
                  matchExpressions:
                    - key: a
                      operator: exists
                    - key: b
                      operator: In
                    - key: c
                      operator: DoesNotExist
                      values: [x]
                    - key: d
                      operator: NotIn
                      values: []
                versionSource:
                  file: Chart.yaml
                  jsonPath: $.version
                """);
        List<Diagnostic> found = of(yaml, "template-match-expression");
        assertThat(found).extracting(Lint::brief).containsExactly("10:19 template-match-expression",
                "12:19 template-match-expression", "15:9 template-match-expression",
                "18:17 template-match-expression");
        assertThat(found.get(0).hint()).isEqualTo("write operator: Exists");
    }

    @Test
    void missingSelectorVersionSourceAndFieldsAreReported() {
        String yaml = template("versionSource:\n  jsonPath: $.version\n");
        assertThat(of(yaml, "template-selector-missing")).extracting(Lint::brief)
                .containsExactly("5:1 template-selector-missing");
        assertThat(of(yaml, "version-source-incomplete")).extracting(Lint::brief)
                .containsExactly("7:3 version-source-incomplete");
        assertThat(of(template("applicationSourceSelector: {}\n"), "version-source-incomplete"))
                .extracting(Lint::brief).containsExactly("5:1 version-source-incomplete");
        assertThat(of(template("applicationSourceSelector: {}\n"), "template-selector-empty"))
                .extracting(Lint::brief).containsExactly("7:3 template-selector-empty");
    }

    @Test
    void filesOutsideTheApplicationFolderAndTheListFormOfPromotionAreReported() {
        String yaml = template("""
                applicationSourceSelector:
                  matchLabels: {app: web}
                versionSource:
                  file: /charts/Chart.yaml
                  jsonPath: $.version
                promotion:
                  ../shared/values.yaml:
                    jsonPaths: ["*"]
                  values.yaml:
                    jsonPath: $.image.tag
                """);
        assertThat(of(yaml, "promotion-file-outside")).extracting(Lint::brief)
                .containsExactly("10:11 promotion-file-outside", "13:5 promotion-file-outside");
        List<Diagnostic> shape = of(yaml, "promotion-map-shape");
        assertThat(shape).extracting(Lint::brief).containsExactly("15:5 promotion-map-shape");
        assertThat(shape.get(0).hint()).isEqualTo("rename jsonPath to jsonPaths and make it a list");
    }

    @Test
    void aProductsInlineTemplateIsCheckedLikeAPromotionTemplate() {
        String yaml = """
                apiVersion: codefresh.io/v1beta1
                kind: Product
                metadata:
                  name: checkout
                spec:
                  promotionTemplate:
                    versionSource:
                      file: Chart.yaml
                      jsonPath: $.app-version
                    promotion:
                      - filename: values.yaml
                """;
        assertThat(Lint.brief(Lint.text(yaml))).contains("9:19 jsonpath-dash", "11:7 promotion-map-shape");
    }
}
