package dev.hookctl.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of internal errors and more detail.")
    boolean verbose;

    @Option(names = "--no-color", description = "Never colour the output (colour is only used on a terminal; NO_COLOR is honoured).")
    boolean noColor;
}
