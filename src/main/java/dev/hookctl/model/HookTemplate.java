package dev.hookctl.model;

import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A view of an Argo WorkflowTemplate or Workflow as Codefresh uses it for hooks and pre/post
 * actions: the annotation that makes it a Promotion Workflow, its service account, and its
 * declared arguments.
 */
public record HookTemplate(Document document) {
    public static final String ORIGIN_ANNOTATION = "codefresh.io/workflow-origin";
    public static final String ORIGIN_PROMOTION = "promotion";

    public String name() {
        return document.name();
    }

    public Optional<String> origin() {
        return document.annotation(ORIGIN_ANNOTATION);
    }

    public boolean isPromotionWorkflow() {
        return origin().filter(ORIGIN_PROMOTION::equals).isPresent();
    }

    public Optional<Mapping> spec() {
        return document.spec();
    }

    public Optional<Text> serviceAccountName() {
        return Views.text(spec(), "serviceAccountName");
    }

    public List<WorkflowParameter> arguments() {
        List<WorkflowParameter> out = new ArrayList<>();
        for (Mapping m : Views.mappings(spec().flatMap(s -> s.mapping("arguments")), "parameters")) {
            out.add(new WorkflowParameter(m));
        }
        return out;
    }

    public Optional<WorkflowParameter> argument(String name) {
        for (WorkflowParameter p : arguments()) {
            if (p.name().map(Text::value).filter(name::equals).isPresent()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@code spec.templates}, the mappings only. */
    public List<Mapping> templates() {
        return Views.mappings(spec(), "templates");
    }
}
