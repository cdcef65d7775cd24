package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.lint.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The lazily built command tree (top from the build's command index, only the named subcommand
 * built, from its generated model) behaves exactly like picocli's eagerly reflected one: same
 * output, errors and exit code for help, version, usage errors, every subcommand's help, and
 * command lines with option values that run through to the command.
 */
class CommandTreeTest {
    private static final Path HERE = Path.of("").toAbsolutePath();

    static Stream<List<String>> commandLines() {
        List<List<String>> lines = new ArrayList<>(List.of(
                List.of(), List.of("--help"), List.of("-h"), List.of("--version"), List.of("lnt"),
                List.of("--bogus"), List.of("--help", "lint"), List.of("lint", "--bogus"),
                List.of("lint", "--format", "xml", "nowhere"), List.of("rules", "no-such-rule"),
                // options with values, repeated, overwritten or missing one; '--'; through to the command
                List.of("lint", "--format", "json", "--fail-on", "warning", "nowhere.yaml"),
                List.of("lint", "-f", "nowhere.yaml", "--file=other.yaml", "--no-config"),
                List.of("lint", "--format=sarif", "--format", "json", "nowhere.yaml"), List.of("lint", "--format"),
                List.of("lint", "--", "--format"), List.of("lint", "-vn", "ns", "--request-timeout"),
                List.of("rules", "-o", "json", RuleRegistry.standard().rules().get(0).id()),
                List.of("rules", "--output=json", "a", "b"),
                List.of("render", "hook", "-p", "A=1", "-p", "B=2", "--on", "start", "-f", "nowhere.yaml"),
                List.of("render", "--on"), List.of("simulate", "--fail", "qa", "--fail", "prod=x", "-f", "nowhere"),
                List.of("graph", "-o", "dot", "-f", "nowhere"),
                List.of("fire", "hook", "--dry-run", "client", "-f", "nowhere.yaml"), List.of("fire", "--dry-run"),
                List.of("completion", "zsh"), List.of("completion", "bash", "fish"),
                List.of("__complete", "bogus", "--", "-f", "nowhere.yaml"),
                // help: rewritten by Main for the lazy tree, run by HelpCommand in the eager one
                List.of("help"), List.of("help", "lint"), List.of("help", "help"), List.of("help", "lint", "render"),
                List.of("help", "-h"),
                // the top command's standard help options are hand-built (CommandTree.standardHelpOptions)
                List.of("--help=true"), List.of("-V=false"), List.of("-hV")));
        for (Class<?> sub : CommandTree.subcommandClasses()) {
            String name = sub.getAnnotation(CommandLine.Command.class).name();
            lines.add(List.of(name, "--help"));
            lines.add(List.of(name, "--no-such-option"));
        }
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void theLazyTreeAnswersLikeTheEagerOne(List<String> args) {
        String lazy = run(args, false);
        String eager = run(args, true);
        assertThat(lazy).as("hookctl %s", String.join(" ", args)).isEqualTo(eager);
    }

    @org.junit.jupiter.api.Test
    void theBuildsCommandIndexMatchesTheAnnotations() {
        assertThat(CommandIndex.load()).as("the build generates %s (process-classes)", CommandIndex.GENERATED)
                .isPresent();
        assertThat(CommandIndex.load().orElseThrow()).isEqualTo(CommandIndex.fromAnnotations());
    }

    @org.junit.jupiter.api.Test
    void aCommandLineStartingWithASubcommandBuildsThatOneAlone() {
        Main.ConsoleFactory factory = new Main.ConsoleFactory(new Console(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), HERE, Map.of(), false, false));
        assertThat(CommandTree.forArgs(factory, new String[] {"lint", "--format", "json"}).getSubcommands())
                .containsOnlyKeys("lint");
        List<String> all = CommandTree.subcommandClasses().stream()
                .map(c -> c.getAnnotation(CommandLine.Command.class).name()).toList();
        // the top command's own option first, or no subcommand: every subcommand is listed
        assertThat(CommandTree.forArgs(factory, new String[] {"--help", "lint"}).getSubcommands().keySet())
                .containsExactlyElementsOf(all);
        assertThat(CommandTree.forArgs(factory, new String[] {"lnt"}).getSubcommands().keySet())
                .containsExactlyElementsOf(all);
    }

    @org.junit.jupiter.api.Test
    void everyPathOptionNamesOurConverterForPicocliHasNone() {
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), HERE, Map.of(), false, false);
        List<String> pathOptions = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(List.of(Main.commandLine(console)));
        while (!todo.isEmpty()) {
            CommandLine cl = todo.remove(todo.size() - 1);
            todo.addAll(cl.getSubcommands().values());
            for (CommandLine.Model.ArgSpec arg : cl.getCommandSpec().args()) {
                if (arg.type() == Path.class) {
                    pathOptions.add(cl.getCommandName() + " " + arg.paramLabel());
                    assertThat(arg.converters()).as("%s %s", cl.getCommandName(), arg)
                            .anyMatch(c -> c instanceof PathConverter);
                }
            }
        }
        assertThat(pathOptions).as("the test sees the Path options").isNotEmpty();
    }

    /** An empty path would otherwise be the current folder: every option naming a file or folder refuses it. */
    @org.junit.jupiter.api.Test
    void everyOptionWhoseValueIsAFileRefusesAnEmptyPath() {
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), HERE, Map.of(), false, false);
        List<String> fileOptions = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(List.of(Main.commandLine(console)));
        while (!todo.isEmpty()) {
            CommandLine cl = todo.remove(todo.size() - 1);
            todo.addAll(cl.getSubcommands().values());
            for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
                if (ValueKind.of(o) == ValueKind.FILE) {
                    fileOptions.add(cl.getCommandName() + " " + o.longestName());
                    assertThat(o.converters()).as("%s %s", cl.getCommandName(), o.longestName())
                            .anyMatch(c -> c instanceof PathConverter || c instanceof PathConverter.Text);
                }
            }
        }
        assertThat(fileOptions).as("the test sees the file options")
                .contains("lint --output", "lint --file", "lint --changed", "simulate --render-dir",
                        "render --parameter-file", "fire --kubeconfig", "graph --file");
    }

    private static String run(List<String> args, boolean eager) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), HERE, Map.of(), false, false);
        int code;
        if (eager) {
            CommandLine cl = Main.configure(new CommandLine(HookctlCommand.class, new Main.ConsoleFactory(console)),
                    console);
            code = cl.execute(args.toArray(String[]::new));
        } else {
            code = Main.run(args.toArray(String[]::new), console);
        }
        return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
    }
}
