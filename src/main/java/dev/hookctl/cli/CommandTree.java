package dev.hookctl.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds hookctl's picocli command tree with lazily built subcommands, none of them reflected.
 *
 * <p>picocli reflects every subcommand class (annotations, fields, mixins) when the tree is
 * built, which is most of a start-up. Here the top command lists each subcommand of
 * {@link HookctlCommand}'s {@code subcommands} as a placeholder that carries only what the
 * top-level help shows (name, aliases, description, hidden), read from the build's
 * {@link CommandIndex} rather than from the annotations, and a subcommand's full model is built
 * when the command line names it, before picocli parses anything, by the code the build generated
 * for it ({@link CommandModel}); a build without that code (one that skipped
 * {@code process-classes}) reflects the subcommand instead; when the command line starts with the
 * subcommand, the others are left out (see {@link #forArgs}). Parsing, help and errors are picocli's
 * own, so every command behaves exactly as with picocli's eagerly reflected tree
 * ({@code CommandTreeTest} compares the two, {@code CommandModelTest} each generated model with the
 * reflected one). Tools that need every option of every command (completion scripts, manual pages)
 * use {@link #full}, built the same way.
 */
final class CommandTree {
    private CommandTree() {}

    /**
     * The tree for one command line: the subcommand it names is built in full. When the command
     * line starts with that subcommand, it is the only one the top command has: nothing in a
     * subcommand's parsing, help or errors looks at its siblings, and each placeholder is a
     * {@code CommandLine} with its own converter registry (about 14 ms of a start for the seven).
     * Otherwise (an option of the top command first, such as {@code --help lint}, which shows the
     * top command's help; no subcommand; a mistyped one) every subcommand is there, for the
     * command list and "did you mean".
     */
    static CommandLine forArgs(IFactory factory, String[] args) {
        CommandIndex index = index();
        Optional<CommandIndex.Entry> named = subcommandNamed(index, args);
        boolean first = named.isPresent() && args.length > 0 && names(named.get(), args[0]);
        CommandLine top = skeleton(factory, index, first ? named : Optional.empty());
        named.ifPresent(sub -> materialize(top, factory, index, List.of(sub.name())));
        return top;
    }

    /** Whether {@code arg} names a subcommand (or one of its aliases). */
    static boolean isCommand(String arg) {
        for (CommandIndex.Entry sub : index().subcommands()) {
            if (names(sub, arg)) {
                return true;
            }
        }
        return false;
    }

    /** The names of the commands a user sees (not hidden ones), in the order {@link HookctlCommand} declares them. */
    static List<String> commandNames() {
        return index().subcommands().stream().filter(sub -> !sub.hidden()).map(CommandIndex.Entry::name).toList();
    }

    private static boolean names(CommandIndex.Entry sub, String arg) {
        return sub.name().equals(arg) || sub.aliases().contains(arg);
    }

    /** The tree with every subcommand built in full. */
    static CommandLine full(IFactory factory) {
        CommandIndex index = index();
        CommandLine top = skeleton(factory, index, Optional.empty());
        materialize(top, factory, index, new ArrayList<>(top.getSubcommands().keySet()));
        return top;
    }

    private static CommandIndex index() {
        return CommandIndex.load().orElseGet(CommandIndex::fromAnnotations);
    }

    /** The subcommand classes, in the order {@link HookctlCommand} declares them. */
    static List<Class<?>> subcommandClasses() {
        return List.of(HookctlCommand.class.getAnnotation(Command.class).subcommands());
    }

    /** The top command with a placeholder for {@code only}, or for every subcommand when it is empty. */
    private static CommandLine skeleton(IFactory factory, CommandIndex index, Optional<CommandIndex.Entry> only) {
        HookctlCommand instance = create(factory, HookctlCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(instance, factory);
        spec.name(index.name());
        spec.usageMessage().description(index.description().toArray(String[]::new));
        spec.versionProvider((CommandLine.IVersionProvider) create(factory, load(index.versionProvider())));
        if (index.standardHelp()) {
            spec.addMixin(STANDARD_HELP, standardHelpOptions());
        }
        instance.spec = spec;
        for (CommandIndex.Entry sub : only.map(List::of).orElse(index.subcommands())) {
            spec.addSubcommand(sub.name(), new CommandLine(placeholder(sub, factory), factory));
        }
        return new CommandLine(spec, factory);
    }

    /** The mixin name picocli gives the standard help options. */
    static final String STANDARD_HELP = "mixinStandardHelpOptions";

    /**
     * picocli's standard -h/--help and -V/--version options, as picocli's own
     * {@code mixinStandardHelpOptions} builds them (names, labels, arity, initial values, ...) but
     * without reflecting its annotated mixin class, for the top command and the generated models.
     * picocli binds them to two fields of that private class; these hold their values themselves.
     */
    static CommandSpec standardHelpOptions() {
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(standardHelpOption("-h", "--help", "helpRequested", "help", "Show this help message and exit.")
                .usageHelp(true).build());
        mixin.addOption(standardHelpOption("-V", "--version", "versionRequested", "version",
                "Print version information and exit.").versionHelp(true).build());
        return mixin;
    }

    private static OptionSpec.Builder standardHelpOption(String shortName, String longName, String field, String key,
                                                         String description) {
        return OptionSpec.builder(shortName, longName).type(boolean.class)
                .arity(CommandLine.Range.valueOf("0").unspecified(true)) // a boolean's arity: --help=true parses
                .paramLabel("<" + field + ">").prompt("").descriptionKey(STANDARD_HELP + "." + key)
                .description(description).hasInitialValue(true).initialValue(false)
                .withToString("field boolean picocli.CommandLine$AutoHelpMixin." + field);
    }

    private static CommandSpec placeholder(CommandIndex.Entry sub, IFactory factory) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(sub.className(), factory);
        spec.name(sub.name());
        spec.aliases(sub.aliases().toArray(String[]::new));
        spec.usageMessage().description(sub.description().toArray(String[]::new)).hidden(sub.hidden());
        return spec;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, CommandTree.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new CommandLine.InitializationException("the command index names a missing class " + className
                    + "; rebuild hookctl (mvn package)", e);
        }
    }

    /**
     * The subcommand a command line names: its first argument that is not an option, when that
     * is a subcommand name or alias (the top command has no option that takes a value).
     */
    private static Optional<CommandIndex.Entry> subcommandNamed(CommandIndex index, String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("-")) {
                for (CommandIndex.Entry sub : index.subcommands()) {
                    if (names(sub, arg)) {
                        return Optional.of(sub);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Replaces placeholders by full commands, keeping the declared order. */
    private static void materialize(CommandLine top, IFactory factory, CommandIndex index, List<String> names) {
        Map<String, CommandLine> current = new LinkedHashMap<>();
        for (CommandLine sub : top.getCommandSpec().subcommands().values()) {
            current.putIfAbsent(sub.getCommandName(), sub);
        }
        for (String name : current.keySet()) {
            top.getCommandSpec().removeSubcommand(name);
        }
        Map<String, String> classes = new LinkedHashMap<>();
        for (CommandIndex.Entry sub : index.subcommands()) {
            classes.put(sub.name(), sub.className());
        }
        for (Map.Entry<String, CommandLine> e : current.entrySet()) {
            CommandLine sub = e.getValue();
            String className = classes.get(e.getKey());
            if (names.contains(e.getKey()) && className != null) {
                Optional<CommandModel> model = CommandModel.generated(className);
                sub = model.isPresent() ? new CommandLine(model.get().build(factory), factory)
                        : new CommandLine(load(className), factory);
            }
            top.getCommandSpec().addSubcommand(e.getKey(), sub);
        }
    }

    /** An instance through the factory, failing as picocli fails when it cannot create one. */
    static <K> K create(IFactory factory, Class<K> cls) {
        try {
            return factory.create(cls);
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot create " + cls.getName() + ": " + e, e);
        }
    }
}
