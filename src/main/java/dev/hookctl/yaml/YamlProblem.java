package dev.hookctl.yaml;

import java.util.Optional;

/**
 * Something wrong with the YAML itself. {@code code} is the rule id the loader reports it under
 * (yaml-syntax, yaml-duplicate-key, yaml-limit, yaml-encoding); {@code related} points at the
 * other place involved, such as the first occurrence of a duplicate key.
 */
public record YamlProblem(String code, String message, String hint, Span span, Optional<Span> related) {
    public static final String SYNTAX = "yaml-syntax";
    public static final String DUPLICATE_KEY = "yaml-duplicate-key";
    public static final String LIMIT = "yaml-limit";
    public static final String ENCODING = "yaml-encoding";
}
