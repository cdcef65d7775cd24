package dev.hookctl.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain Map trees for Workflows and WorkflowTemplates, as render prints them. */
final class Trees {
    private Trees() {}

    static Map<String, Object> template(String name, String image) {
        return map(
                "apiVersion", "argoproj.io/v1alpha1",
                "kind", "WorkflowTemplate",
                "metadata", map("name", name, "annotations", map("codefresh.io/workflow-origin", "promotion")),
                "spec", map(
                        "entrypoint", "main",
                        "arguments", map("parameters", List.of(map("name", "PRODUCT_NAME"), map("name", "SLACK_TOKEN"))),
                        "templates", List.of(map("name", "main", "container",
                                map("image", image, "command", List.of("sh", "-c", "echo hello"))))));
    }

    static Map<String, Object> workflowByRef(String template, String secretValue) {
        return map(
                "apiVersion", "argoproj.io/v1alpha1",
                "kind", "Workflow",
                "metadata", map("generateName", template + "-",
                        "labels", map("workflows.argoproj.io/workflow-template", template)),
                "spec", map(
                        "workflowTemplateRef", map("name", template),
                        "arguments", map("parameters", List.of(
                                map("name", "PRODUCT_NAME", "value", "shop"),
                                map("name", "SLACK_TOKEN", "value", secretValue)))));
    }

    static Map<String, Object> inlineWorkflow(String generateName) {
        return map(
                "apiVersion", "argoproj.io/v1alpha1",
                "kind", "Workflow",
                "metadata", map("generateName", generateName),
                "spec", map(
                        "entrypoint", "main",
                        "templates", List.of(map("name", "main", "container",
                                map("image", "busybox:1.36", "command", List.of("sh", "-c", "echo inline-hello"))))));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
