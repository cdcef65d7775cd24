package dev.hookctl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.yaml.YamlNode.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the tree builder makes of duplicate and merge keys. BlockYamlTest checks that the two
 * readers agree; both feed this builder, so these expectations are written out.
 */
class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    private YamlReader.Result read(String text) {
        return reader.read(new SourceFile(Optional.empty(), "t.yaml", text));
    }

    private Mapping root(String text) {
        return (Mapping) read(text).documents().get(0).root();
    }

    /** "key=value" for each entry, in order. */
    private static List<String> entries(Mapping m) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            out.add(m.nameAt(i) + "=" + ((YamlNode.Scalar) m.valueAt(i)).value());
        }
        return out;
    }

    /** A block mapping of {@code count} keys k0.. with one "dup" key given first at 0 and again at {@code at}. */
    private static String withDuplicate(int count, int at) {
        StringBuilder b = new StringBuilder("dup: first\n");
        for (int i = 0; i < count; i++) {
            if (i == at) {
                b.append("dup: last\n");
            }
            b.append("k").append(i).append(": v").append(i).append('\n');
        }
        return b.toString();
    }

    @Test
    void aDuplicateKeyIsReportedAndTheLaterValueWinsInTheLaterPlace() {
        for (int count : new int[] {2, 11, 12, 15, 16, 20, 40}) {
            YamlReader.Result r = read(withDuplicate(count, count - 1));
            Mapping m = (Mapping) r.documents().get(0).root();
            assertThat(r.problems()).as("%d keys", count).singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("duplicate key \"dup\" (first defined at line 1)"));
            assertThat(m.size()).as("%d keys", count).isEqualTo(count + 1);
            assertThat(m.textOrNull("dup")).as("%d keys", count).isEqualTo("last");
            assertThat(m.nameAt(count - 1)).as("%d keys: the later place", count).isEqualTo("dup");
            assertThat(m.nameAt(0)).isEqualTo("k0");
            assertThat(m.keyOrNull("dup").span().line()).isEqualTo(count + 1);
            for (int i = 0; i < count; i++) {
                assertThat(m.textOrNull("k" + i)).as("%d keys, k%d", count, i).isEqualTo("v" + i);
            }
        }
    }

    @Test
    void aLineOfTheTextIsTheLineTheReaderCounts() {
        // \n, \r\n and a lone \r (old Mac files) each end a line, for the reader and for the snippets
        String text = "a: 1\rb: 2\r\nc: 3\nd:\r  - 4\r";
        SourceFile f = new SourceFile(Optional.empty(), "t.yaml", text);
        Mapping root = (Mapping) read(text).documents().get(0).root();
        for (String key : List.of("a", "b", "c", "d")) {
            int line = root.keyOrNull(key).span().line();
            assertThat(f.line(line)).as(key).startsWith(key + ":");
        }
        assertThat(f.lineCount()).isEqualTo(6);
        assertThat(f.line(5)).isEqualTo("  - 4");
    }

    @Test
    void aKeyThatIsAListOrAMappingIsReportedInOurWordsNotAsTheParsersEvents() {
        for (String[] c : new String[][] {{"labels:\n  ? [a, b]\n  : c\n", "a list"}, {"a:\n  ? {x: 1}\n  : c\n",
                "a mapping"}}) {
            YamlReader.Result r = read(c[0]);
            assertThat(r.problems()).as(c[0]).hasSize(1);
            YamlProblem p = r.problems().get(0);
            assertThat(p.message()).as(c[0]).isEqualTo("a mapping key must be text, and this one is " + c[1]
                    + ": Kubernetes reads manifests as JSON, whose keys are strings");
            assertThat(p.hint()).isEqualTo("write the key as a plain or quoted string");
            assertThat(p.span().line()).as(c[0]).isEqualTo(2);
        }
    }

    @Test
    void aKeyThatIsAnAliasIsReportedAtItsAsteriskWithTheQuotedSpelling() {
        YamlReader.Result r = read("rules:\n  argo-dag: off\n  *-duplicate: error\n");
        assertThat(r.problems()).hasSize(1);
        YamlProblem p = r.problems().get(0);
        assertThat(p.message()).startsWith("*-duplicate is an alias here");
        assertThat(p.hint()).isEqualTo("write \"*-duplicate\": with quotes");
        assertThat(p.span().line()).isEqualTo(3);
        assertThat(p.span().column()).isEqualTo(3);
    }

    @Test
    void aKeyRepeatedThreeTimesKeepsTheLastValue() {
        Mapping m = root("a: 1\nb: 2\na: 3\nc: 4\na: 5\n");
        assertThat(entries(m)).containsExactly("b=2", "c=4", "a=5");
    }

    @Test
    void mergeKeysAddWhatTheMappingDoesNotSayItself() {
        Mapping m = root("""
                base: &base {x: 1, y: 2}
                more: &more {y: 20, z: 30}
                one:
                  <<: *base
                  y: own
                many:
                  <<: [*base, *more]
                  w: own
                """);
        // an own key that overrides a merged one keeps the merged key's place
        assertThat(entries(m.mappingOrNull("one"))).containsExactly("x=1", "y=own");
        // the first source wins among sources; own keys come after the merged ones
        assertThat(entries(m.mappingOrNull("many"))).containsExactly("x=1", "y=2", "z=30", "w=own");
    }

    @Test
    void aMergeThatMakesALongMappingIsIndexedLikeAnyOther() {
        StringBuilder base = new StringBuilder("base: &base {");
        for (int i = 0; i < 14; i++) {
            base.append(i == 0 ? "" : ", ").append("k").append(i).append(": v").append(i);
        }
        Mapping m = root(base + "}\nmerged:\n  <<: *base\n  k3: own\n  extra: e\n");
        Mapping merged = m.mappingOrNull("merged");
        assertThat(merged.size()).isEqualTo(15);
        assertThat(merged.textOrNull("k3")).isEqualTo("own");
        assertThat(merged.textOrNull("k13")).isEqualTo("v13");
        assertThat(merged.textOrNull("extra")).isEqualTo("e");
        assertThat(merged.has("missing")).isFalse();
    }
}
