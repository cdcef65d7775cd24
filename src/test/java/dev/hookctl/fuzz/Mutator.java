package dev.hookctl.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a manifest: the damage real files suffer (truncation, stray bytes, bad
 * encodings, broken indentation, duplicated keys, a value of the wrong type) and hostile shapes
 * (deep nesting, alias bombs, thousands of documents, huge lines). Each mutation says what it did,
 * so a failure report can be read without rerunning.
 */
public final class Mutator {
    /** A mutated input and how it was made. */
    public record Mutant(String how, byte[] bytes) {}

    private static final String[] TYPE_SWAPS = {"[1, 2]", "{a: 1}", "42", "null", "true", "\"\"", "~", "[]", "{}",
        "-1.5e300", "!!binary aGVsbG8=", "2001-12-14t21:59:43.10-05:00", "{{workflow.parameters.X}}"};
    private static final String[] JUNK = {"\t", "&a", "*a", "!!", "%YAML 1.1", "{{", "}}", "\"", "'", ":", "- ",
        "? ", "|", ">", "#", "@", "`", "\\", "\u0000", "\u0085", "\u2028", "\uFEFF", "<<: *a", "---", "...", "&", "*"};

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public Mutant mutate(String name, String text) {
        int kind = random.nextInt(16);
        String t = text;
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        int line = random.nextInt(lines.size());
        return switch (kind) {
            case 0 -> flipBytes(name, t.getBytes(StandardCharsets.UTF_8));
            case 1 -> {
                int at = random.nextInt(t.length() + 1);
                yield text(name + ": truncated at " + at, t.substring(0, at));
            }
            case 2 -> {
                // a line with a key repeated next to itself: a duplicate key in the same mapping
                lines.add(line, lines.get(line));
                yield text(name + ": line " + (line + 1) + " duplicated", String.join("\n", lines));
            }
            case 3 -> {
                String l = lines.get(line);
                int colon = l.indexOf(": ");
                String swap = TYPE_SWAPS[random.nextInt(TYPE_SWAPS.length)];
                lines.set(line, colon < 0 ? l + " " + swap : l.substring(0, colon + 2) + swap);
                yield text(name + ": line " + (line + 1) + " value -> " + swap, String.join("\n", lines));
            }
            case 4 -> {
                int depth = 50 + random.nextInt(400);
                yield text(name + ": nested " + depth + " deep",
                        t + "\ndeep: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
            }
            case 5 -> {
                int depth = 50 + random.nextInt(400);
                StringBuilder b = new StringBuilder(t).append("\nblock:\n");
                for (int i = 1; i <= depth; i++) {
                    b.append(" ".repeat(i)).append("k").append(i).append(":\n");
                }
                yield text(name + ": block mapping " + depth + " deep", b.toString());
            }
            case 6 -> {
                int levels = 4 + random.nextInt(6);
                StringBuilder b = new StringBuilder(t).append("\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
                for (int i = 1; i < levels; i++) {
                    b.append("l").append(i).append(": &l").append(i).append(" [");
                    for (int j = 0; j < 10; j++) {
                        b.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
                    }
                    b.append("]\n");
                }
                yield text(name + ": alias bomb of " + levels + " levels", b.toString());
            }
            case 7 -> {
                int docs = 1 + random.nextInt(12_000);
                yield text(name + ": " + docs + " extra documents", t + "\n" + "---\na: 1\n".repeat(docs));
            }
            case 8 -> {
                String junk = JUNK[random.nextInt(JUNK.length)];
                int at = random.nextInt(t.length() + 1);
                yield text(name + ": inserted " + printable(junk) + " at " + at, t.substring(0, at) + junk + t.substring(at));
            }
            case 9 -> {
                String l = lines.get(line);
                int shift = random.nextBoolean() ? 1 : -Math.min(l.length() - l.stripLeading().length(), 1 + random.nextInt(3));
                lines.set(line, shift > 0 ? " ".repeat(1 + random.nextInt(3)) + l : l.substring(-shift));
                yield text(name + ": line " + (line + 1) + " re-indented", String.join("\n", lines));
            }
            case 10 -> {
                lines.remove(line);
                yield text(name + ": line " + (line + 1) + " deleted", String.join("\n", lines));
            }
            case 11 -> {
                int other = random.nextInt(lines.size());
                String a = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, a);
                yield text(name + ": lines " + (line + 1) + " and " + (other + 1) + " swapped", String.join("\n", lines));
            }
            case 12 -> {
                byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(bytes.length + 1);
                byte[] out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, at);
                out[at] = (byte) (0x80 + random.nextInt(0x80));
                System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                yield new Mutant(name + ": invalid UTF-8 byte at " + at, out);
            }
            case 13 -> text(name + ": a 200 KB line", t + "\nlong: " + "x".repeat(200_000) + "\n");
            case 14 -> {
                // several mutations on top of each other
                Mutant m = mutate(name, t);
                Mutant n = mutate(m.how(), new String(m.bytes(), StandardCharsets.UTF_8));
                yield n;
            }
            default -> {
                lines.add(line, "<<: *nowhere");
                yield text(name + ": merge of an undefined alias at line " + (line + 1), String.join("\n", lines));
            }
        };
    }

    private Mutant flipBytes(String name, byte[] bytes) {
        byte[] out = bytes.clone();
        int flips = 1 + random.nextInt(4);
        StringBuilder how = new StringBuilder(name).append(": flipped bytes at");
        for (int i = 0; i < flips && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
            how.append(' ').append(at);
        }
        return new Mutant(how.toString(), out);
    }

    private static Mutant text(String how, String text) {
        return new Mutant(how, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return b.append('"').toString();
    }
}
