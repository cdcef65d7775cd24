package dev.hookctl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.fuzz.Mutator;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader must build exactly what the general reader builds (values, types, every
 * position, duplicate-key problems) whenever it accepts a text, and must accept the manifests
 * people write. Compared on every manifest of the tests, samples, rule examples and corpus, on
 * thousands of mutants of them, and on hand-written corner cases.
 */
class BlockYamlTest {
    private final YamlReader reader = new YamlReader();
    private static final SourceFile FILE = new SourceFile(Optional.empty(), "t.yaml", "");

    /** A canonical text of a read: every node with its span, every problem. */
    static String dump(YamlReader.Result r) {
        StringBuilder b = new StringBuilder();
        for (YamlReader.ParsedDocument d : r.documents()) {
            b.append("--- #").append(d.index()).append('\n');
            dump(d.root(), 0, b);
        }
        for (YamlProblem p : r.problems()) {
            b.append("problem ").append(p.code()).append(' ').append(p.span()).append('-')
                    .append(p.span().endLine()).append(':').append(p.span().endColumn()).append(' ')
                    .append(p.message()).append(' ').append(p.related()).append('\n');
        }
        return b.toString();
    }

    private static void dump(YamlNode node, int depth, StringBuilder b) {
        String pad = "  ".repeat(depth);
        Span s = node.span();
        String where = s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
        if (node instanceof Scalar sc) {
            b.append(pad).append(sc.type()).append(' ').append(where).append(' ')
                    .append(sc.value().replace("\n", "\\n")).append('\n');
        } else if (node instanceof Mapping m) {
            b.append(pad).append("map ").append(where).append('\n');
            for (Entry e : m.entries()) {
                Span k = e.key().span();
                b.append(pad).append(" key ").append(k.line()).append(':').append(k.column()).append('-')
                        .append(k.endLine()).append(':').append(k.endColumn()).append(' ').append(e.name()).append('\n');
                dump(e.value(), depth + 1, b);
            }
        } else if (node instanceof Sequence q) {
            b.append(pad).append("seq ").append(where).append('\n');
            for (YamlNode i : q.items()) {
                dump(i, depth + 1, b);
            }
        }
    }

    /** Whether the fast reader took the text; fails when it did and disagrees with the general one. */
    private boolean agrees(String name, String text) {
        YamlReader.Result fast = reader.readBlock(FILE, text);
        if (fast == null) {
            return false;
        }
        String expected = dump(reader.readGeneral(FILE, text));
        assertThat(dump(fast)).as("%s:%n%s", name, text).isEqualTo(expected);
        return true;
    }

    static List<Map.Entry<String, String>> manifests() throws IOException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        Path root = Path.of("").toAbsolutePath();
        for (Path dir : List.of(root.resolve("src/test/resources"), root.resolve("samples"), root.resolve("docs"),
                root.resolve("../shared/corpus"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    out.add(Map.entry(f.toString(), YamlReader.decode(bytes).text()));
                }
            }
        }
        for (RuleInfo r : RuleRegistry.standard().rules()) {
            out.add(Map.entry("rule " + r.id() + " bad example", r.badExample()));
            out.add(Map.entry("rule " + r.id() + " good example", r.goodExample()));
        }
        return out;
    }

    @Test
    void everyManifestReadsTheSameAndMostAreTakenByTheFastReader() throws IOException {
        List<Map.Entry<String, String>> all = manifests();
        int taken = 0;
        for (Map.Entry<String, String> m : all) {
            if (agrees(m.getKey(), m.getValue())) {
                taken++;
            }
        }
        assertThat(all).hasSizeGreaterThan(300);
        assertThat(taken).as("manifests the fast reader takes, of %d", all.size()).isGreaterThan(all.size() * 8 / 10);
    }

    @Test
    void windowsLineEndsReadTheSame() throws IOException {
        List<Map.Entry<String, String>> all = manifests();
        int taken = 0;
        for (Map.Entry<String, String> m : all) {
            if (agrees(m.getKey() + " with CRLF", m.getValue().replace("\r\n", "\n").replace("\n", "\r\n"))) {
                taken++;
            }
        }
        assertThat(taken).as("CRLF manifests the fast reader takes, of %d", all.size()).isGreaterThan(all.size() * 8 / 10);
        Mutator mutator = new Mutator(13);
        Random random = new Random(17);
        for (int i = 0; i < Integer.getInteger("blockyaml.mutants", 4000) / 2; i++) {
            Map.Entry<String, String> seed = all.get(random.nextInt(all.size()));
            String crlf = seed.getValue().replace("\r\n", "\n").replace("\n", "\r\n");
            String text = i % 2 == 0 ? YamlReader.decode(mutator.mutate(seed.getKey(), crlf).bytes()).text()
                    : edit(crlf, random);
            agrees("#" + i + " " + seed.getKey() + " with CRLF, mutated", text);
        }
    }

    @Test
    void theSamplesAreAllTakenByTheFastReader() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("samples/shared-config-repo"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(agrees(f.toString(), text)).as("taken: %s", f).isTrue();
            }
        }
    }

    @Test
    void mutantsReadTheSame() throws IOException {
        List<Map.Entry<String, String>> all = manifests();
        Mutator mutator = new Mutator(7);
        Random random = new Random(11);
        int taken = 0;
        int count = Integer.getInteger("blockyaml.mutants", 4000);
        for (int i = 0; i < count; i++) {
            Map.Entry<String, String> seed = all.get(random.nextInt(all.size()));
            String text;
            String how;
            if (i % 2 == 0) {
                Mutator.Mutant m = mutator.mutate(seed.getKey(), seed.getValue());
                text = YamlReader.decode(m.bytes()).text();
                how = m.how();
            } else {
                text = edit(seed.getValue(), random);
                how = seed.getKey() + " edited";
            }
            if (agrees("#" + i + " " + how, text)) {
                taken++;
            }
        }
        assertThat(taken).as("mutants taken by the fast reader").isGreaterThan(count / 5);
    }

    @Test
    void plainScalarsResolveToTheTypesTheGeneralReaderGivesThem() {
        Random random = new Random(5);
        String alphabet = "0123456789+-_.:eExXbBoOaAfFiInNtTyYlLsSuUrR~";
        int taken = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder v = new StringBuilder();
            int length = 1 + random.nextInt(7);
            for (int k = 0; k < length; k++) {
                v.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (agrees("value " + v, "a: " + v + "\nb: [" + v + "]\n")) {
                taken++;
            }
        }
        for (String v : List.of("0", "-0", "+0", "00", "0.", ".5", "-.5", "+.5e3", "1e3", "1E-3", "1_0", "0x1F", "0b101",
                "017", "019", "1:30", "1:30.5", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "NaN", "inf", "1.2.3", "v1",
                "3.20", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "y", "Y", "n", "N", "yes", "No", "ON", "oFF",
                "true", "True", "TRUE", "tRUE", "null", "Null", "NULL", "nULL", "~", "~x", "=", "<<x", "-", "--", "+",
                "-c", "--flag", "8.10.1", "1.4.0")) {
            agrees("value " + v, "a: " + v + "\n");
        }
        assertThat(taken).isGreaterThan(10_000);
    }

    /** Small edits in the characters YAML cares about: spaces, colons, dashes, quotes, breaks. */
    private static String edit(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        String[] pieces = {" ", "  ", "\n", ":", ": ", "- ", "-", "#", " #", "'", "\"", "|", "|-", ">", ">+", "[", "]",
            "{", "}", ",", "\n\n", "\\", "x", "1", "0.5", "true", "~", "null", "---\n", "\\n", "\\u00e9", "''"};
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, pieces[random.nextInt(pieces.length)]);
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(3)));
                default -> b.replace(at, Math.min(b.length(), at + 1), pieces[random.nextInt(pieces.length)]);
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: [x, 'y', \"z\"]\nc: {d: e, f: 1.5}\n",
        "a:\n- x\n- y\nb: 2\n",
        "a:\n  - x\n  -   y  # c\n\n# c\nb:\n",
        "a: |\n  one\n  two\n\n\nb: >-\n  folded\n  text\n\n  para\n   more\n  end\n",
        "a: |+\n  keep\n\n\n",
        "a: |-\n  strip\n\n",
        "a: >\n  x\n\n",
        "a: |\n  x",
        "a: |\n\n  after empty\n",
        "- a: 1\n  b:\n    c: d\n- - x\n  - y\n- e\n",
        "k: v\n---\nk: w\n---\n- 1\n",
        "# only a comment\n",
        "",
        "---\n",
        "a: b\n---\n",
        "a: 1\na: 2\n",
        "x:\n  a: 1\n  b: 2\n  a: 3\n",
        "a: yes\nb: No\nc: y\nd: ~\ne: null\nf: 0x1F\ng: 010\nh: 1_000\ni: .inf\nj: -.5\nk: 1e3\nl: 1.2.3\nm: 12:30\n",
        "a: -1\nb: +5\nc: -0\nd: 00\ne: 3.\nf: 2001-12-14\ng: \"esc \\t \\\" \\\\ \\u00e9 \\x41\"\nh: 'it''s'\n",
        "a: \"\"\nb: ''\nc: \"\\/\"\nd: \"\\N\"\n",
        "key with spaces  :   value with  spaces   \n",
        "url: http://x.y/z#frag\ncmd: echo a:b\nhash: a#b\n",
        "a: b: c\n",
        "a: [b, c\n",
        "a: - b\n",
        "a:\n  b\n  c\n",
        "a: b\n  c: d\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "? a\n: b\n",
        "<<: {a: 1}\n",
        "a: 'multi\n  line'\n",
        "a: \"multi\n  line\"\n",
        "a: plain\n  continued\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "a: |\r\n  x\r\n\r\n  y  \r\nb: >-\r\n  f\r\n  g\r\n",
        "a: 'x' # c\r\nb:\r\n- 1\r\n- [2, 3]\r\n",
        "a: b\rc: d\r\n",
        "a: b\r\n",
        "a: b\r",
        "a:\n- b\n  - c\n",
        "a:\n  -\n    b: c\n",
        "- \n- x\n",
        "a: {b: [c, {d: e}], f: []}\n",
        "a: [a: b]\n",
        "a: {b}\n",
        "a: [b, ]\n",
        "top\n",
        "  a: 1\n  b: 2\n",
        "a: 1\n b: 2\n",
        "a:\n    b: 1\n  c: 2\n",
        "a: |\n    deeper first\n  shallower\n",
        "a: |\n   \n  x\n",
        "a: |2\n   x\n",
        "- |\n  x\n- >\n  y\n  z\n",
        "a:\n  - b: |\n      text\n    c: d\n",
        "emoji: \"\uD83D\uDE00\"\n",
        "a: 'x' # c\nb: \"y\"   \n",
        "a: 'x' y\n",
        "\"quoted key\": 1\n'single': 2\n",
        "a: -\n",
        "a: -x\nb: [-y, --z]\n",
        "a: :x\n",
        "a: ?x\n",
        "a:  # comment\n  b: 1\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\n...\n",
        "--- # c\na: 1\n",
        "--- a\n",
        "a: @x\n",
        "a: `x`\n",
        "a: 1\n---\n---\nb: 2\n",
        "a: b\nc\n",
        "a: {b: c}\n  d: e\n",
        "a:\n  b: 1\n c: 2\n",
    })
    void cornerCasesReadTheSame(String text) {
        agrees("corner case", text);
    }

    @Test
    void keysAsLongAsSnakeYamlsLimitReadTheSame() {
        for (int length : new int[] {990, 1000, 1010, 1020, 1030, 1100}) {
            String key = "k".repeat(length);
            agrees("plain key " + length, key + ": v\n");
            agrees("quoted key " + length, "\"" + key + "\": v\n");
            agrees("quoted flow key " + length, "a: {\"" + key + "\": v}\n");
        }
    }
}
