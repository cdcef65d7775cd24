package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's help lists -V/--version: each prints the version, as `hookctl --version` does. */
class VersionOptionTest {
    @TempDir
    Path dir;

    @Test
    void everySubcommandPrintsTheVersion() {
        Cli.Result top = Cli.run(dir, "--version");
        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).startsWith("hookctl ");
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        // the commands with the standard -h/-V options (not the hidden __complete, which has none)
        List<String> commands = Main.commandLine(new Console(new ByteArrayInputStream(new byte[0]), sink, sink, dir,
                Map.of(), false, false)).getSubcommands().entrySet().stream()
                .filter(e -> e.getValue().getCommandSpec().mixinStandardHelpOptions())
                .map(Map.Entry::getKey).toList();
        assertThat(commands).contains("lint", "fire");
        for (String command : commands) {
            for (String option : List.of("--version", "-V")) {
                Cli.Result r = Cli.run(dir, command, option);
                assertThat(r.exitCode()).as(command + " " + option + "\n" + r).isZero();
                assertThat(r.out()).as(command + " " + option + "\n" + r).isEqualTo(top.out());
            }
        }
    }
}
