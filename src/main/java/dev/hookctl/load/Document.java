package dev.hookctl.load;

import dev.hookctl.diag.Location;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.Optional;

/**
 * One manifest: a document of a file whose root is a mapping with a kind hookctl knows. Read from
 * the root when the document is made: {@code apiVersion} and {@code name} ({@code metadata.name}),
 * "" when missing (rules report that), and {@code promotionOrigin}, whether it is annotated
 * {@code codefresh.io/workflow-origin: promotion}, which makes a workflow a Promotion Workflow.
 * Every check asks for them, the summary counts by the last, and the loader makes documents while
 * their trees are still in the processor's cache.
 */
public record Document(SourceFile file, int index, Kind kind, Mapping root, String apiVersion, String name,
                       boolean promotionOrigin) {
    /** The annotation that marks a Promotion Workflow with {@link #ORIGIN_PROMOTION}. */
    public static final String ORIGIN_ANNOTATION = "codefresh.io/workflow-origin";
    private static final String ORIGIN_PROMOTION = "promotion";

    /** Checks that the read components are the root's (make documents with the other constructor). */
    public Document {
        if (!apiVersion.equals(apiVersionOrEmpty(root)) || !name.equals(nameOrEmpty(root))
                || promotionOrigin != promotionOrigin(root)) {
            throw new IllegalArgumentException("apiVersion, name and origin must be the ones in the document's root");
        }
    }

    public Document(SourceFile file, int index, Kind kind, Mapping root) {
        this(file, index, kind, root, apiVersionOrEmpty(root), nameOrEmpty(root), promotionOrigin(root));
    }

    private static String apiVersionOrEmpty(Mapping root) {
        String v = root.textOrNull("apiVersion");
        return v == null ? "" : v;
    }

    private static boolean promotionOrigin(Mapping root) {
        Mapping metadata = root.mappingOrNull("metadata");
        Mapping annotations = metadata == null ? null : metadata.mappingOrNull("annotations");
        return annotations != null && ORIGIN_PROMOTION.equals(annotations.textOrNull(ORIGIN_ANNOTATION));
    }

    private static String nameOrEmpty(Mapping root) {
        Mapping metadata = root.mappingOrNull("metadata");
        String name = metadata == null ? null : metadata.textOrNull("name");
        return name == null ? "" : name;
    }

    public Optional<Mapping> metadata() {
        return Optional.ofNullable(root.mappingOrNull("metadata"));
    }

    public Optional<Mapping> spec() {
        return Optional.ofNullable(root.mappingOrNull("spec"));
    }

    public Optional<String> annotation(String key) {
        Mapping metadata = root.mappingOrNull("metadata");
        Mapping annotations = metadata == null ? null : metadata.mappingOrNull("annotations");
        return annotations == null ? Optional.empty() : Optional.ofNullable(annotations.textOrNull(key));
    }

    public Location at(YamlNode node) {
        return Location.of(file, node);
    }

    /** Where to point when the document as a whole is at fault: its name, else its kind, else its start. */
    public Location anchor() {
        return metadata().flatMap(m -> m.get("name")).map(this::at)
                .or(() -> root.get("kind").map(this::at))
                .orElse(at(root));
    }

    @Override
    public String toString() {
        return kind.kindName() + "/" + name() + " (" + file.displayPath() + ")";
    }
}
