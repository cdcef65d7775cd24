package dev.hookctl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: prints help when run alone. */
@Command(name = "hookctl",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Lint, render, simulate and fire Codefresh GitOps promotion hooks.",
            "Reads Promotion Flows, Products, Policies and Argo WorkflowTemplates from a Git checkout."},
        subcommands = {LintCommand.class, RulesCommand.class, RenderCommand.class, SimulateCommand.class,
            GraphCommand.class, FireCommand.class, CompletionCommand.class, HelpCommand.class, CompleteCommand.class})
final class HookctlCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
