package dev.hookctl.testing;

import dev.hookctl.cli.Console;
import dev.hookctl.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line in-process with captured streams. */
public final class Cli {
    private Cli() {}

    /** What a run printed and returned; its toString shows all three, for assertion messages. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    public static Result run(Path cwd, String... args) {
        return run(cwd, "", Map.of(), args);
    }

    public static Result run(Path cwd, String stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = new HashMap<>(env);
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), cwd.toAbsolutePath(), environment, false,
                false);
        int code = Main.run(args, console);
        return new Result(code, out.toString(), err.toString());
    }
}
