package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line mistakes are told in our words, with exit code 2, and `help COMMAND` is `COMMAND --help`. */
class UsageErrorTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownCommandIsCalledOneWithTheClosestCommand() {
        Cli.Result r = Cli.run(dir, "lnt");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).as("%s", r).isEqualTo("""
                hookctl: unknown command "lnt"
                hint: did you mean "lint"?
                Run 'hookctl --help' for usage.
                """);
    }

    @Test
    void anUnknownOptionAndAnExtraArgumentAreNamed() {
        Cli.Result option = Cli.run(dir, "lint", "--formt", "json");
        assertThat(option.exitCode()).as("%s", option).isEqualTo(2);
        assertThat(option.err()).as("%s", option).startsWith("hookctl: unknown option --formt\n")
                .contains("hint: did you mean \"--format\"?");
        Cli.Result extra = Cli.run(dir, "rules", "a", "b", "c");
        assertThat(extra.exitCode()).as("%s", extra).isEqualTo(2);
        assertThat(extra.err()).as("%s", extra).startsWith("hookctl: unexpected argument \"b\" (and 1 more)\n");
    }

    @Test
    void aMissingValueNamesTheOptionAndWhatItTakes() {
        Cli.Result value = Cli.run(dir, "lint", "--fail-on");
        assertThat(value.exitCode()).as("%s", value).isEqualTo(2);
        assertThat(value.err()).as("%s", value).startsWith("hookctl: option --fail-on needs a value (LEVEL)\n")
                .contains("Run 'hookctl lint --help' for usage.");
        Cli.Result parameter = Cli.run(dir, "completion");
        assertThat(parameter.exitCode()).as("%s", parameter).isEqualTo(2);
        assertThat(parameter.err()).as("%s", parameter).startsWith("hookctl: missing SHELL\n");
    }

    @Test
    void aValueMissingBeforeTheNextOptionIsToldAsAMissingValueNotAMissingOption() {
        // picocli says "Expected parameter for option '--fail-on' but found '-o'"; it was told as
        // "missing required option --fail-on LEVEL", which the user had given
        Cli.Result lint = Cli.run(dir, "lint", "--fail-on", "-o", "json", "nowhere");
        assertThat(lint.exitCode()).as("%s", lint).isEqualTo(2);
        assertThat(lint.err()).as("%s", lint).isEqualTo("""
                hookctl: option --fail-on needs a value (LEVEL), not the option -o
                hint: LEVEL is one of: error, warning, info, never
                Run 'hookctl lint --help' for usage.
                """);
        Cli.Result render = Cli.run(dir, "render", "slack-fail-hook", "--on", "-f", "nowhere");
        assertThat(render.exitCode()).as("%s", render).isEqualTo(2);
        assertThat(render.err()).as("%s", render)
                .startsWith("hookctl: option --on needs a value (PHASE), not the option -f\n");
        Cli.Result fire = Cli.run(dir, "fire", "x", "--dry-run", "-y");
        assertThat(fire.exitCode()).as("%s", fire).isEqualTo(2);
        assertThat(fire.err()).as("%s", fire)
                .startsWith("hookctl: option --dry-run needs a value (MODE), not the option -y\n");
    }

    @Test
    void aMistypedOptionGetsTheClosestOptionOfItsCommand() {
        // picocli suggested "--file", the one option that starts with "fi"; "--fail-on" is one
        // transposition away
        Cli.Result transposed = Cli.run(dir, "lint", "--fial-on", "warning", ".");
        assertThat(transposed.exitCode()).as("%s", transposed).isEqualTo(2);
        assertThat(transposed.err()).as("%s", transposed).isEqualTo("""
                hookctl: unknown option --fial-on
                hint: did you mean "--fail-on"?
                Run 'hookctl lint --help' for usage.
                """);
        Cli.Result withValue = Cli.run(dir, "render", "--flwo=web", "hook");
        assertThat(withValue.err()).as("%s", withValue).contains("hint: did you mean \"--flow\"?");
        Cli.Result far = Cli.run(dir, "lint", "--zzzzzz");
        assertThat(far.err()).as("%s", far).doesNotContain("did you mean");
        Cli.Result letter = Cli.run(dir, "help", "lint", "-o", "json");
        assertThat(letter.err()).as("a one-letter option is as near to -V as to any: %s", letter)
                .startsWith("hookctl: unknown option -o").doesNotContain("did you mean");
    }

    @Test
    void anExtraArgumentIsToldWhatTheCommandTakes() {
        Cli.Result rules = Cli.run(dir, "rules", "a", "b");
        assertThat(rules.exitCode()).as("%s", rules).isEqualTo(2);
        assertThat(rules.err()).as("%s", rules).isEqualTo("""
                hookctl: unexpected argument "b"
                hint: hookctl rules takes one RULE
                Run 'hookctl rules --help' for usage.
                """);
        Cli.Result graph = Cli.run(dir, "graph", "web");
        assertThat(graph.err()).as("%s", graph).contains("hint: hookctl graph takes no arguments, only options\n");
    }

    @Test
    void helpCommandIsTheCommandsHelp() {
        Cli.Result help = Cli.run(dir, "help", "lint");
        assertThat(help.exitCode()).as("%s", help).isZero();
        assertThat(help.out()).isEqualTo(Cli.run(dir, "lint", "--help").out()).startsWith("Usage: hookctl lint");
        Cli.Result top = Cli.run(dir, "help");
        assertThat(top.exitCode()).as("%s", top).isZero();
        assertThat(top.out()).isEqualTo(Cli.run(dir, "--help").out());
        assertThat(Cli.run(dir, "help", "help").out()).as("help about help lists the commands")
                .isEqualTo(top.out());
        assertThat(top.out()).as("help is listed among the commands").contains("\n  help  ");
        Cli.Result unknown = Cli.run(dir, "help", "lnt");
        assertThat(unknown.exitCode()).as("%s", unknown).isEqualTo(2);
        assertThat(unknown.err()).as("%s", unknown).startsWith("hookctl: unknown command \"lnt\"\n");
    }

    @Test
    void helpTakesOneCommand() {
        // 'help lint render' printed lint's help and dropped render without a word
        Cli.Result two = Cli.run(dir, "help", "lint", "render");
        assertThat(two.exitCode()).as("%s", two).isEqualTo(2);
        assertThat(two.out()).as("%s", two).isEmpty();
        assertThat(two.err()).as("%s", two).isEqualTo("""
                hookctl: unexpected argument "render"
                hint: hookctl help takes one COMMAND
                Run 'hookctl help --help' for usage.
                """);
        Cli.Result own = Cli.run(dir, "help", "--help");
        assertThat(own.exitCode()).as("%s", own).isZero();
        assertThat(own.out()).as("%s", own).startsWith("Usage: hookctl help [-hV] [COMMAND]\n");
    }
}
