package dev.hookctl.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds hookctl's picocli command tree with lazily reflected subcommands.
 *
 * <p>picocli reflects every subcommand class (annotations, fields, mixins) when the tree is
 * built, which is most of a start-up. Here the top command lists each subcommand of
 * {@link HookctlCommand}'s {@code subcommands} as a placeholder that carries only what the
 * top-level help shows (name, aliases, description, hidden), and a subcommand's full model is
 * reflected when the command line names it, before picocli parses anything. Parsing, help and
 * errors are picocli's own, so every command behaves exactly as with an eagerly built tree
 * ({@code CommandTreeTest} compares the two). Tools that need every option of every command
 * (completion scripts, manual pages) use {@link #full}.
 */
final class CommandTree {
    private CommandTree() {}

    /** The tree for one command line: only the subcommand it names is reflected in full. */
    static CommandLine forArgs(IFactory factory, String[] args) {
        CommandLine top = skeleton(factory);
        subcommandNamed(top, args).ifPresent(name -> materialize(top, factory, List.of(name)));
        return top;
    }

    /** The tree with every subcommand reflected in full. */
    static CommandLine full(IFactory factory) {
        CommandLine top = skeleton(factory);
        materialize(top, factory, new ArrayList<>(top.getSubcommands().keySet()));
        return top;
    }

    /** The subcommand classes, in the order {@link HookctlCommand} declares them. */
    static List<Class<?>> subcommandClasses() {
        return List.of(HookctlCommand.class.getAnnotation(Command.class).subcommands());
    }

    private static CommandLine skeleton(IFactory factory) {
        Command annotation = HookctlCommand.class.getAnnotation(Command.class);
        HookctlCommand instance = create(factory, HookctlCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(instance, factory);
        spec.name(annotation.name());
        spec.usageMessage().description(annotation.description());
        spec.versionProvider(create(factory, annotation.versionProvider()));
        spec.mixinStandardHelpOptions(annotation.mixinStandardHelpOptions());
        instance.spec = spec;
        for (Class<?> sub : subcommandClasses()) {
            spec.addSubcommand(nameOf(sub), new CommandLine(placeholder(sub, factory), factory));
        }
        return new CommandLine(spec, factory);
    }

    private static CommandSpec placeholder(Class<?> sub, IFactory factory) {
        Command c = sub.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(sub, factory);
        spec.name(c.name());
        spec.aliases(c.aliases());
        spec.usageMessage().description(c.description()).hidden(c.hidden());
        return spec;
    }

    /**
     * The subcommand a command line names: its first argument that is not an option, when that
     * is a subcommand name or alias (the top command has no option that takes a value).
     */
    private static java.util.Optional<String> subcommandNamed(CommandLine top, String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("-")) {
                return top.getSubcommands().containsKey(arg)
                        ? java.util.Optional.of(top.getSubcommands().get(arg).getCommandName())
                        : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** Replaces placeholders by fully reflected commands, keeping the declared order. */
    private static void materialize(CommandLine top, IFactory factory, List<String> names) {
        Map<String, CommandLine> current = new LinkedHashMap<>();
        for (CommandLine sub : top.getCommandSpec().subcommands().values()) {
            current.putIfAbsent(sub.getCommandName(), sub);
        }
        for (String name : current.keySet()) {
            top.getCommandSpec().removeSubcommand(name);
        }
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        for (Class<?> cls : subcommandClasses()) {
            classes.put(nameOf(cls), cls);
        }
        for (Map.Entry<String, CommandLine> e : current.entrySet()) {
            CommandLine sub = e.getValue();
            if (names.contains(e.getKey()) && classes.containsKey(e.getKey())) {
                sub = new CommandLine(classes.get(e.getKey()), factory);
            }
            top.getCommandSpec().addSubcommand(e.getKey(), sub);
        }
    }

    private static String nameOf(Class<?> sub) {
        return sub.getAnnotation(Command.class).name();
    }

    private static <K> K create(IFactory factory, Class<K> cls) {
        try {
            return factory.create(cls);
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot create " + cls.getName() + ": " + e, e);
        }
    }
}
