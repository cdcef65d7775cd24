package dev.hookctl.cli;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.report.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run for the AppCDS archive (target/hookctl.jsa, see the launcher and pom.xml).
 * The JVM records every class a run loads and maps them from the archive on later starts, so
 * this run exercises the ordinary command lines users type: the help of every command in the
 * command model (commands added later are picked up), the version, the rule reference, and a lint
 * of every rule's bad and good example in every output format. It only loads classes: nothing in
 * hookctl reads the archive or treats any command differently because of it.
 */
public final class CdsTraining {
    private CdsTraining() {}

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("hookctl-cds");
        try {
            writeExamples(work);
            for (List<String> line : commandLines(work)) {
                run(line, work);
            }
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<List<String>> commandLines(Path work) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("--help"));
        lines.add(List.of("--version"));
        lines.add(List.of("--no-such-option"));
        CommandLine model = Main.commandLine(console(work));
        for (String name : model.getSubcommands().keySet()) {
            lines.add(List.of(name, "--help"));
        }
        for (Format f : Format.values()) {
            lines.add(List.of("lint", "--no-config", "--format", f.label(), "."));
        }
        lines.add(List.of("lint", "examples/one-file.yaml"));
        lines.add(List.of("rules"));
        return lines;
    }

    /** Every rule's examples as files, so the lint runs load every check and most reporting code. */
    private static void writeExamples(Path work) throws IOException {
        Path dir = Files.createDirectories(work.resolve("examples"));
        for (RuleInfo r : RuleRegistry.standard().rules()) {
            write(dir, "bad-" + r.id(), r.badExample());
            write(dir, "good-" + r.id(), r.goodExample());
        }
        // the single-file lint, the most common command line in editors and hooks
        Files.writeString(dir.resolve("one-file.yaml"), RuleRegistry.standard().rules().stream()
                .map(RuleInfo::goodExample).filter(y -> !y.startsWith("# file: ")).findFirst().orElse(""));
    }

    private static void write(Path dir, String name, String yaml) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        if (yaml.startsWith("# file: ")) {
            // examples that depend on where a file lives name their path on the first line
            file = dir.resolve(name).resolve(yaml.substring("# file: ".length(), yaml.indexOf('\n')).trim());
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, yaml);
    }

    private static void run(List<String> line, Path work) {
        Main.run(line.toArray(String[]::new), console(work));
    }

    private static Console console(Path work) {
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        return new Console(new ByteArrayInputStream(new byte[0]), sink, sink, work, Map.of(), false, false);
    }
}
