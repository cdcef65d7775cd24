package dev.hookctl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the value of an option or positional parameter is, for shell completion. Decided from
 * the command model alone, so commands added later complete without changes here: an explicit
 * {@code completionCandidates} list wins; then the parameter label or the option name says
 * whether the value is a Promotion Flow ({@code FLOW}, {@code --flow}), a hook workflow
 * ({@code HOOK}, {@code --hook}) or an environment ({@code ENV}, {@code --env},
 * {@code --trigger-env}); then files and folders ({@code PATH}, {@code FILE}, {@code DIR} or a
 * Path/File type).
 */
enum ValueKind {
    /** No value (a flag). */
    NONE(""),
    /** One of the option's {@code completionCandidates}. */
    CHOICES(""),
    FLOW("flows"),
    HOOK("hooks"),
    ENVIRONMENT("environments"),
    FILE(""),
    /** A value the shell cannot guess. */
    TEXT("");

    /** The argument of {@code hookctl __complete} that lists names of this kind. */
    private final String listName;

    ValueKind(String listName) {
        this.listName = listName;
    }

    Optional<String> listName() {
        return listName.isEmpty() ? Optional.empty() : Optional.of(listName);
    }

    static ValueKind of(ArgSpec arg) {
        if (arg.isOption() && arg.arity().max() == 0) {
            return NONE;
        }
        if (!candidates(arg).isEmpty()) {
            return CHOICES;
        }
        List<String> words = new ArrayList<>();
        // the label's leading word: ENV of "ENV[=MESSAGE]", HOOK of "HOOK=JSON"
        words.add(arg.paramLabel().replaceAll("^[^A-Za-z]*([A-Za-z-]*).*$", "$1"));
        if (arg instanceof OptionSpec o) {
            words.add(o.longestName());
        }
        for (String w : words) {
            String k = w.toLowerCase(Locale.ROOT);
            if (k.matches("(.*-)?flows?")) {
                return FLOW;
            }
            if (k.matches("(.*-)?(hooks?|workflows?|templates?)")) {
                return HOOK;
            }
            if (k.matches("(.*-)?(envs?|environments?)")) {
                return ENVIRONMENT;
            }
        }
        Class<?> type = arg.type();
        String label = words.get(0).toUpperCase(Locale.ROOT);
        if (type == java.nio.file.Path.class || type == java.io.File.class
                || label.equals("PATH") || label.equals("FILE") || label.equals("DIR") || label.equals("FOLDER")) {
            return FILE;
        }
        return TEXT;
    }

    static List<String> candidates(ArgSpec arg) {
        List<String> out = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(out::add);
        }
        return out;
    }
}
