package dev.hookctl.load;

import dev.hookctl.diag.Location;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.Optional;

/** One manifest: a document of a file whose root is a mapping with a kind hookctl knows. */
public record Document(SourceFile file, int index, Kind kind, Mapping root) {

    // Every check asks these of every document: they read the tree without Optional chains.

    public String apiVersion() {
        String v = root.textOrNull("apiVersion");
        return v == null ? "" : v;
    }

    public Optional<Mapping> metadata() {
        return Optional.ofNullable(root.mappingOrNull("metadata"));
    }

    public Optional<Mapping> spec() {
        return Optional.ofNullable(root.mappingOrNull("spec"));
    }

    /** {@code metadata.name}, or "" when it is missing (a rule reports that). */
    public String name() {
        Mapping metadata = root.mappingOrNull("metadata");
        String name = metadata == null ? null : metadata.textOrNull("name");
        return name == null ? "" : name;
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
