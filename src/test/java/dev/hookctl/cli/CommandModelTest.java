package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.ParserSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Range;

/**
 * Each subcommand's generated model ({@link CommandModel}) is the model picocli reflects from the
 * annotations: every attribute ({@link ModelDump}), and what parsing a table of command lines
 * does to the command objects. {@code UsageHelpTest} compares their help and
 * {@code CommandTreeTest} the answers of whole command lines.
 */
class CommandModelTest {
    private static final Path HERE = Path.of("").toAbsolutePath();

    static List<Class<?>> subcommands() {
        return CommandTree.subcommandClasses();
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void theGeneratedModelHasEveryAttributeOfTheReflectedOne(Class<?> command) {
        List<String> reflected = ModelDump.of(reflected(command).getCommandSpec());
        List<String> generated = ModelDump.of(generated(command).getCommandSpec());
        assertThat(generated).as("the generated model of %s, attribute by attribute", command.getSimpleName())
                .containsExactlyElementsOf(reflected);
    }

    @Test
    void theDumpHasEveryPublicAttributeOfPicoclisModel() {
        CommandSpec spec = generated(LintCommand.class).getCommandSpec();
        List<String> dump = ModelDump.of(spec);
        String option = "command.args[" + spec.args().indexOf(spec.findOption("--format")) + "]";
        String positional = "command.args[" + spec.args().indexOf(spec.positionalParameters().get(0)) + "]";
        Map<Class<?>, String> firstOfEach = new LinkedHashMap<>();
        firstOfEach.put(CommandSpec.class, "command");
        firstOfEach.put(UsageMessageSpec.class, "command.usageMessage");
        firstOfEach.put(ParserSpec.class, "command.parser");
        firstOfEach.put(OptionSpec.class, option);
        firstOfEach.put(ITypeInfo.class, option + ".typeInfo");
        firstOfEach.put(Range.class, option + ".arity");
        firstOfEach.put(PositionalParamSpec.class, positional);
        for (Map.Entry<Class<?>, String> type : firstOfEach.entrySet()) {
            for (Method m : ModelDump.attributes(type.getKey())) {
                assertThat(dump).as("%s.%s", type.getKey().getSimpleName(), m.getName())
                        .anyMatch(line -> line.startsWith(type.getValue() + "." + m.getName() + " = "));
            }
        }
        assertThat(ModelDump.attributes(OptionSpec.class)).as("the attributes of an option").hasSizeGreaterThan(40);
    }

    @Test
    void aChangedAttributeShowsInTheDump() {
        CommandSpec spec = generated(LintCommand.class).getCommandSpec();
        List<String> before = ModelDump.of(spec);
        OptionSpec format = spec.findOption("--format");
        spec.remove(format);
        spec.addOption(format.toBuilder().hideParamSyntax(true).build());
        assertThat(ModelDump.of(spec)).as("an option's attribute").isNotEqualTo(before);

        CommandSpec other = generated(LintCommand.class).getCommandSpec();
        other.usageMessage().sortSynopsis(false);
        assertThat(ModelDump.of(other)).as("a usage message attribute").isNotEqualTo(before);
    }

    @Test
    void everySubcommandHasAGeneratedModelAndOtherClassesNone() {
        for (Class<?> command : subcommands()) {
            assertThat(CommandModel.generated(command.getName())).as("the build generates the model of %s", command)
                    .isPresent();
        }
        assertThat(CommandModel.generated(HookctlCommand.class.getName())).isEmpty();
    }

    /** Option values, repeated options, defaults, {@code --}, unknown options and missing values, per command. */
    static Stream<Arguments> commandLines() {
        Map<String, List<List<String>>> lines = new LinkedHashMap<>();
        lines.put("lint", List.of(List.of("."), List.of("a.yaml", "b.yaml"),
                List.of("-f", "x.yaml", "--file=y.yaml", "z.yaml", "--file", "w.yaml"),
                List.of("--format", "json", "--fail-on", "warning", "--output", "out.txt"),
                List.of("--format=sarif", "--format", "json"), List.of("--no-config", "--config", "c.yaml"),
                List.of("--changed-since", "HEAD~1", "--cluster", "-n", "ns", "--context", "ctx", "--kubeconfig", "kc",
                        "--request-timeout", "5s"),
                List.of("-v", "--no-color", "--", "-f", "--format"), List.of("-vh"), List.of("--format"),
                List.of("--fail-on"), List.of("-n"), List.of("--cluster=true"), List.of("--verbose=false", "x")));
        lines.put("rules", List.of(List.of("hook-on-trigger-env"), List.of("-o", "json"), List.of("--output=markdown", "x"),
                List.of("a", "b"), List.of("--output")));
        lines.put("render", List.of(List.of("hook"),
                List.of("--flow", "f", "--env", "e", "--on", "fail", "--error-message", "boom", "--inline"),
                List.of("-p", "A=1", "-p", "B=2", "--parameter=C=3", "--parameter-file", "p.yaml", "--promotion-context",
                        "@ctx.json", "--product", "p", "--release-version", "1.0", "--commit", "abc", "--release-id", "id",
                        "--release-url", "u"),
                List.of("-f", "a", "-f", "b", "--config", "c", "--no-config", "-o", "json", "-n", "ns", "--cluster"),
                List.of("h1", "h2"), List.of("--on"), List.of("--", "--flow"), List.of("-p")));
        lines.put("simulate", List.of(
                List.of("--flow", "f", "--fail", "qa", "--fail", "prod=boom", "--fail-hook", "h", "--terminate-at", "prod",
                        "--export", "h={}", "-o", "json", "--render-dir", "out"),
                List.of("--cluster", "--kubeconfig=k", "--namespace", "ns"), List.of("extra"), List.of("--fail")));
        lines.put("graph", List.of(List.of("--flow", "f", "-o", "dot"), List.of("-o"), List.of("x"),
                List.of("-f", "a", "--file", "b", "--flow=g")));
        lines.put("fire", List.of(List.of("hook", "--dry-run", "client"),
                List.of("--dry-run=server", "-o", "json", "--allow-invented", "--apply", "--wait", "--log", "--timeout",
                        "5m", "-y", "--secret", "S1", "--secret", "S2", "--cluster"),
                List.of("--dry-run"), List.of("hook", "--dry-run", "client", "hook2"),
                List.of("hook", "--namespace", "ns", "--kubeconfig", "k", "--context", "c", "--request-timeout", "0",
                        "--on", "start", "-p", "X=1", "--inline")));
        lines.put("completion", List.of(List.of("bash"), List.of("bash", "zsh"), List.of("--", "fish")));
        lines.put("help", List.of(List.of("lint"), List.of("lint", "render"), List.of("--", "-h")));
        lines.put("__complete", List.of(List.of("flows"), List.of("hooks", "--", "render", "-f", "x"),
                List.of("environments", "a", "b")));
        List<Arguments> out = new ArrayList<>();
        for (Class<?> command : subcommands()) {
            String name = command.getAnnotation(CommandLine.Command.class).name();
            List<List<String>> all = new ArrayList<>(List.of(List.of(), List.of("-h"), List.of("--version"),
                    List.of("--bogus"), List.of("--", "-h"), List.of("--help=true")));
            all.addAll(lines.getOrDefault(name, List.of()));
            for (List<String> args : all) {
                out.add(Arguments.of(command, args));
            }
        }
        assertThat(lines.keySet()).as("every command has its own lines")
                .containsExactlyInAnyOrderElementsOf(out.stream().map(a -> ((Class<?>) a.get()[0])
                        .getAnnotation(CommandLine.Command.class).name()).distinct().toList());
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("commandLines")
    void parsingWithTheGeneratedModelSetsWhatReflectionSets(Class<?> command, List<String> args) {
        assertThat(parses(generated(command), args)).as("%s %s", command.getSimpleName(), args)
                .isEqualTo(parses(reflected(command), args));
    }

    /**
     * What parsing the line does, then parsing it again and an empty line on the same objects (picocli
     * resets every field to its initial value before parsing).
     */
    private static String parses(CommandLine cl, List<String> args) {
        return parse(cl, args) + "\n--- again\n" + parse(cl, args) + "\n--- empty\n" + parse(cl, List.of());
    }

    private static String parse(CommandLine cl, List<String> args) {
        StringBuilder b = new StringBuilder();
        try {
            ParseResult r = cl.parseArgs(args.toArray(String[]::new));
            b.append("parsed; help ").append(r.isUsageHelpRequested()).append(", version ")
                    .append(r.isVersionHelpRequested()).append(", unmatched ").append(r.unmatched()).append('\n');
            for (ArgSpec a : r.matchedArgs()) {
                b.append("  matched ").append(a.isOption() ? ((OptionSpec) a).longestName() : a.paramLabel())
                        .append(' ').append(a.stringValues()).append(" typed ").append(a.typedValues()).append('\n');
            }
        } catch (ParameterException e) {
            b.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage()).append('\n');
            if (e instanceof CommandLine.UnmatchedArgumentException u) {
                b.append("  suggestions ").append(u.getSuggestions()).append('\n');
            }
        }
        fields(b, "", cl.getCommand());
        return b.toString();
    }

    /** The annotated fields of a command object and its mixins, with the class and text of each value. */
    private static void fields(StringBuilder b, String prefix, Object o) {
        for (Field f : o.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            Object value;
            try {
                value = f.get(o);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (f.isAnnotationPresent(Mixin.class)) {
                fields(b, prefix + f.getName() + ".", value);
            } else if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class)) {
                b.append("  ").append(prefix).append(f.getName()).append(" = ")
                        .append(value == null ? "null" : value.getClass().getName() + " " + value).append('\n');
            }
        }
    }

    @Test
    void aBuildWithoutTheGeneratedClassesReflectsTheCommands() throws Exception {
        String[] args = {"lint", "--help"};
        try (HidingGenerated loader = new HidingGenerated()) {
            Method generated = loader.loadClass(CommandModel.class.getName()).getDeclaredMethod("generated", String.class);
            generated.setAccessible(true);
            assertThat(generated.invoke(null, LintCommand.class.getName()))
                    .as("no generated model").isEqualTo(java.util.Optional.empty());
            assertThat(run(loader, args)).isEqualTo(run(CommandModelTest.class.getClassLoader(), args))
                    .contains("Usage: hookctl lint");
        }
    }

    /** Loads hookctl itself, without the classes the build generates. */
    private static final class HidingGenerated extends URLClassLoader {
        HidingGenerated() throws Exception {
            super(StartupClassesTest.classPath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith("dev.hookctl.cli.Generated")) {
                throw new ClassNotFoundException(name);
            }
            return super.findClass(name);
        }
    }

    private static String run(ClassLoader loader, String[] args) throws Exception {
        Method run = loader.loadClass(Main.class.getName()).getMethod("run", String[].class, InputStream.class,
                PrintStream.class, PrintStream.class, Path.class, Map.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = (int) run.invoke(null, args, new ByteArrayInputStream(new byte[0]), new PrintStream(out),
                new PrintStream(err), HERE, Map.of());
        return "exit " + code + "\n" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    // ---- the two models of a command

    private static CommandLine reflected(Class<?> command) {
        Main.ConsoleFactory factory = factory();
        return new CommandLine(command, factory);
    }

    private static CommandLine generated(Class<?> command) {
        Main.ConsoleFactory factory = factory();
        return new CommandLine(CommandModel.generated(command.getName()).orElseThrow().build(factory), factory);
    }

    private static Main.ConsoleFactory factory() {
        PrintWriter w = new PrintWriter(new StringWriter(), true);
        return new Main.ConsoleFactory(new Console(new ByteArrayInputStream(new byte[0]), w, w, HERE, Map.of(), false,
                false));
    }
}
