package dev.hookctl.load;

import dev.hookctl.diag.Location;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.Optional;

/** One manifest: a document of a file whose root is a mapping with a kind hookctl knows. */
public record Document(SourceFile file, int index, Kind kind, Mapping root) {

    public String apiVersion() {
        return root.text("apiVersion").orElse("");
    }

    public Optional<Mapping> metadata() {
        return root.mapping("metadata");
    }

    public Optional<Mapping> spec() {
        return root.mapping("spec");
    }

    /** {@code metadata.name}, or "" when it is missing (a rule reports that). */
    public String name() {
        return metadata().flatMap(m -> m.text("name")).orElse("");
    }

    public Optional<String> annotation(String key) {
        return metadata().flatMap(m -> m.mapping("annotations")).flatMap(a -> a.text(key));
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
