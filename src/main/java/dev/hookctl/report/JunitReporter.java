package dev.hookctl.report;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI dashboards: one test case per file read; errors and warnings of the file are
 * its failures (infos are listed in system-out), so a clean file is a passing test.
 */
public final class JunitReporter implements Reporter {
    @Override
    public void write(LintReport report, List<RuleInfo> rules, ReportOptions options, Appendable out)
            throws IOException {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (String f : report.filePaths()) {
            byFile.put(f, new ArrayList<>());
        }
        for (Diagnostic d : report.diagnostics()) {
            byFile.computeIfAbsent(d.location().file().displayPath(), k -> new ArrayList<>()).add(d);
        }
        int failures = 0;
        for (List<Diagnostic> ds : byFile.values()) {
            if (ds.stream().anyMatch(d -> d.severity() != Severity.INFO)) {
                failures++;
            }
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"hookctl\" tests=\"").append(String.valueOf(byFile.size()))
                .append("\" failures=\"").append(String.valueOf(failures)).append("\">\n");
        out.append("  <testsuite name=\"hookctl lint\" tests=\"").append(String.valueOf(byFile.size()))
                .append("\" failures=\"").append(String.valueOf(failures)).append("\" errors=\"0\" skipped=\"0\">\n");
        for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) {
            out.append("    <testcase classname=\"hookctl.lint\" name=\"").append(xml(e.getKey())).append("\"");
            List<Diagnostic> problems = e.getValue().stream().filter(d -> d.severity() != Severity.INFO).toList();
            List<Diagnostic> infos = e.getValue().stream().filter(d -> d.severity() == Severity.INFO).toList();
            if (problems.isEmpty() && infos.isEmpty()) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            if (!problems.isEmpty()) {
                Diagnostic first = problems.get(0);
                out.append("      <failure type=\"").append(xml(first.ruleId())).append("\" message=\"")
                        .append(xml(problems.size() == 1 ? first.message()
                                : problems.size() + " problems, first: " + first.message()))
                        .append("\">");
                for (Diagnostic d : problems) {
                    out.append(xml(line(d))).append('\n');
                }
                out.append("</failure>\n");
            }
            if (!infos.isEmpty()) {
                out.append("      <system-out>");
                for (Diagnostic d : infos) {
                    out.append(xml(line(d))).append('\n');
                }
                out.append("</system-out>\n");
            }
            out.append("    </testcase>\n");
        }
        out.append("  </testsuite>\n</testsuites>\n");
    }

    private static String line(Diagnostic d) {
        var s = d.location().span();
        return d.location().file().displayPath() + ":" + s.line() + ":" + s.column() + ": " + d.severity().label()
                + ": " + d.message() + " [" + d.ruleId() + "]" + (d.hint().isEmpty() ? "" : " hint: " + d.hint());
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append("\uFFFD");
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
