package dev.hookctl.argo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code depends} grammar of DAG tasks. Argo's lint finds atoms with the regex
 * {@code ([a-zA-Z0-9][-a-zA-Z0-9]*?\.[A-Z][a-zA-Z]+)|([a-zA-Z0-9][-a-zA-Z0-9]*)} and takes every
 * other word for a task name; the controller then evaluates the whole expression with expr-lang,
 * which is where a syntax error surfaces. {@link #atoms} mirrors the lint side, {@link #syntaxProblem}
 * the run-time side for the operators Argo documents ({@code && || !} and parentheses).
 */
final class Depends {
    private Depends() {}

    static final Set<String> RESULTS = Set.of("Succeeded", "Failed", "Errored", "Skipped", "Omitted", "Daemoned",
            "AnySucceeded", "AllFailed");

    /**
     * A task reference in a depends expression: {@code task} or {@code task.Result}; offsets are
     * into the expression. {@code result} is empty for a bare task name.
     */
    record Atom(String task, Optional<String> result, int start, int end) {
        boolean itemsBased() {
            return result.filter(r -> r.equals("AnySucceeded") || r.equals("AllFailed")).isPresent();
        }
    }

    static List<Atom> atoms(String expr) {
        List<Atom> out = new ArrayList<>();
        int i = 0;
        int n = expr.length();
        while (i < n) {
            if (!Names.isAlnum(expr.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int j = i + 1;
            while (j < n && (Names.isAlnum(expr.charAt(j)) || expr.charAt(j) == '-')) {
                j++;
            }
            // task.Result: a dot, an upper-case letter, then at least one more letter
            if (j + 2 < n && expr.charAt(j) == '.' && isUpper(expr.charAt(j + 1)) && isLetter(expr.charAt(j + 2))) {
                int k = j + 3;
                while (k < n && isLetter(expr.charAt(k))) {
                    k++;
                }
                out.add(new Atom(expr.substring(start, j), Optional.of(expr.substring(j + 1, k)), start, k));
                i = k;
            } else {
                out.add(new Atom(expr.substring(start, j), Optional.empty(), start, j));
                i = j;
            }
        }
        return out;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A reason the expression cannot be evaluated, with the offset that shows it. */
    record Problem(String message, int offset) {}

    /**
     * Parses {@code or := and ('||' and)*; and := unary ('&&' unary)*; unary := '!' unary | primary;
     * primary := atom | '(' or ')'} and reports the first place that does not fit.
     */
    static Optional<Problem> syntaxProblem(String expr) {
        Parser p = new Parser(expr, atoms(expr));
        try {
            p.skipSpace();
            if (p.pos >= expr.length()) {
                return Optional.of(new Problem("the expression is empty", 0));
            }
            p.or();
            p.skipSpace();
            if (p.pos < expr.length()) {
                throw p.fail("unexpected " + p.describe());
            }
            return Optional.empty();
        } catch (Failure f) {
            return Optional.of(f.problem);
        }
    }

    private static final class Failure extends RuntimeException {
        final Problem problem;

        Failure(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static final class Parser {
        final String s;
        final List<Atom> atoms;
        int pos;
        int atomIndex;

        Parser(String s, List<Atom> atoms) {
            this.s = s;
            this.atoms = atoms;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Failure fail(String message) {
            return new Failure(new Problem(message, Math.min(pos, Math.max(0, s.length() - 1))));
        }

        String describe() {
            if (pos >= s.length()) {
                return "end of expression";
            }
            return "'" + s.charAt(pos) + "'";
        }

        void or() {
            and();
            while (true) {
                skipSpace();
                if (s.startsWith("||", pos)) {
                    pos += 2;
                    and();
                } else {
                    return;
                }
            }
        }

        void and() {
            unary();
            while (true) {
                skipSpace();
                if (s.startsWith("&&", pos)) {
                    pos += 2;
                    unary();
                } else {
                    return;
                }
            }
        }

        void unary() {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '!') {
                pos++;
                unary();
                return;
            }
            primary();
        }

        void primary() {
            skipSpace();
            if (pos >= s.length()) {
                throw fail("the expression ends where a task was expected");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                int open = pos;
                pos++;
                or();
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    pos = open;
                    throw fail("'(' is not closed");
                }
                pos++;
                return;
            }
            while (atomIndex < atoms.size() && atoms.get(atomIndex).start() < pos) {
                atomIndex++;
            }
            if (atomIndex < atoms.size() && atoms.get(atomIndex).start() == pos) {
                pos = atoms.get(atomIndex++).end();
                return;
            }
            throw fail("expected a task, '!' or '(' but found " + describe());
        }
    }
}
