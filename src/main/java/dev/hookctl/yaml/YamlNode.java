package dev.hookctl.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value with its source span. Our own tree, because Jackson's {@code JsonNode} forgets
 * where things came from and every diagnostic must point at a line and column.
 * Aliases resolve to the anchored node itself, so a node may appear at several places.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Span span();

    /** The YAML-level type, used in "expected a mapping, got a string" messages. */
    String typeName();

    /** How a scalar resolved under the YAML 1.1 rules that Kubernetes uses. */
    enum ScalarType { STRING, INT, FLOAT, BOOL, NULL }

    /**
     * A scalar. Its span is stored as four ints rather than a {@link Span} object: scalars are most
     * of the nodes of a manifest, and lint keeps every tree of a repository in memory.
     */
    final class Scalar implements YamlNode {
        private static final ScalarType[] TYPES = ScalarType.values();

        private final String value;
        private final int line;
        private final int column;
        private final int endColumn;
        /** The lines the scalar spans beyond its first, and its type: 32 bytes an object instead of 40. */
        private final int extraLinesAndType;

        public Scalar(String value, ScalarType type, Span span) {
            this.value = value;
            this.line = span.line();
            this.column = span.column();
            this.endColumn = span.endColumn();
            this.extraLinesAndType = (span.endLine() - span.line()) << 3 | type.ordinal();
        }

        public String value() {
            return value;
        }

        public ScalarType type() {
            return TYPES[extraLinesAndType & 7];
        }

        private int endLine() {
            return line + (extraLinesAndType >>> 3);
        }

        @Override
        public Span span() {
            return new Span(line, column, endLine(), endColumn);
        }

        public boolean isNull() {
            return type() == ScalarType.NULL;
        }

        public boolean isString() {
            return type() == ScalarType.STRING;
        }

        @Override
        public String typeName() {
            return switch (type()) {
                case STRING -> "a string";
                case INT -> "an integer";
                case FLOAT -> "a number";
                case BOOL -> "a boolean";
                case NULL -> "null";
            };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Scalar s && s.value.equals(value) && s.extraLinesAndType == extraLinesAndType
                    && s.line == line && s.column == column && s.endColumn == endColumn;
        }

        @Override
        public int hashCode() {
            return value.hashCode() * 31 + line * 7 + column;
        }

        @Override
        public String toString() {
            return "Scalar[" + value + " @" + line + ":" + column + "]";
        }
    }

    record Entry(Scalar key, YamlNode value) {
        public String name() {
            return key.value();
        }
    }

    /**
     * The items of a sequence, as an unmodifiable list over the node's own array, or the entries of
     * a mapping, over an array made for the call. The nodes keep bare arrays, which are no larger
     * than {@code List.copyOf}'s small lists and smaller than its others, and their lookups read
     * them directly: with C1 only, the launcher's compiler, a {@code List.get} through the interface
     * is a call each time. A view costs an object per {@code entries()} or {@code items()} call
     * (and an {@code Entry} per entry); the hot walks use the index accessors instead.
     */
    final class Items<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
        private final T[] array;

        private Items(T[] array) {
            this.array = array;
        }

        @Override
        public T get(int index) {
            return array[index];
        }

        @Override
        public int size() {
            return array.length;
        }

        /** {@code values} as an array; {@code empty}, a shared array of length 0, gives its type and stands for none. */
        private static <T> T[] copy(List<? extends T> values, T[] empty) {
            T[] array = values.toArray(empty);
            for (T value : array) {
                java.util.Objects.requireNonNull(value);
            }
            return array;
        }
    }

    /** A mapping; keys are unique (the reader reports and drops duplicates). */
    final class Mapping implements YamlNode {
        /** Below this size a linear scan beats a hash index and costs no memory. */
        private static final int INDEX_FROM = 12;

        private static final Object[] NO_ENTRIES = new Object[0];

        /**
         * Per entry, its key's text, its key node and its value, in document order ({@link #STRIDE}
         * slots each): one array per mapping and no object per entry. A repository's trees hold
         * hundreds of thousands of entries, which as objects were a sixth of the trees' memory and a
         * pointer more to follow on every walk. The key's text sits in the array so that lookups and
         * walks compare keys without reading the key nodes: the reader's key texts are (as a rule)
         * interned strings that every tree shares, and stay in the processor's cache, while each key
         * node is an object of its own that mostly does not. {@link Entry} objects are made on
         * request ({@link #entryAt}, {@link #entries}); the walks use {@link #nameAt},
         * {@link #keyAt} and {@link #valueAt}.
         */
        private final Object[] entries;
        /** The position of each key, for a long mapping. */
        private final Map<String, Integer> byKey;
        /**
         * A filter of the keys (one bit per key, {@link #keyBit}): a key whose bit is clear is not
         * there, which answers most lookups of an optional field without reading any key. The sign
         * bit is {@link #DISTINCT}. One int, so a mapping is no larger than with a boolean alone.
         */
        private final int keyBits;
        // the span as ints, as in Scalar: a repository's trees hold hundreds of thousands of mappings
        private final int line;
        private final int column;
        private final int endLine;
        private final int endColumn;

        /** A mapping of {@code entries}, in their order; of equal keys, the last is the one looked up. */
        public Mapping(List<Entry> entries, Span span) {
            this(flatten(entries), span, false);
        }

        /**
         * {@code keysAndValues}: a {@link Scalar} key then its value, neither null, for each entry
         * (the reader's tree builder, whose keys are {@code distinct}).
         */
        Mapping(List<Object> keysAndValues, Span span, boolean distinct) {
            assert keysAndValues.size() % 2 == 0 : "a key without a value";
            int size = keysAndValues.size() / 2;
            Object[] array = size == 0 ? NO_ENTRIES : new Object[size * STRIDE];
            int bits = 0;
            for (int i = 0; i < size; i++) {
                Scalar key = (Scalar) keysAndValues.get(2 * i);
                array[STRIDE * i] = key.value;
                array[STRIDE * i + 1] = key;
                array[STRIDE * i + 2] = java.util.Objects.requireNonNull(keysAndValues.get(2 * i + 1));
                bits |= keyBit(key.value);
            }
            this.entries = array;
            this.keyBits = bits | (distinct || distinct(array) ? DISTINCT : 0);
            if (size >= INDEX_FROM) {
                Map<String, Integer> index = new java.util.HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(nameAt(i), i);
                }
                this.byKey = index;
            } else {
                this.byKey = null;
            }
            this.line = span.line();
            this.column = span.column();
            this.endLine = span.endLine();
            this.endColumn = span.endColumn();
        }

        /** In {@link #keyBits}: no two keys are equal (always so in trees the reader builds). */
        private static final int DISTINCT = 1 << 31;

        /**
         * The filter bit of a key, one of the 31 below {@link #DISTINCT}, from its hash code, which a
         * string computes once and keeps: the reader's keys are interned strings, and the checks look
         * up literals, so a lookup costs no hashing of characters after the first.
         */
        private static int keyBit(String key) {
            int bit = key.hashCode() & 31;
            return 1 << (bit == 31 ? 0 : bit);
        }

        /** Key text, key node, value: the slots of one entry in {@link #entries}. */
        private static final int STRIDE = 3;

        /**
         * {@code n / 3} for {@code n >= 0}, by multiplying with the inverse: the walks ask a mapping's
         * size at every turn of their loops, and C1 compiles a division as a division.
         */
        private static int thirdOf(int n) {
            return (int) ((n * 0xAAAAAAABL) >>> 33);
        }

        private static boolean distinct(Object[] entries) {
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (int i = 0; i < entries.length; i += STRIDE) {
                if (!seen.add(entries[i])) {
                    return false;
                }
            }
            return true;
        }

        private static List<Object> flatten(List<Entry> entries) {
            List<Object> out = new ArrayList<>(entries.size() * 2);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                out.add(java.util.Objects.requireNonNull(e.key()));
                out.add(java.util.Objects.requireNonNull(e.value()));
            }
            return out;
        }

        /** The entries, in document order: an unmodifiable list made for this call. */
        public List<Entry> entries() {
            Entry[] out = new Entry[size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = entryAt(i);
            }
            return new Items<>(out);
        }

        public Optional<YamlNode> get(String key) {
            return Optional.ofNullable(getOrNull(key));
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entryOrNull(key));
        }

        public boolean has(String key) {
            return indexOf(key) >= 0;
        }

        /** The value as a mapping, when it is one. */
        public Optional<Mapping> mapping(String key) {
            return get(key).filter(Mapping.class::isInstance).map(Mapping.class::cast);
        }

        public Optional<Sequence> sequence(String key) {
            return get(key).filter(Sequence.class::isInstance).map(Sequence.class::cast);
        }

        public Optional<Scalar> scalar(String key) {
            return get(key).filter(Scalar.class::isInstance).map(Scalar.class::cast);
        }

        /** The text of a non-null scalar value (strings, numbers and booleans alike). */
        public Optional<String> text(String key) {
            return scalar(key).filter(s -> !s.isNull()).map(Scalar::value);
        }

        /** Follows a path of mapping keys. */
        public Optional<YamlNode> at(String... keys) {
            YamlNode cur = this;
            for (String k : keys) {
                if (!(cur instanceof Mapping m)) {
                    return Optional.empty();
                }
                Optional<YamlNode> next = m.get(k);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                cur = next.get();
            }
            return Optional.of(cur);
        }

        public int size() {
            return thirdOf(entries.length);
        }

        @Override
        public Span span() {
            return new Span(line, column, endLine, endColumn);
        }

        @Override
        public String typeName() {
            return "a mapping";
        }

        @Override
        public String toString() {
            return "Mapping" + entries();
        }

        // Lookups for the checks' hot walks, which run over every node of every template. They return
        // null instead of an Optional: with C1 only (the launcher's flags) every Optional, lambda and
        // list iterator is a real allocation. Same answers as get/entry/mapping/sequence/scalar/text.

        /**
         * The entry of {@code key}, or null; as {@link #entry}. It makes an {@link Entry}: walks ask
         * {@link #getOrNull} or {@link #keyOrNull} instead.
         */
        public Entry entryOrNull(String key) {
            int i = indexOf(key);
            return i < 0 ? null : entryAt(i);
        }

        /**
         * The position of {@code key}, or -1. From the end: the last of equal keys wins. The array
         * and the fields directly, and the length before equals: with C1 only, neither List.get nor
         * String.equals is inlined, and most keys compared differ in length from the one looked for.
         */
        private int indexOf(String key) {
            if (byKey != null) {
                Integer at = byKey.get(key);
                return at == null ? -1 : at;
            }
            int bits = keyBits;
            if ((bits & keyBit(key)) == 0) {
                return -1;
            }
            Object[] array = entries;
            if (bits < 0) { // DISTINCT
                // first by identity: the reader keeps keys as the JVM's interned strings, the same
                // objects as the literals the checks ask for, so a key that is there is found
                // without comparing characters; then by content, for keys built at run time
                for (int i = array.length - STRIDE; i >= 0; i -= STRIDE) {
                    if (array[i] == key) {
                        return thirdOf(i);
                    }
                }
            }
            int length = key.length();
            for (int i = array.length - STRIDE; i >= 0; i -= STRIDE) {
                String name = (String) array[i];
                if (name.length() == length && name.equals(key)) {
                    return thirdOf(i);
                }
            }
            return -1;
        }

        /** The key node of {@code key}, or null: where to point at a field rather than its value. */
        public Scalar keyOrNull(String key) {
            int i = indexOf(key);
            return i < 0 ? null : keyAt(i);
        }

        /** The value of {@code key}, or null; as {@link #get}. */
        public YamlNode getOrNull(String key) {
            int i = indexOf(key);
            return i < 0 ? null : (YamlNode) entries[STRIDE * i + 2];
        }

        /** The value of {@code key} when it is a mapping, else null; as {@link #mapping}. */
        public Mapping mappingOrNull(String key) {
            return getOrNull(key) instanceof Mapping m ? m : null;
        }

        /** The value of {@code key} when it is a list, else null; as {@link #sequence}. */
        public Sequence sequenceOrNull(String key) {
            return getOrNull(key) instanceof Sequence s ? s : null;
        }

        /** The value of {@code key} when it is a scalar (null scalars included), else null; as {@link #scalar}. */
        public Scalar scalarOrNull(String key) {
            return getOrNull(key) instanceof Scalar s ? s : null;
        }

        /** The text of a non-null scalar value, else null; as {@link #text}. */
        public String textOrNull(String key) {
            return getOrNull(key) instanceof Scalar s && !s.isNull() ? s.value() : null;
        }

        /** The entry at {@code index}, in document order: an object made for this call (see {@link #keyAt}). */
        public Entry entryAt(int index) {
            return new Entry(keyAt(index), valueAt(index));
        }

        /** The key at {@code index}, in document order. */
        public Scalar keyAt(int index) {
            return (Scalar) entries[STRIDE * index + 1];
        }

        /** The key's text at {@code index}. */
        public String nameAt(int index) {
            return (String) entries[STRIDE * index];
        }

        /** The value at {@code index}, in document order. */
        public YamlNode valueAt(int index) {
            return (YamlNode) entries[STRIDE * index + 2];
        }
    }

    /** A sequence; like a scalar, it keeps its span as ints. Equal when items and span are. */
    final class Sequence implements YamlNode {
        private static final YamlNode[] NO_ITEMS = new YamlNode[0];

        private final YamlNode[] items;
        private final int line;
        private final int column;
        private final int endLine;
        private final int endColumn;

        public Sequence(List<YamlNode> items, Span span) {
            this.items = Items.copy(items, NO_ITEMS);
            this.line = span.line();
            this.column = span.column();
            this.endLine = span.endLine();
            this.endColumn = span.endColumn();
        }

        public List<YamlNode> items() {
            return new Items<>(items);
        }

        @Override
        public Span span() {
            return new Span(line, column, endLine, endColumn);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sequence q && java.util.Arrays.equals(q.items, items) && q.line == line && q.column == column
                    && q.endLine == endLine && q.endColumn == endColumn;
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(items) * 31 + line * 7 + column;
        }

        @Override
        public String toString() {
            return "Sequence" + items();
        }

        /** The items that are mappings, in order. */
        public List<Mapping> mappings() {
            List<Mapping> out = new ArrayList<>();
            for (YamlNode n : items) {
                if (n instanceof Mapping m) {
                    out.add(m);
                }
            }
            return out;
        }

        @Override
        public String typeName() {
            return "a list";
        }

        /** How many items; for index loops, which allocate no iterator. */
        public int size() {
            return items.length;
        }

        /** The item at {@code index}. */
        public YamlNode item(int index) {
            return items[index];
        }
    }

    /** Plain Java values (String, Long, Double, Boolean, null, List, LinkedHashMap), for writing and rendering. */
    static Object toPlain(YamlNode node) {
        if (node instanceof Scalar s) {
            return switch (s.type()) {
                case NULL -> null;
                case BOOL -> Boolean.valueOf(s.value().equalsIgnoreCase("true") || s.value().equalsIgnoreCase("yes")
                        || s.value().equalsIgnoreCase("on") || s.value().equalsIgnoreCase("y"));
                case INT -> parseInteger(s.value());
                case FLOAT -> parseFloat(s.value());
                case STRING -> s.value();
            };
        }
        if (node instanceof Sequence q) {
            List<Object> out = new ArrayList<>(q.items().size());
            for (YamlNode n : q.items()) {
                out.add(toPlain(n));
            }
            return out;
        }
        Mapping m = (Mapping) node;
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < m.size(); i++) {
            out.put(m.nameAt(i), toPlain(m.valueAt(i)));
        }
        return out;
    }

    private static Object parseInteger(String text) {
        String t = text.replace("_", "");
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Long.parseLong(t.substring(2), 16);
            }
            if (t.startsWith("0o")) {
                return Long.parseLong(t.substring(2), 8);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            try {
                return new java.math.BigInteger(t);
            } catch (NumberFormatException e2) {
                return text;
            }
        }
    }

    private static Object parseFloat(String text) {
        try {
            return Double.parseDouble(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
