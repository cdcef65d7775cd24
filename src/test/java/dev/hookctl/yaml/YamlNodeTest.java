package dev.hookctl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.ScalarType;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlNodeTest {
    private static final Span AT = new Span(1, 1, 1, 2);

    private static Scalar text(String value) {
        return new Scalar(value, ScalarType.STRING, AT);
    }

    private static Mapping mapping(String... keysAndValues) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.add(new Entry(text(keysAndValues[i]), text(keysAndValues[i + 1])));
        }
        return new Mapping(entries, AT);
    }

    @Test
    @SuppressWarnings("StringOperationCanBeSimplified") // the point: equal keys that are not one object
    void theLastOfEqualKeysWinsWhenTheyAreDifferentObjects() {
        Mapping m = mapping("name", "first", new String("name"), "last");
        assertThat(m.textOrNull("name")).isEqualTo("last");
        assertThat(m.textOrNull(new String("name"))).isEqualTo("last");
    }

    @Test
    void aKeyIsFoundWhetherOrNotItIsTheInternedObject() {
        YamlNode.Mapping read = (YamlNode.Mapping) new YamlReader()
                .read(new SourceFile(java.util.Optional.empty(), "t.yaml", "name: a\nimage: b\n"))
                .documents().get(0).root();
        assertThat(read.keyAt(0).value()).isSameAs("name");
        assertThat(read.textOrNull("image")).isEqualTo("b");
        assertThat(read.textOrNull(new StringBuilder("ima").append("ge").toString())).isEqualTo("b");
        assertThat(read.textOrNull("missing")).isNull();
    }

    @Test
    void theLastOfEqualKeysWinsWithAndWithoutTheIndex() {
        Mapping small = mapping("a", "1", "name", "first", "name", "last");
        assertThat(small.textOrNull("name")).isEqualTo("last");
        assertThat(small.text("name")).contains("last");
        List<String> many = new ArrayList<>(List.of("name", "first"));
        for (int i = 0; i < 12; i++) {
            many.addAll(List.of("k" + i, "v" + i));
        }
        many.addAll(List.of("name", "last"));
        Mapping large = mapping(many.toArray(String[]::new));
        assertThat(large.size()).isGreaterThanOrEqualTo(12);
        assertThat(large.textOrNull("name")).isEqualTo("last");
        assertThat(large.textOrNull("k11")).isEqualTo("v11");
        assertThat(small.entryOrNull("missing")).isNull();
        assertThat(large.entryOrNull("missing")).isNull();
    }

    @Test
    void everyKeyIsFoundAndNoOtherWhateverItsHashCode() {
        // keys of all 32 hash classes (the mapping's key filter has one bit per class, two share one),
        // in small mappings, which the filter answers for, read and built in code
        for (int bucket = 0; bucket < 32; bucket++) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; keys.size() < 3; i++) {
                if (("key" + i).hashCode() % 32 == bucket || ("key" + i).hashCode() % 32 == bucket - 32) {
                    keys.add("key" + i);
                }
            }
            Mapping built = mapping(keys.get(0), "a", keys.get(1), "b");
            StringBuilder yaml = new StringBuilder();
            keys.subList(0, 2).forEach(k -> yaml.append(k).append(": v\n"));
            Mapping read = (Mapping) new YamlReader()
                    .read(new SourceFile(java.util.Optional.empty(), "t.yaml", yaml.toString())).documents().get(0).root();
            for (Mapping m : List.of(built, read)) {
                assertThat(m.has(keys.get(0))).as("bucket %d", bucket).isTrue();
                assertThat(m.has(new String(keys.get(1).toCharArray()))).as("bucket %d", bucket).isTrue();
                assertThat(m.has(keys.get(2))).as("bucket %d", bucket).isFalse();
            }
            // and no key's bit is taken for "no two keys are equal"
            Mapping repeated = mapping(keys.get(0), "a", "name", "first", new String("name".toCharArray()), "last");
            assertThat(repeated.textOrNull("name")).as("bucket %d", bucket).isEqualTo("last");
        }
    }

    @Test
    void aKeyLookedUpWithAnotherStringOfTheSameTextIsFound() {
        Mapping m = mapping("image", "alpine");
        assertThat(m.textOrNull(new String("image".toCharArray()))).isEqualTo("alpine");
        assertThat(m.textOrNull("imagE")).isNull();
    }

    @Test
    void theIndexAccessorsAgreeWithTheEntries() {
        Mapping m = mapping("a", "1", "b", "2");
        assertThat(m.size()).isEqualTo(2);
        for (int i = 0; i < m.size(); i++) {
            assertThat(m.keyAt(i)).isSameAs(m.entries().get(i).key());
            assertThat(m.valueAt(i)).isSameAs(m.entries().get(i).value());
            assertThat(m.nameAt(i)).isEqualTo(m.entryAt(i).name()).isEqualTo(i == 0 ? "a" : "b");
        }
        assertThat(m.has("b")).isTrue();
        assertThat(m.has("c")).isFalse();
        assertThat(m.get("b")).containsSame(m.valueAt(1));
        assertThat(m.entry("b")).contains(new Entry(m.keyAt(1), m.valueAt(1)));
    }

    @Test
    void entriesAndItemsCannotBeChanged() {
        Mapping m = mapping("a", "1");
        Sequence q = new Sequence(List.of(text("x")), AT);
        assertThatThrownBy(() -> m.entries().add(m.entryAt(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> q.items().set(0, text("y"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Mapping(List.of(), AT).entries()).isEmpty();
        assertThat(new Sequence(List.of(), AT).items()).isEmpty();
    }

    @Test
    void sequencesAreEqualByItemsAndSpanWithMatchingHashCodes() {
        Sequence a = new Sequence(List.of(text("x"), text("y")), AT);
        Sequence b = new Sequence(new ArrayList<>(List.of(text("x"), text("y"))), AT);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.items()).isEqualTo(List.of(text("x"), text("y")));
        assertThat(a).isNotEqualTo(new Sequence(List.of(text("x")), AT));
        assertThat(a).isNotEqualTo(new Sequence(List.of(text("x"), text("y")), new Span(2, 1, 2, 2)));
    }

    @Test
    void aNullChildIsRefused() {
        List<YamlNode> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Sequence(withNull, AT)).isInstanceOf(NullPointerException.class);
    }
}
