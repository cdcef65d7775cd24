package dev.hookctl.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.ScalarType;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML (and JSON, which is YAML) into {@link YamlNode} trees that keep positions. It walks
 * Jackson's streaming parser once and builds the tree with an explicit stack, so depth costs heap,
 * never the call stack. Aliases resolve to the anchored node; {@code <<} merge keys are applied
 * the way Kubernetes' YAML library applies them (explicit keys win).
 */
public final class YamlReader {

    /** A document of a multi-document file; {@code index} counts from 0. */
    public record ParsedDocument(int index, YamlNode root) {}

    /** Everything read from one file: documents up to the first fatal problem, and all problems. */
    public record Result(SourceFile file, List<ParsedDocument> documents, List<YamlProblem> problems) {}

    private static final int MAX_INTERNED_KEYS = 200_000;
    /** How Jackson words an alias where it expects a mapping key. */
    private static final java.util.regex.Pattern ALIAS_AS_KEY =
            java.util.regex.Pattern.compile("^Expected a field name.*AliasEvent\\(anchor=(.*)\\)>");

    /** How Jackson words any other node where it expects a mapping key: as its parser's event class. */
    private static final java.util.regex.Pattern NODE_AS_KEY = java.util.regex.Pattern.compile(
            "^Expected a field name.*<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)(?:Start)?Event\\b");

    /** Made on the first text {@link BlockYaml} leaves to it: most runs never load Jackson's YAML classes. */
    private volatile YAMLFactory factory;
    private final YamlLimits limits;
    /**
     * The strings kept once (see TreeBuilder#intern), one table per thread that reads: files are
     * parsed on several threads at once, and a shared concurrent table made them wait on each other
     * (a sixth of the parse time on two cores). Each thread keeps its own copy of the few thousand
     * distinct keys and short values of a repository.
     */
    private final ThreadLocal<Map<String, String>> keys = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, String>> values = ThreadLocal.withInitial(HashMap::new);

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    private YAMLFactory factory() {
        YAMLFactory f = factory;
        if (f == null) {
            synchronized (this) {
                f = factory;
                if (f == null) {
                    LoaderOptions options = new LoaderOptions();
                    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() * 2));
                    options.setAllowDuplicateKeys(true); // we report them ourselves, with both positions
                    f = YAMLFactory.builder()
                            .loaderOptions(options)
                            .streamReadConstraints(StreamReadConstraints.builder()
                                    .maxNestingDepth(limits.maxDepth() + 10)
                                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() * 2))
                                    .build())
                            .build();
                    factory = f;
                }
            }
        }
        return f;
    }

    public YamlReader() {
        this(YamlLimits.DEFAULT);
    }

    /**
     * Decodes bytes as UTF-8 (a leading BOM is dropped). Invalid UTF-8 is reported with the
     * position of the first bad byte, and the text is still returned with replacement characters.
     */
    public static DecodedText decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        if (isAscii(bytes, offset)) {
            // most manifests: every byte is a character, with no decoder and no intermediate buffer
            return new DecodedText(new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1),
                    Optional.empty());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return new DecodedText(decoder.decode(in).toString(), Optional.empty());
        } catch (CharacterCodingException e) {
            int bad = offset;
            if (e instanceof MalformedInputException) {
                bad = firstMalformed(bytes, offset);
            }
            Span at = byteSpan(bytes, offset, bad);
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            return new DecodedText(text, Optional.of(new YamlProblem(YamlProblem.ENCODING,
                    String.format("the file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xff, bad),
                    "save the file as UTF-8; Kubernetes and Codefresh read manifests as UTF-8",
                    at, Optional.empty())));
        }
    }

    private static boolean isAscii(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decoded text and, when the bytes were not valid UTF-8, the problem. */
    public record DecodedText(String text, Optional<YamlProblem> problem) {}

    private static int firstMalformed(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : from;
    }

    private static Span byteSpan(byte[] bytes, int from, int badIndex) {
        int line = 1;
        int column = 1;
        for (int i = from; i < badIndex && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return Span.point(line, column);
    }

    /** Parses every document of a file. Never throws for bad input: problems are returned. */
    public Result read(SourceFile file) {
        return read(file, file.text());
    }

    /** Parses {@code text} as the content of {@code file} (which need not keep the text itself). */
    public Result read(SourceFile file, String text) {
        Result result = readBlock(file, text);
        return result != null ? result : readGeneral(file, text);
    }

    /** Reads with {@link BlockYaml}; null when the text is outside its subset. */
    Result readBlock(SourceFile file, String text) {
        List<ParsedDocument> docs = new ArrayList<>();
        List<YamlProblem> problems = new ArrayList<>();
        try {
            if (BlockYaml.read(text, new TreeBuilder(docs, problems))) {
                return new Result(file, List.copyOf(docs), List.copyOf(problems));
            }
        } catch (LimitExceeded e) {
            // the general reader reports it, with everything before it
        }
        return null;
    }

    /** Reads with Jackson and SnakeYAML, which accept all of YAML and word every syntax error. */
    Result readGeneral(SourceFile file, String text) {
        List<ParsedDocument> docs = new ArrayList<>();
        List<YamlProblem> problems = new ArrayList<>();
        try (JsonParser p = factory().createParser(text)) {
            new JacksonEvents((YAMLParser) p, text, new TreeBuilder(docs, problems)).run();
        } catch (JsonProcessingException e) {
            problems.add(readerProblem(e, text).orElseGet(() -> syntaxProblem(e)));
        } catch (IOException e) {
            problems.add(new YamlProblem(YamlProblem.SYNTAX, "cannot read YAML: " + e.getMessage(), "",
                    Span.START, Optional.empty()));
        } catch (LimitExceeded e) {
            problems.add(e.problem);
        } catch (RuntimeException e) {
            // SnakeYAML signals some scanner errors with unchecked exceptions of its own.
            problems.add(readerProblem(e, text).or(() -> fromSnake(e)).orElseThrow(() -> e));
        }
        return new Result(file, List.copyOf(docs), List.copyOf(problems));
    }

    /** A character YAML does not allow at all (NUL and other controls): usually a binary file. */
    private static Optional<YamlProblem> readerProblem(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.reader.ReaderException r) {
                int index = Math.max(0, Math.min(text.length(), r.getPosition()));
                int line = 1;
                int column = 1;
                for (int i = 0; i < index; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                return Optional.of(new YamlProblem(YamlProblem.SYNTAX,
                        String.format("the file contains the control character U+%04X, which YAML does not allow",
                                r.getCodePoint()),
                        "is it a binary file? Remove the character, or leave the file out of the paths",
                        Span.point(line, column), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static YamlProblem syntaxProblem(JsonProcessingException e) {
        Optional<YamlProblem> snake = fromSnake(e);
        if (snake.isPresent()) {
            return snake.get();
        }
        JsonLocation loc = e.getLocation();
        Span at = loc != null && loc.getLineNr() > 0 ? Span.point(loc.getLineNr(), Math.max(1, loc.getColumnNr()))
                : Span.START;
        String message = firstLine(e.getOriginalMessage());
        java.util.regex.Matcher alias = ALIAS_AS_KEY.matcher(message);
        if (alias.find() && at.line() > 0) {
            // Jackson reads keys as text only; it words this as its parser's events. A key written
            // *like-this is an alias to YAML, which is seldom meant: say so, at the asterisk.
            String name = alias.group(1);
            return new YamlProblem(YamlProblem.SYNTAX,
                    "*" + name + " is an alias here, and hookctl reads mapping keys as text only: a key that starts"
                            + " with * must be quoted",
                    "write \"*" + name + "\": with quotes",
                    Span.point(at.line(), Math.max(1, at.column() - name.length() - 1)), Optional.empty());
        }
        java.util.regex.Matcher node = NODE_AS_KEY.matcher(message);
        if (node.find()) {
            // valid YAML (a complex key, "? [a, b]"), but Kubernetes converts manifests to JSON, whose keys are text
            String what = switch (node.group(1)) {
                case "Sequence" -> "a list";
                case "Mapping" -> "a mapping";
                default -> "not text";
            };
            return new YamlProblem(YamlProblem.SYNTAX, "a mapping key must be text, and this one is " + what
                    + ": Kubernetes reads manifests as JSON, whose keys are strings",
                    "write the key as a plain or quoted string", at, Optional.empty());
        }
        return new YamlProblem(YamlProblem.SYNTAX, message, "", at, Optional.empty());
    }

    private static Optional<YamlProblem> fromSnake(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                Span at = mark == null ? Span.START : Span.point(mark.getLine() + 1, mark.getColumn() + 1);
                String problem = m.getProblem() != null ? m.getProblem() : firstLine(m.getMessage());
                String context = m.getContext();
                Optional<Span> related = Optional.empty();
                if (context != null && m.getContextMark() != null && m.getProblemMark() != null
                        && m.getContextMark().getLine() != m.getProblemMark().getLine()) {
                    related = Optional.of(Span.point(m.getContextMark().getLine() + 1,
                            m.getContextMark().getColumn() + 1));
                }
                String raw = clean(context == null ? problem : problem + " (" + context + ")");
                String plain = plainWords(problem);
                String message = plain.isEmpty() ? raw : plain + " (YAML: " + raw + ")";
                return Optional.of(new YamlProblem(YamlProblem.SYNTAX, message,
                        "fix the YAML syntax here; every document after this point in the file was not read",
                        at, related));
            }
            if (t instanceof org.yaml.snakeyaml.error.YAMLException y && t.getCause() == null) {
                return Optional.of(new YamlProblem(YamlProblem.SYNTAX, clean(firstLine(y.getMessage())), "",
                        Span.START, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** SnakeYAML's messages in the words of someone editing a manifest, for the common cases. */
    private static String plainWords(String problem) {
        if (problem == null) {
            return "";
        }
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")) {
            return "wrong indentation: this line does not line up with the lines above it";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "unexpected ':' (a value containing ': ' must be quoted, or the indentation is off)";
        }
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            return "a tab character stands where YAML allows only spaces (indentation, or between a key and its value)";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "a key is missing its ':'";
        }
        if (problem.startsWith("found undefined alias") || problem.startsWith("found undefined tag")) {
            return "an alias or tag is not defined";
        }
        if (problem.startsWith("found unexpected end of stream")) {
            return "the file ends inside a quoted string or a flow collection";
        }
        if (problem.contains("special characters are not allowed")) {
            return "the file contains a control character; is it a binary file?";
        }
        return "";
    }

    private static String clean(String s) {
        return s.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid YAML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static final class LimitExceeded extends RuntimeException {
        final YamlProblem problem;

        LimitExceeded(YamlProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * Builds one file's trees from what a reader gives it (BlockYaml directly, Jackson through
     * {@link JacksonEvents}): nesting, duplicate keys, merge keys, anchors and the limits.
     */
    private final class TreeBuilder implements BlockYaml.Sink {
        private final List<ParsedDocument> docs;
        private final List<YamlProblem> problems;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Map<YamlNode, Long> weights = new IdentityHashMap<>();
        private final Map<String, String> internedKeys = keys.get();
        private final Map<String, String> internedValues = values.get();
        private long aliasNodes;

        /**
         * Short values repeat across a repository as much as keys do (RELEASE_URL, main, alpine:3.20,
         * a service account): share them too. Long values (scripts) are kept as they are.
         */
        String shortValue(String value) {
            if (value.length() > 48 || internedValues.size() > MAX_INTERNED_KEYS) {
                return value;
            }
            String known = internedValues.putIfAbsent(value, value);
            return known == null ? value : known;
        }

        /**
         * Mapping keys repeat across every file ("name", "value"): keep one copy of each, and that
         * the JVM's own (String#intern, once per distinct key and thread), the very object of the
         * string literals the checks look keys up with, which {@link YamlNode.Mapping} then finds
         * by identity.
         */
        String intern(String key) {
            String known = internedKeys.get(key);
            if (known != null) {
                return known;
            }
            if (internedKeys.size() > MAX_INTERNED_KEYS) {
                return key;
            }
            known = key.intern();
            internedKeys.put(known, known);
            return known;
        }

        TreeBuilder(List<ParsedDocument> docs, List<YamlProblem> problems) {
            this.docs = docs;
            this.problems = problems;
        }

        @Override
        public void openMapping(int line, int column) {
            push(new Frame(true, Span.point(line, column), null));
        }

        @Override
        public void openSequence(int line, int column) {
            push(new Frame(false, Span.point(line, column), null));
        }

        @Override
        public void key(String text, int line, int column, int endLine, int endColumn) {
            key(new Scalar(intern(text), ScalarType.STRING, new Span(line, column, endLine, endColumn)));
        }

        @Override
        public void scalar(String value, ScalarType type, int line, int column, int endLine, int endColumn) {
            add(new Scalar(shortValue(value), type, new Span(line, column, endLine, endColumn)));
        }

        /** The key of the next value added to the innermost mapping. */
        void key(Scalar key) {
            stack.peek().key = key;
        }

        /** Closes the innermost mapping or sequence; it ends at {@code endLine:endColumn}. */
        @Override
        public void close(int endLine, int endColumn) {
            Frame f = stack.pop();
            YamlNode node = f.build(endLine, endColumn);
            if (f.anchor != null) {
                anchors.put(f.anchor, node);
            }
            add(node);
        }

        void push(Frame f) {
            if (stack.size() >= limits.maxDepth()) {
                throw new LimitExceeded(new YamlProblem(YamlProblem.LIMIT,
                        "the YAML is nested more than " + limits.maxDepth() + " levels deep",
                        "no Kubernetes manifest needs this depth; the rest of the file was not read",
                        f.start, Optional.empty()));
            }
            stack.push(f);
        }

        /** The node an alias stands for, counted against the alias limit. */
        YamlNode alias(String name, Span span) {
            YamlNode target = anchors.get(name);
            if (target == null) {
                throw new LimitExceeded(new YamlProblem(YamlProblem.SYNTAX,
                        "alias *" + name + " refers to no anchor defined before it", "", span, Optional.empty()));
            }
            aliasNodes += weight(target);
            if (aliasNodes > limits.maxAliasNodes()) {
                throw new LimitExceeded(new YamlProblem(YamlProblem.LIMIT,
                        "aliases expand to more than " + limits.maxAliasNodes() + " nodes",
                        "this looks like an alias bomb; the rest of the file was not read", span,
                        Optional.empty()));
            }
            return target;
        }

        void anchor(String name, YamlNode node) {
            anchors.put(name, node);
        }

        private long weight(YamlNode n) {
            Long w = weights.get(n);
            if (w != null) {
                return w;
            }
            long total = 1;
            if (n instanceof Mapping m) {
                for (int i = 0; i < m.size(); i++) {
                    total += weight(m.valueAt(i));
                }
            } else if (n instanceof Sequence s) {
                for (YamlNode i : s.items()) {
                    total += weight(i);
                }
            }
            weights.put(n, total);
            return total;
        }

        void add(YamlNode node) {
            Frame top = stack.peek();
            if (top == null) {
                if (docs.size() >= limits.maxDocuments()) {
                    throw new LimitExceeded(new YamlProblem(YamlProblem.LIMIT,
                            "the file holds more than " + limits.maxDocuments() + " documents",
                            "split it into several files", node.span(), Optional.empty()));
                }
                docs.add(new ParsedDocument(docs.size(), node));
                anchors.clear();
                weights.clear();
                aliasNodes = 0;
                return;
            }
            if (!top.mapping) {
                top.items.add(node);
                return;
            }
            Scalar key = top.key;
            top.key = null;
            if (key.value().equals("<<")) {
                top.merges.add(node);
                return;
            }
            int previous = top.indexOf(key.value());
            if (previous >= 0) {
                Scalar first = (Scalar) top.keysAndValues.get(2 * previous);
                problems.add(new YamlProblem(YamlProblem.DUPLICATE_KEY,
                        "duplicate key \"" + key.value() + "\" (first defined at line " + first.span().line() + ")",
                        "remove one of them: the first value is silently ignored, and strict Kubernetes validation refuses the file",
                        key.span(), Optional.of(first.span())));
                // the later value wins, in the later place
                top.keysAndValues.subList(2 * previous, 2 * previous + 2).clear();
                top.index = null;
            }
            top.keysAndValues.add(key);
            top.keysAndValues.add(node);
            if (top.index != null) {
                top.index.put(key.value(), top.keysAndValues.size() / 2 - 1);
            }
        }

    }

    /** Drives a {@link TreeBuilder} with the events of Jackson's YAML parser over one text. */
    private static final class JacksonEvents {
        private final YAMLParser p;
        private final String text;
        private final TreeBuilder tree;

        JacksonEvents(YAMLParser p, String text, TreeBuilder tree) {
            this.p = p;
            this.text = text;
            this.tree = tree;
        }

        void run() throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT -> tree.push(new Frame(true, start(), p.getObjectId()));
                    case START_ARRAY -> tree.push(new Frame(false, start(), p.getObjectId()));
                    case FIELD_NAME -> tree.key(new Scalar(tree.intern(p.getCurrentName()), ScalarType.STRING, tokenSpan()));
                    case END_OBJECT, END_ARRAY -> {
                        JsonLocation end = end();
                        tree.close(Math.max(1, end.getLineNr()), Math.max(1, end.getColumnNr()));
                    }
                    default -> tree.add(scalar(t));
                }
            }
        }

        private YamlNode scalar(JsonToken t) throws IOException {
            Span span = tokenSpan();
            if (p.isCurrentAlias()) {
                return tree.alias(p.getText(), span);
            }
            ScalarType type = switch (t) {
                case VALUE_NUMBER_INT -> ScalarType.INT;
                case VALUE_NUMBER_FLOAT -> ScalarType.FLOAT;
                case VALUE_TRUE, VALUE_FALSE -> ScalarType.BOOL;
                case VALUE_NULL -> ScalarType.NULL;
                default -> ScalarType.STRING;
            };
            String value = p.getText();
            if (type == ScalarType.STRING && PlainScalars.BOOLEANS.contains(value) && isPlain(p.getTokenLocation())) {
                type = ScalarType.BOOL;
            }
            if (type == ScalarType.NULL) {
                value = "";
            }
            Scalar s = new Scalar(value == null ? "" : tree.shortValue(value), type, span);
            String anchor = p.getObjectId();
            if (anchor == null) {
                anchor = scalarAnchor(p.getTokenLocation());
            }
            if (anchor != null) {
                tree.anchor(anchor, s);
            }
            return s;
        }

        /**
         * The anchor of a scalar ({@code key: &name value}). Jackson reports anchors of mappings and
         * sequences but not of scalars; a scalar's token starts at its properties, so the anchor is
         * read from the source there ({@code &name} and {@code !tag} in either order).
         */
        private String scalarAnchor(JsonLocation at) {
            long offset = at.getCharOffset();
            if (offset < 0 || offset >= text.length()) {
                return null;
            }
            int i = (int) offset;
            for (int property = 0; property < 2 && i < text.length(); property++) {
                char c = text.charAt(i);
                if (c != '&' && c != '!') {
                    return null;
                }
                int end = i + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && ",[]{}".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                if (c == '&') {
                    return text.substring(i + 1, end);
                }
                i = end;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
            }
            return null;
        }

        private boolean isPlain(JsonLocation at) {
            long offset = at.getCharOffset();
            if (offset < 0 || offset >= text.length()) {
                return true;
            }
            char c = text.charAt((int) offset);
            return c != '"' && c != '\'';
        }

        private Span start() {
            JsonLocation l = p.getTokenLocation();
            return Span.point(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }

        private Span tokenSpan() {
            JsonLocation s = p.getTokenLocation();
            JsonLocation e = p.getCurrentLocation();
            int line = Math.max(1, s.getLineNr());
            int col = Math.max(1, s.getColumnNr());
            return new Span(line, col, Math.max(line, e.getLineNr()), Math.max(1, e.getColumnNr()));
        }

        private JsonLocation end() {
            return p.getCurrentLocation();
        }
    }

    /** An open mapping or sequence. */
    private static final class Frame {
        final boolean mapping;
        final Span start;
        final String anchor;
        /** A mapping's key nodes and values so far, alternating (the {@link Mapping} made of them keeps each key's text too). */
        final List<Object> keysAndValues;
        final List<YamlNode> merges;
        final List<YamlNode> items;
        /** Positions of the keys, built once a mapping is too long to search. */
        Map<String, Integer> index;
        Scalar key;

        Frame(boolean mapping, Span start, String anchor) {
            this.mapping = mapping;
            this.start = start;
            this.anchor = anchor;
            this.keysAndValues = mapping ? new ArrayList<>() : List.of();
            this.merges = mapping ? new ArrayList<>(0) : List.of();
            this.items = mapping ? List.of() : new ArrayList<>();
        }

        /** Where {@code name} is among the keys so far (the entry's position), or -1. */
        int indexOf(String name) {
            int size = keysAndValues.size() / 2;
            if (index == null && size >= 16) {
                index = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(((Scalar) keysAndValues.get(2 * i)).value(), i);
                }
            }
            if (index != null) {
                Integer at = index.get(name);
                return at == null ? -1 : at;
            }
            for (int i = 0; i < size; i++) {
                if (((Scalar) keysAndValues.get(2 * i)).value().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        YamlNode build(int endLine, int endColumn) {
            Span span = new Span(start.line(), start.column(), Math.max(start.line(), endLine), endColumn);
            if (!mapping) {
                return new Sequence(items, span);
            }
            if (merges.isEmpty()) {
                return new Mapping(keysAndValues, span, true); // one entry per key: add() drops an earlier duplicate
            }
            LinkedHashMap<String, Entry> merged = new LinkedHashMap<>();
            for (YamlNode m : merges) {
                List<YamlNode> sources = m instanceof Sequence s ? s.items() : List.of(m);
                for (YamlNode src : sources) {
                    if (src instanceof Mapping sm) {
                        for (int i = 0; i < sm.size(); i++) {
                            merged.putIfAbsent(sm.nameAt(i), new Entry(sm.keyAt(i), sm.valueAt(i)));
                        }
                    }
                }
            }
            for (int i = 0; i < keysAndValues.size(); i += 2) {
                Scalar k = (Scalar) keysAndValues.get(i);
                merged.put(k.value(), new Entry(k, (YamlNode) keysAndValues.get(i + 1)));
            }
            return new Mapping(new ArrayList<>(merged.values()), span);
        }
    }
}
