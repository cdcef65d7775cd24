package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * hookctl renders usage help with its own {@link UsageHelp}; these tests hold it to picocli's
 * default rendering, byte for byte: every section of every command's help, at many widths, with
 * and without ANSI colours, must equal what picocli's own section renderer gives for the same
 * {@code Help} — and must be ours, not a fallback to picocli's. Constructs hookctl does not use fall
 * back to picocli's renderer, which is checked too.
 */
class UsageHelpTest {

    @ParameterizedTest
    @EnumSource(value = Ansi.class, names = {"OFF", "ON"})
    void everyCommandsHelpIsPicoclisAtEveryWidth(Ansi ansi) {
        CommandLine top = Main.commandLine(console());
        for (int width = 55; width <= 140; width++) {
            top.setUsageHelpWidth(width);
            for (CommandLine cl : allCommands(top)) {
                assertRenderedLikePicocli(cl, ansi, "hookctl " + cl.getCommandSpec().qualifiedName() + " at width " + width);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void wholeUsageMessagesAreIdentical(int width) {
        for (Ansi ansi : new Ansi[] {Ansi.OFF, Ansi.ON}) {
            CommandLine ours = Main.commandLine(console());
            CommandLine picocli = withPicoclisRenderers(Main.commandLine(console()));
            ours.setUsageHelpWidth(width);
            picocli.setUsageHelpWidth(width);
            List<CommandLine> a = allCommands(ours);
            List<CommandLine> b = allCommands(picocli);
            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i).getUsageMessage(ansi))
                        .as("%s --help, width %d, ansi %s", a.get(i).getCommandSpec().qualifiedName(), width, ansi)
                        .isEqualTo(b.get(i).getUsageMessage(ansi));
            }
        }
    }

    /** The tree of generated models against picocli's reflected one, with our renderers and with picocli's. */
    @ParameterizedTest
    @EnumSource(value = Ansi.class, names = {"OFF", "ON"})
    void theGeneratedModelsHelpIsTheReflectedModelsAtEveryWidth(Ansi ansi) {
        for (boolean picoclisRenderers : new boolean[] {false, true}) {
            CommandLine generated = Main.commandLine(console());
            CommandLine reflected = Main.configure(new CommandLine(HookctlCommand.class, new Main.ConsoleFactory(console())),
                    console());
            if (picoclisRenderers) {
                withPicoclisRenderers(generated);
                withPicoclisRenderers(reflected);
            }
            List<CommandLine> ours = allCommands(generated);
            List<CommandLine> theirs = allCommands(reflected);
            assertThat(ours).hasSameSizeAs(theirs);
            for (int width = 55; width <= 140; width++) {
                generated.setUsageHelpWidth(width);
                reflected.setUsageHelpWidth(width);
                for (int i = 0; i < ours.size(); i++) {
                    assertThat(ours.get(i).getUsageMessage(ansi))
                            .as("%s --help, width %d, ansi %s, picocli's renderers %s",
                                    theirs.get(i).getCommandSpec().qualifiedName(), width, ansi, picoclisRenderers)
                            .isEqualTo(theirs.get(i).getUsageMessage(ansi));
                }
            }
        }
    }

    @Test
    void theColourSchemeOfTheHelpIsHonoured() {
        CommandLine cl = Main.commandLine(console()).getSubcommands().get("lint");
        Help.ColorScheme scheme = new Help.ColorScheme.Builder(Ansi.ON).commands(Help.Ansi.Style.underline)
                .options(Help.Ansi.Style.fg_green, Help.Ansi.Style.bold).parameters(Help.Ansi.Style.reverse)
                .optionParams(Help.Ansi.Style.fg_cyan).build();
        String ours = cl.getUsageMessage(scheme);
        assertThat(ours).contains("\u001B[32m\u001B[1m--format\u001B[21m\u001B[39m\u001B[0m");
        assertThat(ours).isEqualTo(withPicoclisRenderers(Main.commandLine(console())).getSubcommands().get("lint")
                .getUsageMessage(scheme));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint", "rules", "render", "simulate", "graph", "fire", "completion", "__complete"})
    void lazilyMaterializedSubcommandsRenderThroughUsageHelp(String name) {
        Console console = console();
        CommandLine top = Main.configure(CommandTree.forArgs(new Main.ConsoleFactory(console), new String[] {name, "--help"}),
                console);
        assertThat(UsageHelp.installedOn(top)).isTrue();
        for (CommandLine sub : top.getSubcommands().values()) {
            assertThat(UsageHelp.installedOn(sub)).as(sub.getCommandName()).isTrue();
        }
        assertThat(top.getSubcommands().get(name).getCommandSpec().args()).as("reflected in full").isNotEmpty();
    }

    @Test
    void everyCommandOfTheFullTreeRendersThroughUsageHelp() {
        for (CommandLine cl : allCommands(Main.commandLine(console()))) {
            assertThat(UsageHelp.installedOn(cl)).as(cl.getCommandSpec().qualifiedName()).isTrue();
        }
    }

    // ---- what hookctl does not use falls back to picocli

    @ParameterizedTest
    @ValueSource(strings = {
        "Has @|bold markup|@ in it.", "Formats %s here.", "Uses \"double quotes\".", "An em dash \u2014 here.",
        "A tab\there.", "Empty () brackets.", "A quote'(before a bracket."})
    void descriptionsItCannotBreakLikeTheJdkFallBackToPicocli(String description) {
        CommandSpec spec = CommandSpec.create().name("demo");
        spec.usageMessage().description(description + " " + "Long enough to wrap across the line. ".repeat(4));
        spec.addOption(OptionSpec.builder("--plain").description("A plain option.").build());
        assertFallsBack(spec, CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION);
    }

    @Test
    void optionsItDoesNotRenderFallBackToPicocli() {
        CommandSpec split = CommandSpec.create().name("demo");
        split.addOption(OptionSpec.builder("--list").type(List.class).auxiliaryTypes(String.class).splitRegex(",")
                .paramLabel("ITEM").description("Items.").build());
        assertFallsBack(split, CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST);
        assertFallsBack(split, CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS);

        CommandSpec defaults = CommandSpec.create().name("demo");
        defaults.usageMessage().showDefaultValues(true);
        defaults.addOption(OptionSpec.builder("--level").type(String.class).defaultValue("info")
                .paramLabel("LEVEL").description("A level.").build());
        assertFallsBack(defaults, CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST);

        CommandSpec required = CommandSpec.create().name("demo");
        required.addOption(OptionSpec.builder("-x", "--exact").type(String.class).required(true)
                .paramLabel("X").description("Required.").build());
        assertFallsBack(required, CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS);

        CommandSpec twoValues = CommandSpec.create().name("demo");
        twoValues.addPositional(PositionalParamSpec.builder().arity("2").paramLabel("PAIR").description("Two.").build());
        assertFallsBack(twoValues, CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST);
    }

    @Test
    void aCustomSynopsisFallsBackToPicocli() {
        CommandSpec spec = CommandSpec.create().name("demo");
        spec.usageMessage().customSynopsis("demo [@|bold THINGS|@]");
        assertFallsBack(spec, CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS);
    }

    // ---- line breaks

    @Test
    void breaksAreTheJdksOnEveryHookctlText() {
        List<String> texts = new ArrayList<>();
        for (CommandLine cl : allCommands(Main.commandLine(console()))) {
            CommandSpec spec = cl.getCommandSpec();
            texts.addAll(List.of(spec.usageMessage().description()));
            texts.addAll(List.of(spec.usageMessage().footer()));
            for (ArgSpec arg : spec.args()) {
                texts.addAll(List.of(arg.description()));
            }
            texts.add(cl.getHelp().synopsis(0));
        }
        for (String text : texts) {
            for (String line : UsageHelp.splitLines(UsageHelp.formatted(text))) {
                UsageHelp.checkBreakable(line, 0, line.length());
                for (int from = 0; from < line.length(); from++) {
                    try {
                        UsageHelp.checkBreakable(line, from, line.length());
                    } catch (UsageHelp.Unsupported refused) {
                        continue; // a cut there would fall back to picocli
                    }
                    assertThat(ourBreaks(line, from)).as("breaks of \"%s\" from %d", line, from)
                            .isEqualTo(jdkBreaks(line, from));
                }
            }
        }
    }

    @Test
    void breaksAreTheJdksOnRandomTextOfTheCharactersAllowed() {
        String alphabet = "aZ19 -()[]{}.,:;'*/<=>@|~_#&+^`\\";
        Random random = new Random(42);
        int checked = 0;
        for (int n = 0; n < 300_000; n++) {
            char[] chars = new char[1 + random.nextInt(24)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(chars);
            try {
                UsageHelp.checkBreakable(s, 0, s.length());
            } catch (UsageHelp.Unsupported refused) {
                continue;
            }
            checked++;
            assertThat(ourBreaks(s, 0)).as("breaks of \"%s\"", s).isEqualTo(jdkBreaks(s, 0));
        }
        assertThat(checked).as("strings the rules accept").isGreaterThan(50_000);
    }

    private static List<Integer> ourBreaks(String s, int from) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = from; i < s.length(); ) {
            i = UsageHelp.nextBreak(s, i, s.length());
            breaks.add(i);
        }
        return breaks;
    }

    /** Where picocli's TextTable breaks: the JDK's line iterator over the text with '-' hidden from it. */
    private static List<Integer> jdkBreaks(String s, int from) {
        BreakIterator it = BreakIterator.getLineInstance();
        it.setText(s.substring(from).replace('-', '\u00ff'));
        List<Integer> breaks = new ArrayList<>();
        it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            breaks.add(from + end);
        }
        return breaks;
    }

    // ---- helpers

    /** Compares each section as ours renders it with picocli's renderer, on the same Help. */
    private static void assertRenderedLikePicocli(CommandLine cl, Ansi ansi, String what) {
        Help help = cl.getHelpFactory().create(cl.getCommandSpec(), Help.defaultColorScheme(ansi));
        for (String key : cl.getHelpSectionKeys()) {
            IHelpSectionRenderer renderer = cl.getHelpSectionMap().get(key);
            assertThat(renderer).as("%s: section %s", what, key).isInstanceOf(UsageHelp.Section.class);
            UsageHelp.Section ours = (UsageHelp.Section) renderer;
            assertThat(ours.unsupported(help)).as("%s: section %s falls back to picocli", what, key).isNull();
            assertThat(ours.render(help)).as("%s: section %s, ansi %s", what, key, ansi)
                    .isEqualTo(ours.fallback.render(help));
        }
    }

    private static void assertFallsBack(CommandSpec spec, String key) {
        for (Ansi ansi : new Ansi[] {Ansi.OFF, Ansi.ON}) {
            CommandLine picocli = new CommandLine(spec);
            String expected = picocli.getUsageMessage(ansi);
            CommandLine ours = new CommandLine(spec);
            UsageHelp.install(ours);
            Help help = ours.getHelpFactory().create(spec, Help.defaultColorScheme(ansi));
            assertThat(((UsageHelp.Section) ours.getHelpSectionMap().get(key)).unsupported(help))
                    .as("section %s is left to picocli", key).isNotNull();
            assertThat(ours.getUsageMessage(ansi)).isEqualTo(expected);
        }
    }

    private static CommandLine withPicoclisRenderers(CommandLine cl) {
        cl.setHelpSectionMap(CommandSpec.create().usageMessage().sectionMap());
        return cl;
    }

    private static List<CommandLine> allCommands(CommandLine top) {
        List<CommandLine> all = new ArrayList<>(List.of(top));
        for (int i = 0; i < all.size(); i++) {
            for (CommandLine sub : all.get(i).getSubcommands().values()) {
                if (!all.contains(sub)) {
                    all.add(sub);
                }
            }
        }
        return all;
    }

    private static Console console() {
        PrintWriter w = new PrintWriter(new StringWriter(), true);
        return new Console(new ByteArrayInputStream(new byte[0]), w, w, java.nio.file.Path.of("").toAbsolutePath(),
                Map.of(), false, false);
    }
}
