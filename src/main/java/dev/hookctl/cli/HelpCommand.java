package dev.hookctl.cli;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hookctl help [COMMAND]}, as git, kubectl and argo take it: the same as {@code hookctl
 * [COMMAND] --help}. A command of its own so that it is listed, completed and documented like the
 * others; the work is {@link Main#helpCommand}'s, which rewrites the command line before the tree
 * is built (so {@code help lint} builds lint alone, as {@code lint --help} does). picocli parses
 * {@code help} itself only for what the rewrite leaves alone: its own options and more than one
 * COMMAND, a usage error. {@link #call} runs only in a tree built in full (tools, tests), and hands
 * the command line to {@link Main#run}, so both answer alike ({@code CommandTreeTest}).
 */
@Command(name = "help", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Show a command's help, the same as 'hookctl COMMAND --help'."})
final class HelpCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", completionCandidates = CommandNames.class,
            description = "The command to show the help of (default: the list of commands).")
    String command;

    HelpCommand(Console console) {
        this.console = console;
    }

    /** The commands a user sees, for completion. */
    static final class CommandNames extends ArrayList<String> {
        CommandNames() {
            super(CommandTree.commandNames());
        }
    }

    @Override
    public Integer call() {
        return Main.run(command == null ? new String[] {"help"} : new String[] {"help", command}, console);
    }
}
