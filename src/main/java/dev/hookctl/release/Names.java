package dev.hookctl.release;

import dev.hookctl.diag.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** One-line errors for names that match nothing, with the known names closest to them. */
final class Names {
    private Names() {}

    /** {@code unknown flow "x"; did you mean "a" or "b"?} (or the known names when none is close). */
    static UserError unknown(String what, String name, Collection<String> known) {
        List<String> close = Suggestions.closestN(name, known, 3);
        String tail;
        if (!close.isEmpty()) {
            tail = "; did you mean " + close.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" or ")) + "?";
        } else if (known.isEmpty()) {
            tail = "; the files hold no " + what + " at all";
        } else {
            List<String> some = known.stream().sorted().limit(8).toList();
            tail = "; known: " + String.join(", ", some) + (known.size() > some.size() ? ", ..." : "");
        }
        return UserError.of("unknown " + what + " \"" + name + "\"" + tail);
    }
}
