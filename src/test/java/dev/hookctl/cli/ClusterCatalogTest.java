package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.testing.Lint;
import dev.hookctl.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cluster templates as documents of virtual files, merged behind the files. */
class ClusterCatalogTest {
    static Map<String, Object> template(String name, String image) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("namespace", "cf-runtime");
        metadata.put("resourceVersion", "42");
        metadata.put("managedFields", List.of(Map.of("manager", "kubectl", "operation", "Update")));
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("apiVersion", "argoproj.io/v1alpha1");
        t.put("kind", "WorkflowTemplate");
        t.put("metadata", metadata);
        t.put("spec", Map.of("entrypoint", "main",
                "templates", List.of(Map.of("name", "main", "container", Map.of("image", image)))));
        t.put("status", Map.of("whatever", "server state"));
        return t;
    }

    @Test
    void eachTemplateIsADocumentOfAVirtualFileWithPositionsInItsText() {
        List<Document> docs = ClusterCatalog.documents("cf-runtime", List.of(template("notify", "busybox:1.36")));

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.WORKFLOW_TEMPLATE);
            assertThat(d.name()).isEqualTo("notify");
            assertThat(d.file().displayPath()).isEqualTo("cluster:cf-runtime/workflowtemplates/notify");
            assertThat(d.file().path()).isEmpty();
            assertThat(d.file().text()).doesNotContain("managedFields").doesNotContain("status:")
                    .contains("resourceVersion: \"42\"");
            YamlNode image = d.root().at("spec", "templates").orElseThrow();
            int line = ((YamlNode.Sequence) image).items().get(0).span().line();
            assertThat(d.file().line(line)).contains("- ");
            assertThat(ClusterCatalog.fromCluster(d)).isTrue();
        });
    }

    @Test
    void aTemplateInTheFilesWinsWithoutADuplicate() {
        List<Document> files = Lint.documents("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: notify
                spec:
                  entrypoint: main
                """);
        List<Document> cluster = ClusterCatalog.documents("ns",
                List.of(template("notify", "old:1"), template("other", "busybox")));

        Catalog merged = ClusterCatalog.merge(files, cluster);

        assertThat(merged.duplicates()).isEmpty();
        assertThat(merged.find(Kind.WORKFLOW_TEMPLATE, "notify")).contains(files.get(0));
        assertThat(merged.find(Kind.WORKFLOW_TEMPLATE, "other").map(ClusterCatalog::fromCluster)).contains(true);
        assertThat(ClusterCatalog.summary(new ClusterCatalog.Fetched("ns", cluster), merged))
                .isEqualTo("1 WorkflowTemplate added from cluster:ns; the files' version used for notify");
    }
}
