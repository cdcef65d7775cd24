package dev.hookctl.fuzz;

import dev.hookctl.cli.Console;
import dev.hookctl.cli.Main;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.lint.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fuzz loop shared by the short JUnit run and bench/fuzz.sh: mutate a seed manifest, lint (and render) the
 * result through the real command line, and check the properties that must hold for any input:
 * no exception escapes, the run ends within the time bound, the exit code is 0, 1, 2 or 3, and a
 * file that an independent strict YAML reader (SnakeYAML's composer, no duplicate keys) or a UTF-8
 * decoder rejects gets at least one diagnostic of its own.
 */
final class Fuzz {
    /** What must hold for one input, and what happened. */
    record Outcome(int index, String how, int exitCode, int renderExitCode, boolean damaged, long millis,
                   List<String> violations) {}

    /** Totals of a run. */
    record Summary(int inputs, Map<Integer, Integer> exitCodes, Map<Integer, Integer> renderExitCodes, int damaged,
                   List<Outcome> failures, long millis, long slowestMillis, String slowest) {}

    static final long TIME_BOUND_MILLIS = 20_000;

    private final List<Map.Entry<String, String>> seeds;
    private final Path work;

    Fuzz(Path root, Path work) throws IOException {
        this.seeds = seeds(root);
        this.work = work;
    }

    int seedCount() {
        return seeds.size();
    }

    Summary run(long seed, int count, java.util.function.Consumer<Outcome> progress) throws IOException {
        Mutator mutator = new Mutator(seed);
        Map<Integer, Integer> histogram = new TreeMap<>();
        Map<Integer, Integer> renderHistogram = new TreeMap<>();
        List<Outcome> failures = new ArrayList<>();
        int damaged = 0;
        long slowestMillis = 0;
        String slowest = "";
        long start = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        try {
            for (int i = 0; i < count; i++) {
                Map.Entry<String, String> s = seeds.get(i % seeds.size());
                Mutator.Mutant m = mutator.mutate(s.getKey(), s.getValue());
                Outcome o = check(i, m, hookName(s.getValue()), worker);
                if (o.violations().stream().anyMatch(v -> v.startsWith("hang"))) {
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                }
                histogram.merge(o.exitCode(), 1, Integer::sum);
                renderHistogram.merge(o.renderExitCode(), 1, Integer::sum);
                damaged += o.damaged() ? 1 : 0;
                if (o.millis() > slowestMillis) {
                    slowestMillis = o.millis();
                    slowest = o.how();
                }
                if (!o.violations().isEmpty()) {
                    failures.add(o);
                    Path saved = work.resolve("failure-" + i + ".yaml");
                    Files.write(saved, m.bytes());
                }
                progress.accept(o);
            }
        } finally {
            worker.shutdownNow();
        }
        return new Summary(count, histogram, renderHistogram, damaged, failures, (System.nanoTime() - start) / 1_000_000,
                slowestMillis, slowest);
    }

    /** The first metadata.name of a seed, which render is asked for (whatever the mutation did to it). */
    private static String hookName(String seed) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^  name: *\"?([A-Za-z0-9.-]+)").matcher(seed);
        return m.find() ? m.group(1) : "hook";
    }

    private Outcome check(int index, Mutator.Mutant m, String hook, ExecutorService worker) throws IOException {
        Path dir = Files.createDirectories(work.resolve("case"));
        Path file = dir.resolve("mutant.yaml");
        Files.write(file, m.bytes());
        boolean damaged = damaged(m.bytes());
        long start = System.nanoTime();
        List<String> violations = new ArrayList<>();
        Run lint = run(worker, dir, violations, "lint", "--no-config", "mutant.yaml");
        if (damaged && lint.code() != -1 && !lint.out().contains("mutant.yaml:")) {
            violations.add("lint: a damaged file got no diagnostic; output: " + firstLines(lint.out()));
        }
        // render reads the same loader's output and walks the template: it must fail cleanly too
        Run render = run(worker, dir, violations, "render", "--no-config", "-f", "mutant.yaml", "--on", "start", hook);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(index, m.how(), lint.code(), render.code(), damaged, millis, violations);
    }

    private record Run(int code, String out) {}

    private static Run run(ExecutorService worker, Path dir, List<String> violations, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), dir, Map.of(), false, false);
        int code = -1;
        Future<Integer> run = worker.submit(() -> Main.run(args, console));
        try {
            code = run.get(TIME_BOUND_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            violations.add("hang: " + args[0] + " gave no result within " + TIME_BOUND_MILLIS + " ms");
        } catch (Exception e) {
            violations.add(args[0] + ": exception: " + e);
        }
        if (code != -1 && (code < 0 || code > 3)) {
            violations.add(args[0] + ": exit code " + code + "; stderr: " + firstLines(err.toString()));
        }
        if (err.toString().contains("internal error") || err.toString().contains("Exception")) {
            violations.add(args[0] + ": stderr: " + firstLines(err.toString()));
        }
        return new Run(code, out.toString());
    }

    private static String firstLines(String s) {
        return s.lines().limit(5).reduce((a, b) -> a + " | " + b).orElse("");
    }

    /** True when the bytes are not UTF-8, or a strict YAML reader rejects the text. */
    static boolean damaged(byte[] bytes) {
        String text;
        try {
            int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return true;
        }
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(10_000);
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        options.setCodePointLimit(64 * 1024 * 1024);
        try {
            for (Node root : new Yaml(options).composeAll(new StringReader(text))) {
                if (hasDuplicateKey(root)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static boolean hasDuplicateKey(Node root) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n == null || !seen.add(n)) {
                continue;   // aliases share nodes: visit each once
            }
            if (n instanceof MappingNode map) {
                Set<String> keys = new HashSet<>();
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && !k.getValue().equals("<<") && !keys.add(k.getValue())) {
                        return true;
                    }
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
            } else if (n instanceof SequenceNode seq) {
                seq.getValue().forEach(todo::push);
            }
        }
        return false;
    }

    /** Seed manifests: the test resources, samples/ when present, and every rule's examples. */
    private static List<Map.Entry<String, String>> seeds(Path root) throws IOException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Path dir : List.of(root.resolve("src/test/resources"), root.resolve("samples"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList()) {
                    out.add(Map.entry(root.relativize(f).toString(), Files.readString(f)));
                }
            }
        }
        for (RuleInfo r : RuleRegistry.standard().rules()) {
            out.add(Map.entry("rule " + r.id() + " bad example", r.badExample()));
            out.add(Map.entry("rule " + r.id() + " good example", r.goodExample()));
        }
        return out;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "fuzz-lint");
            t.setDaemon(true);
            return t;
        };
    }
}
