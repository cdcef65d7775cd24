package dev.hookctl.report;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintReport;
import dev.hookctl.yaml.Span;
import java.io.IOException;
import java.util.List;

/**
 * The human format: {@code file:line:col: severity: message [rule]}, the source line with a caret
 * under the span, the hint, and a summary line.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";

    @Override
    public void write(LintReport report, List<RuleInfo> rules, ReportOptions options, Appendable out)
            throws IOException {
        Style s = new Style(options.color());
        for (Diagnostic d : report.diagnostics()) {
            Location l = d.location();
            out.append(s.bold(l.file().displayPath() + ":" + l.span().line() + ":" + l.span().column() + ":"))
                    .append(' ')
                    .append(s.severity(d.severity()))
                    .append(": ")
                    .append(d.message())
                    .append(' ')
                    .append(s.dim("[" + d.ruleId() + "]"))
                    .append('\n');
            snippet(l, s, out);
            for (Location r : d.related()) {
                if (!r.equals(l)) {
                    out.append("   ").append(s.dim("see " + r)).append('\n');
                }
            }
            if (!d.hint().isEmpty()) {
                String[] lines = d.hint().split("\n");
                out.append("   ").append(s.cyan("hint:")).append(' ').append(lines[0]).append('\n');
                for (int i = 1; i < lines.length; i++) {
                    out.append("         ").append(lines[i]).append('\n');
                }
            }
        }
        out.append(summary(report, s)).append('\n');
    }

    private static void snippet(Location l, Style s, Appendable out) throws IOException {
        Span span = l.span();
        String line = l.file().line(span.line());
        if (line.isEmpty() && l.file().text().isEmpty()) {
            return;
        }
        String number = String.valueOf(span.line());
        String gutter = " ".repeat(Math.max(0, 4 - number.length()));
        // Columns count code points (as the YAML parser does), so the line is handled as code points.
        // Control characters never reach the terminal, and a long line shows a window around the
        // column.
        int[] cps = line.codePoints().map(TextReporter::printable).toArray();
        int from = 0;
        int to = cps.length;
        if (cps.length > MAX_SNIPPET) {
            from = Math.max(0, Math.min(span.column() - 1 - MAX_SNIPPET / 3, cps.length - MAX_SNIPPET));
            to = Math.min(cps.length, from + MAX_SNIPPET);
        }
        String lead = from > 0 ? "…" : "";
        String shown = lead + new String(cps, from, to - from) + (to < cps.length ? "…" : "");
        out.append(s.dim(gutter + number + " | ")).append(shown).append('\n');
        int shift = from - lead.length();
        int visibleLength = lead.length() + (to - from);
        int caret = Math.max(0, Math.min(span.column() - 1 - shift, visibleLength));
        int end = span.endLine() == span.line() ? Math.min(span.endColumn() - 1 - shift, visibleLength) : visibleLength;
        // the caret line is measured in terminal cells: a CJK character or an emoji takes two, a
        // combining mark none, so the marks stay under the code points they point at
        int[] shownCps = shown.codePoints().toArray();
        int caretCells = cells(shownCps, 0, caret);
        int widthCells = Math.max(1, cells(shownCps, caret, Math.max(caret, end)));
        out.append(s.dim("     | ")).append(" ".repeat(caretCells))
                .append(s.green("^" + "~".repeat(widthCells - 1))).append('\n');
    }

    /** The terminal cells code points {@code from} to {@code to} (exclusive) of {@code cps} take. */
    private static int cells(int[] cps, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < cps.length; i++) {
            n += cellWidth(cps[i]);
        }
        return n;
    }

    /**
     * How many cells a terminal gives a code point: none for combining marks and format characters
     * (a zero-width joiner, a variation selector), two for East Asian wide and full-width characters
     * and pictographic emoji, one otherwise. The common ranges of Unicode's East Asian Width, as
     * terminals apply them; ambiguous characters count as one.
     */
    static int cellWidth(int c) {
        if (c < 0x300) {
            return 1;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff)
                || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf)
                || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
                || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
                || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f680 && c <= 0x1f6ff) || (c >= 0x1f900 && c <= 0x1f9ff)
                || (c >= 0x1fa70 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd);
        return wide ? 2 : 1;
    }

    private static final int MAX_SNIPPET = 160;

    /** A code point as it may be shown: tabs as spaces, control characters as a middle dot. */
    private static int printable(int c) {
        return c == '\t' ? ' ' : c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ? '\u00b7' : c;
    }

    /** "3 errors, 1 warning in 12 files (4 flows, 9 hook templates)". */
    static String summary(LintReport r, Style s) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        long infos = r.count(Severity.INFO);
        StringBuilder b = new StringBuilder();
        if (errors + warnings + infos == 0) {
            b.append(s.green("no problems"));
        } else {
            b.append(plural(errors, "error"));
            b.append(", ").append(plural(warnings, "warning"));
            if (infos > 0) {
                b.append(", ").append(plural(infos, "info"));
            }
        }
        b.append(" in ").append(plural(r.files(), "file"));
        b.append(" (").append(plural(r.flows(), "flow"))
                .append(", ").append(plural(r.hookTemplates(), "hook template"));
        if (r.otherManifests() > 0) {
            b.append(", ").append(plural(r.otherManifests(), "other manifest"));
        }
        if (r.skippedDocuments() > 0) {
            b.append(", ").append(r.skippedDocuments()).append(" skipped");
        }
        b.append(')');
        return b.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** ANSI colour when allowed, plain text otherwise. */
    record Style(boolean color) {
        String wrap(String code, String text) {
            return color ? code + text + RESET : text;
        }

        String bold(String t) {
            return wrap(BOLD, t);
        }

        String dim(String t) {
            return wrap(DIM, t);
        }

        String cyan(String t) {
            return wrap(CYAN, t);
        }

        String green(String t) {
            return wrap(GREEN, t);
        }

        String severity(Severity sev) {
            return switch (sev) {
                case ERROR -> wrap(BOLD + RED, "error");
                case WARNING -> wrap(BOLD + YELLOW, "warning");
                case INFO -> wrap(BOLD + CYAN, "info");
            };
        }
    }
}
