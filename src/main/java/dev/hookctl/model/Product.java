package dev.hookctl.model;

import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A view of a Product manifest. */
public record Product(Document document) {
    public String name() {
        return document.name();
    }

    public Optional<Text> promotionTemplateRef() {
        return Views.text(document.spec(), "promotionTemplateRef");
    }

    /** The {@code spec.promotionFlows} entries, in priority order. */
    public List<Mapping> promotionFlowEntries() {
        return Views.mappings(document.spec(), "promotionFlows");
    }

    /** The names of the flows the product uses, in priority order. */
    public List<Text> promotionFlowNames() {
        List<Text> out = new ArrayList<>();
        for (Mapping m : promotionFlowEntries()) {
            Views.text(m, "name").ifPresent(out::add);
        }
        return out;
    }
}
