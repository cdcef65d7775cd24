package dev.hookctl.diag;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. Ordered: ERROR is the most severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text) || (s == WARNING && text.equalsIgnoreCase("warn"))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
