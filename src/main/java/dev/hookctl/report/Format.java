package dev.hookctl.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code hookctl lint}. */
public enum Format {
    TEXT, JSON, SARIF, GITHUB, JUNIT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> parse(String s) {
        for (Format f : values()) {
            if (f.label().equalsIgnoreCase(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether the report names hookctl's version (JSON and SARIF do; reading it costs a resource lookup). */
    public boolean namesToolVersion() {
        return this == JSON || this == SARIF;
    }

    public Reporter reporter() {
        return switch (this) {
            case TEXT -> new TextReporter();
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case GITHUB -> new GithubReporter();
            case JUNIT -> new JunitReporter();
        };
    }
}
