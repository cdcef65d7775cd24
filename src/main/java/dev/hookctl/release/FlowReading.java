package dev.hookctl.release;

import dev.hookctl.load.Document;
import dev.hookctl.model.Phase;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a flow that render, simulate, graph and fire read and the model would have to skip:
 * a value of the wrong type reads as absent (lint's {@code wrong-type} reports it), so a step
 * without a mapping, a {@code dependsOn} that is not a list or a hook given as a list would
 * silently drop an environment, a dependency or a hook. These commands refuse such a flow, the way
 * kubectl and Argo refuse an object that does not match its schema, instead of showing a release
 * the real one would not be.
 */
final class FlowReading {
    private FlowReading() {}

    /** The refusal for a flow with unreadable parts, or empty when the model reads all of it. */
    static Optional<UserError> refusal(PromotionFlow flow) {
        List<String> problems = problems(flow);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String file = flow.document().file().displayPath();
        return Optional.of(new UserError("flow \"" + flow.name() + "\" cannot be read as written: " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                "run 'hookctl lint " + file + "' for its problems and fix them first"));
    }

    /** Each unreadable part as {@code PATH must be a TYPE (FILE:LINE:COLUMN)}, in document order. */
    static List<String> problems(PromotionFlow flow) {
        List<String> out = new ArrayList<>();
        Document d = flow.document();
        Optional<Mapping> spec = flow.spec();
        if (spec.isEmpty()) {
            return out;
        }
        scalar(d, spec.get(), "triggerEnvironment", "spec.triggerEnvironment", out);
        hooks(d, spec.get(), "spec.hooks", out);
        Optional<YamlNode> steps = spec.get().get("steps");
        if (steps.isPresent() && !isNull(steps.get())) {
            if (!(steps.get() instanceof Sequence seq)) {
                out.add(wrong(d, "spec.steps", "list", steps.get()));
                return out;
            }
            for (int i = 0; i < seq.size(); i++) {
                String path = "spec.steps[" + i + "]";
                if (!(seq.item(i) instanceof Mapping step)) {
                    out.add(wrong(d, path, "mapping", seq.item(i)));
                    continue;
                }
                scalar(d, step, "environment", path + ".environment", out);
                Optional<YamlNode> deps = step.get("dependsOn");
                if (deps.isPresent() && !isNull(deps.get())) {
                    if (deps.get() instanceof Sequence list) {
                        for (int j = 0; j < list.size(); j++) {
                            if (!isText(list.item(j))) {
                                out.add(wrong(d, path + ".dependsOn[" + j + "]", "string", list.item(j)));
                            }
                        }
                    } else {
                        out.add(wrong(d, path + ".dependsOn", "list", deps.get()));
                    }
                }
                hooks(d, step, path + ".hooks", out);
            }
        }
        return out;
    }

    private static void hooks(Document d, Mapping owner, String path, List<String> out) {
        Optional<YamlNode> hooks = owner.get("hooks");
        if (hooks.isEmpty() || isNull(hooks.get())) {
            return;
        }
        if (!(hooks.get() instanceof Mapping m)) {
            out.add(wrong(d, path, "mapping", hooks.get()));
            return;
        }
        for (Phase p : Phase.values()) {
            scalar(d, m, p.key(), path + "." + p.key(), out);
        }
    }

    private static void scalar(Document d, Mapping owner, String key, String path, List<String> out) {
        owner.get(key).filter(v -> !isText(v) && !isNull(v)).ifPresent(v -> out.add(wrong(d, path, "string", v)));
    }

    /**
     * A string, as the CRD's schema wants for names: an unquoted {@code true} or {@code 7} is a
     * boolean or a number, which the API server refuses (lint reports it as wrong-type).
     */
    private static boolean isText(YamlNode node) {
        return node instanceof Scalar s && s.isString();
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof Scalar s && s.isNull();
    }

    private static String wrong(Document d, String path, String type, YamlNode node) {
        String actual = node instanceof Mapping ? "a mapping" : node instanceof Sequence ? "a list"
                : node instanceof Scalar s && s.type() == YamlNode.ScalarType.BOOL ? "an unquoted boolean"
                : node instanceof Scalar s && !s.isString() ? "an unquoted number" : "a string";
        return path + " must be a " + type + ", not " + actual + " (" + d.at(node) + ")";
    }
}
