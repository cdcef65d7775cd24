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

    public String name() {
        return document.name();
    }

    public Optional<String> origin() {
        return document.annotation(Document.ORIGIN_ANNOTATION);
    }

    /** Annotated {@code codefresh.io/workflow-origin: promotion} (read when the document was made). */
    public boolean isPromotionWorkflow() {
        return document.promotionOrigin();
    }

    public Optional<Mapping> spec() {
        return document.spec();
    }

    public Optional<Text> serviceAccountName() {
        return Views.text(spec(), "serviceAccountName");
    }

    public List<WorkflowParameter> arguments() {
        Mapping spec = document.root().mappingOrNull("spec");
        List<Mapping> parameters = Views.mappings(spec == null ? null : spec.mappingOrNull("arguments"), "parameters");
        List<WorkflowParameter> out = new ArrayList<>(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            out.add(new WorkflowParameter(parameters.get(i)));
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
