package dev.hookctl.model;

import java.util.Optional;

/** When a hook fires within its scope, and the key a flow assigns it under. */
public enum Phase {
    START("onStart", "start"), SUCCESS("onSuccess", "success"), FAIL("onFail", "fail");

    private final String key;
    private final String word;

    Phase(String key, String word) {
        this.key = key;
        this.word = word;
    }

    /** The key under {@code hooks:} in a flow: onStart, onSuccess, onFail. */
    public String key() {
        return key;
    }

    /** The word used on the command line: start, success, fail. */
    public String word() {
        return word;
    }

    public static Optional<Phase> ofKey(String key) {
        for (Phase p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Optional<Phase> ofWord(String word) {
        for (Phase p : values()) {
            if (p.word.equalsIgnoreCase(word) || p.key.equalsIgnoreCase(word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
