package dev.hookctl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * What the top of the command tree needs to know without reflection: the top command's name,
 * description and version provider, and each subcommand's class, name, aliases, description and
 * visibility. The build writes it (mvn's process-classes phase runs {@link CommandModelSource#main},
 * which also writes each subcommand's {@link CommandModel}) from the {@code @Command} annotations of
 * {@link HookctlCommand} and its {@code subcommands}, so it cannot drift from them, as a small
 * generated class, {@value #GENERATED}, that returns this record. Reading the annotations instead
 * costs the JVM's annotation parser and a dynamic proxy per annotation type, and reading a resource
 * costs opening the jar (the classes come from the AppCDS archive, so nothing has opened it yet):
 * together most of a {@code hookctl --help}. Without the generated class (a build that skipped the
 * phase) the annotations are read.
 */
record CommandIndex(String name, List<String> description, String versionProvider, boolean standardHelp,
                    List<Entry> subcommands) {
    /** The class the build generates, beside this one. */
    static final String GENERATED = "dev.hookctl.cli.GeneratedCommandIndex";

    /** One subcommand. */
    record Entry(String className, String name, List<String> aliases, List<String> description, boolean hidden) {}

    /** The index of the running build, when it has one. */
    @SuppressWarnings("unchecked")
    static Optional<CommandIndex> load() {
        try {
            Class<?> generated = Class.forName(GENERATED, true, CommandIndex.class.getClassLoader());
            return Optional.of(((Supplier<CommandIndex>) generated.getDeclaredConstructor().newInstance()).get());
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The index the annotations describe now. */
    static CommandIndex fromAnnotations() {
        Command top = HookctlCommand.class.getAnnotation(Command.class);
        List<Entry> subs = new ArrayList<>();
        for (Class<?> cls : top.subcommands()) {
            Command c = cls.getAnnotation(Command.class);
            subs.add(new Entry(cls.getName(), c.name(), List.of(c.aliases()), List.of(c.description()), c.hidden()));
        }
        return new CommandIndex(top.name(), List.of(top.description()), top.versionProvider().getName(),
                top.mixinStandardHelpOptions(), subs);
    }

    /** The Java source of {@value #GENERATED}, which returns this index. */
    String javaSource() {
        StringBuilder b = new StringBuilder();
        b.append("package dev.hookctl.cli;\n\n")
                .append("/** The top of hookctl's command tree, from the @Command annotations (CommandIndex). Generated. */\n")
                .append("final class GeneratedCommandIndex implements java.util.function.Supplier<CommandIndex> {\n")
                .append("    @Override\n    public CommandIndex get() {\n")
                .append("        return new CommandIndex(").append(literal(name)).append(", ").append(literals(description))
                .append(", ").append(literal(versionProvider)).append(", ").append(standardHelp).append(", java.util.List.of(");
        for (int i = 0; i < subcommands.size(); i++) {
            Entry e = subcommands.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("            new CommandIndex.Entry(").append(literal(e.className()))
                    .append(", ").append(literal(e.name())).append(", ").append(literals(e.aliases())).append(", ")
                    .append(literals(e.description())).append(", ").append(e.hidden()).append(')');
        }
        return b.append("));\n    }\n}\n").toString();
    }

    private static String literals(List<String> values) {
        StringBuilder b = new StringBuilder("java.util.List.of(");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(literal(values.get(i)));
        }
        return b.append(')').toString();
    }

    /**
     * A Java string literal: control characters as octal escapes (a unicode escape of a line end
     * would end the literal, since javac translates those first), every other character outside
     * printable ASCII as a unicode escape.
     */
    static String literal(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else if (c < 0x20) {
                String octal = Integer.toOctalString(c);
                b.append('\\').append("000", octal.length(), 3).append(octal);
            } else {
                String hex = Integer.toHexString(c);
                b.append("\\u").append("0000", hex.length(), 4).append(hex);
            }
        }
        return b.append('"').toString();
    }
}
