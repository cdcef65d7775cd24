package dev.hookctl.term;

import java.util.ArrayList;
import java.util.List;

/**
 * What the confirmation before firing shows: where (cluster context, namespace), what (hook, event)
 * and with which arguments, secret values masked.
 */
public record FiringSummary(String context, String namespace, String hook, String event, List<Argument> arguments) {
    public FiringSummary {
        arguments = List.copyOf(arguments);
    }

    /** The lines above the question, aligned. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("context:    " + context);
        out.add("namespace:  " + namespace);
        out.add("hook:       " + hook);
        out.add("event:      " + event);
        if (arguments.isEmpty()) {
            out.add("arguments:  (none)");
        } else {
            out.add("arguments:");
            int w = arguments.stream().mapToInt(a -> a.name().length()).max().orElse(0);
            for (Argument a : arguments) {
                out.add("  " + a.name() + " ".repeat(w - a.name().length()) + " = " + a.shown());
            }
        }
        return out;
    }

    public String question() {
        return "Fire " + hook + " in " + context + "/" + namespace + "? [y/N] ";
    }
}
