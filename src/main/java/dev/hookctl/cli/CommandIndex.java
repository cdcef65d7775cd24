package dev.hookctl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/**
 * What the top of the command tree needs to know without reflection: the top command's name,
 * description and version provider, and each subcommand's class, name, aliases, description and
 * visibility. The build writes it (mvn's process-classes phase runs {@link #main}) from the
 * {@code @Command} annotations of {@link HookctlCommand} and its {@code subcommands}, so it
 * cannot drift from them; reading it costs a small properties file where reading the annotations
 * costs the JVM's annotation parser and a dynamic proxy per annotation type (most of a
 * {@code hookctl --help}). Without the resource (a build that skipped the phase) the annotations
 * are read instead.
 */
record CommandIndex(String name, List<String> description, String versionProvider, boolean standardHelp,
                    List<Entry> subcommands) {
    /** The resource the build writes, beside this class. */
    static final String RESOURCE = "commands.index";

    /** One subcommand. */
    record Entry(String className, String name, List<String> aliases, List<String> description, boolean hidden) {}

    /** The index of the running build, when it has one. */
    static Optional<CommandIndex> load() {
        try (InputStream in = CommandIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return Optional.of(parse(p));
        } catch (IOException e) {
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

    /** The file text: a properties file with keys in a stable order. */
    String text() {
        TreeMap<String, String> p = new TreeMap<>();
        p.put("name", name);
        list(p, "description", description);
        p.put("versionProvider", versionProvider);
        p.put("standardHelp", String.valueOf(standardHelp));
        p.put("subcommands", String.valueOf(subcommands.size()));
        for (int i = 0; i < subcommands.size(); i++) {
            Entry e = subcommands.get(i);
            String k = "sub." + pad(i) + ".";
            p.put(k + "class", e.className());
            p.put(k + "name", e.name());
            list(p, k + "aliases", e.aliases());
            list(p, k + "description", e.description());
            p.put(k + "hidden", String.valueOf(e.hidden()));
        }
        Properties props = new Properties();
        props.putAll(p);
        StringWriter w = new StringWriter();
        try {
            props.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties.store writes a date comment and hash order: keep only sorted entries
        List<String> lines = new ArrayList<>(w.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList());
        lines.add(0, "# The top of hookctl's command tree, from the @Command annotations (CommandIndex). Generated.");
        return String.join("\n", lines) + "\n";
    }

    private static void list(TreeMap<String, String> p, String key, List<String> values) {
        p.put(key + ".count", String.valueOf(values.size()));
        for (int i = 0; i < values.size(); i++) {
            p.put(key + "." + pad(i), values.get(i));
        }
    }

    private static List<String> list(Properties p, String key) {
        int n = Integer.parseInt(p.getProperty(key + ".count", "0"));
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(p.getProperty(key + "." + pad(i), ""));
        }
        return out;
    }

    /** Three digits, without String.format (whose first use loads locale data). */
    private static String pad(int i) {
        String s = String.valueOf(i);
        return "000".substring(s.length()) + s;
    }

    private static CommandIndex parse(Properties p) {
        int n = Integer.parseInt(p.getProperty("subcommands", "0"));
        List<Entry> subs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String k = "sub." + pad(i) + ".";
            subs.add(new Entry(p.getProperty(k + "class"), p.getProperty(k + "name"), list(p, k + "aliases"),
                    list(p, k + "description"), Boolean.parseBoolean(p.getProperty(k + "hidden"))));
        }
        return new CommandIndex(p.getProperty("name"), list(p, "description"), p.getProperty("versionProvider"),
                Boolean.parseBoolean(p.getProperty("standardHelp")), subs);
    }

    /** The build step: writes the index into the classes folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve("dev/hookctl/cli").resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Files.writeString(out, fromAnnotations().text(), StandardCharsets.UTF_8);
    }
}
