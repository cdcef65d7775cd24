package dev.hookctl.model;

import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.Optional;

/** A view of a PromotionPolicy manifest. */
public record PromotionPolicy(Document document) {
    public String name() {
        return document.name();
    }

    public Optional<Mapping> policy() {
        return document.spec().flatMap(s -> s.mapping("policy"));
    }

    public Optional<Text> action() {
        return Views.text(policy(), "action");
    }

    public Optional<Text> preAction() {
        return Views.text(policy(), "preAction");
    }

    public Optional<Text> postAction() {
        return Views.text(policy(), "postAction");
    }
}
