package dev.hookctl.lint.rules;

import dev.hookctl.load.Document;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.Span;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Tree and position helpers the rules of this package share. */
final class Nodes {
    private Nodes() {}

    /** The key of an entry when present, else the document's anchor: where to point at a missing child. */
    static YamlNode keyOr(Mapping parent, String key, YamlNode fallback) {
        return parent.entry(key).<YamlNode>map(Entry::key).orElse(fallback);
    }

    /** The key node of {@code key} in {@code m}, for pointing at a field rather than its value. */
    static Optional<Scalar> key(Mapping m, String key) {
        return m.entry(key).map(Entry::key);
    }

    /** The node a document-level finding points at when nothing more precise exists. */
    static YamlNode anchorNode(Document d) {
        return d.metadata().flatMap(m -> m.get("name")).or(() -> d.root().get("kind")).orElse(d.root());
    }

    /** True when the node is an integer scalar (YAML 1.1 int; a quoted "10" is a string and is not). */
    static boolean isInteger(YamlNode n) {
        return n instanceof Scalar s && s.type() == YamlNode.ScalarType.INT;
    }

    static boolean isString(YamlNode n) {
        return n instanceof Scalar s && s.isString();
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** Letters and digits only, upper case: how near-miss names are compared. */
    static String squash(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Every string scalar under {@code root} with the mapping entry it is the value of (when it is one). */
    static void forEachString(YamlNode root, Consumer<Scalar> action) {
        Deque<YamlNode> todo = new ArrayDeque<>();
        Map<YamlNode, Boolean> seen = new IdentityHashMap<>(); // aliases share nodes
        todo.push(root);
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (seen.put(n, Boolean.TRUE) != null) {
                continue;
            }
            if (n instanceof Scalar s) {
                if (s.isString()) {
                    action.accept(s);
                }
            } else if (n instanceof Mapping m) {
                List<Entry> entries = m.entries();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    todo.push(entries.get(i).value());
                }
            } else if (n instanceof Sequence q) {
                for (int i = q.items().size() - 1; i >= 0; i--) {
                    todo.push(q.items().get(i));
                }
            }
        }
    }

    /** Every mapping under {@code root}, depth first in document order. */
    static void forEachMapping(YamlNode root, Consumer<Mapping> action) {
        Deque<YamlNode> todo = new ArrayDeque<>();
        Map<YamlNode, Boolean> seen = new IdentityHashMap<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (seen.put(n, Boolean.TRUE) != null) {
                continue;
            }
            if (n instanceof Mapping m) {
                action.accept(m);
                List<Entry> entries = m.entries();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    todo.push(entries.get(i).value());
                }
            } else if (n instanceof Sequence q) {
                for (int i = q.items().size() - 1; i >= 0; i--) {
                    todo.push(q.items().get(i));
                }
            }
        }
    }

    /**
     * Where the characters {@code [offset, offset + length)} of a scalar's value sit in the source,
     * when that can be told for sure: on the first line of a plain or quoted scalar (no escapes before
     * the text), or anywhere in a literal ({@code |}) or folded ({@code >}) block scalar. The answer
     * is verified against the source text; anything unsure gives empty, and callers point at the
     * whole scalar instead.
     */
    static Optional<Span> within(SourceFile file, Scalar scalar, int offset, int length) {
        String value = scalar.value();
        if (offset < 0 || length <= 0 || offset + length > value.length()) {
            return Optional.empty();
        }
        String needle = value.substring(offset, offset + length);
        if (needle.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Span span = scalar.span();
        String first = file.line(span.line());
        int col0 = span.column() - 1; // 0-based index of the scalar's first character in its line
        if (col0 >= first.length()) {
            return Optional.empty();
        }
        char c = first.charAt(col0);
        if (c == '|' || c == '>') {
            return inBlock(file, scalar, offset, needle);
        }
        int contentStart = (c == '"' || c == '\'') ? col0 + 1 : col0;
        String prefix = value.substring(0, offset);
        if (prefix.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        int at = contentStart + offset;
        // Verifying prefix and needle together rules out escapes and folding before the text.
        if (first.startsWith(prefix + needle, contentStart)) {
            return Optional.of(new Span(span.line(), at + 1, span.line(), at + 1 + length));
        }
        return Optional.empty();
    }

    private static Optional<Span> inBlock(SourceFile file, Scalar scalar, int offset, String needle) {
        int headerLine = scalar.span().line();
        int indent = blockIndent(file, headerLine, scalar.span().endLine());
        if (indent < 0) {
            return Optional.empty();
        }
        String value = scalar.value();
        boolean literal = file.line(headerLine).charAt(scalar.span().column() - 1) == '|';
        if (literal) {
            // A literal block keeps its lines: value line i is source line header + 1 + i.
            int lineIndex = 0;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (value.charAt(i) == '\n') {
                    lineIndex++;
                    lineStart = i + 1;
                }
            }
            int line = headerLine + 1 + lineIndex;
            int column0 = indent + (offset - lineStart);
            if (file.line(line).startsWith(needle, column0)) {
                return Optional.of(new Span(line, column0 + 1, line, column0 + 1 + needle.length()));
            }
            return Optional.empty();
        }
        // A folded block joins lines with spaces: find the needle in the block's lines, and accept
        // it only when it occurs exactly as often there as in the value (so the n-th is the n-th).
        int occurrence = countOccurrences(value.substring(0, offset), needle);
        int seen = 0;
        for (int line = headerLine + 1; line <= Math.max(headerLine + 1, scalar.span().endLine()); line++) {
            String text = file.line(line);
            int from = 0;
            int idx;
            while ((idx = text.indexOf(needle, from)) >= 0) {
                if (seen == occurrence && idx >= indent) {
                    return Optional.of(new Span(line, idx + 1, line, idx + 1 + needle.length()));
                }
                seen++;
                from = idx + 1;
            }
        }
        return Optional.empty();
    }

    private static int countOccurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** The indentation of a block scalar's content: its first non-blank line (or -1 when there is none). */
    private static int blockIndent(SourceFile file, int headerLine, int endLine) {
        for (int line = headerLine + 1; line <= Math.max(headerLine + 1, endLine); line++) {
            String text = file.line(line);
            if (text.isBlank()) {
                continue;
            }
            int i = 0;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }
        return -1;
    }
}
