package dev.hookctl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where render, simulate and graph read manifests from, and which configuration applies. */
final class ManifestOptions {
    @Option(names = {"-f", "--file"}, paramLabel = "PATH", converter = PathConverter.Text.class,
            description = "A manifest file or folder (repeatable; default: the current folder). '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .hookctl.yaml upwards, stopping at the Git root).",
            converter = PathConverter.class)
    Path config;

    @Option(names = "--no-config", description = "Ignore any .hookctl.yaml.")
    boolean noConfig;

    List<String> inputs() {
        return files.isEmpty() ? List.of(".") : files;
    }
}
