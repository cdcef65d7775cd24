package dev.hookctl.yaml;

/**
 * Bounds that keep hostile input cheap: a manifest never comes close to any of them, and each
 * breach is reported as a {@code yaml-limit} diagnostic rather than a hang or a crash.
 */
public record YamlLimits(long maxFileBytes, int maxDepth, long maxAliasNodes, int maxDocuments) {
    public static final YamlLimits DEFAULT = new YamlLimits(8L * 1024 * 1024, 200, 100_000, 10_000);
}
