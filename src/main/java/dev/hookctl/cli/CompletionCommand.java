package dev.hookctl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hookctl completion bash|zsh|fish}: prints the shell completion script (as in completions/). */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print the shell completion script for bash, zsh or fish.",
            "bash: source <(hookctl completion bash)   zsh: source <(hookctl completion zsh)",
            "fish: hookctl completion fish > ~/.config/fish/completions/hookctl.fish"})
final class CompletionCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash, zsh or fish.")
    String shell;

    CompletionCommand(Console console) {
        this.console = console;
    }

    /** The shells, for the usage message and for completing this command itself. */
    static final class Shells extends java.util.ArrayList<String> {
        Shells() {
            super(Completions.SHELLS);
        }
    }

    @Override
    public Integer call() {
        if (!Completions.SHELLS.contains(shell)) {
            console.error("unsupported shell \"" + shell + "\"", "use one of: " + String.join(", ", Completions.SHELLS));
            return ExitCode.USAGE.code();
        }
        console.out().print(Completions.script(shell, Main.commandLine(console).getCommandSpec()));
        console.out().flush();
        return ExitCode.OK.code();
    }
}
