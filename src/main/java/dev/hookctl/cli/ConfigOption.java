package dev.hookctl.cli;

import dev.hookctl.lint.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The file {@code --config} names, as lint, render, simulate, graph and fire take it. */
final class ConfigOption {
    private ConfigOption() {}

    /**
     * Prints why {@code given} ({@code resolved} against the working directory) cannot be read as
     * the configuration and returns the exit code; empty when it can be read. Anything that is not
     * a folder and exists is read: a regular file, and as well a pipe or device, such as the
     * /dev/fd/N of a process substitution ({@code --config <(...)}), which a regular-file check refused
     * as "not found".
     */
    static Optional<ExitCode> refused(Console console, Path given, Path resolved) {
        if (Files.isDirectory(resolved)) {
            console.error("--config names a folder, not a configuration file: " + given,
                    "name the file itself, e.g. --config " + given.resolve(ConfigLoader.FILE_NAME));
            return Optional.of(ExitCode.INPUT);
        }
        if (!Files.exists(resolved)) {
            console.error("configuration file not found: " + given, "check the path given to --config");
            return Optional.of(ExitCode.INPUT);
        }
        return Optional.empty();
    }
}
