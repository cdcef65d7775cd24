package dev.hookctl.report;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.lint.LintReport;
import java.io.IOException;
import java.util.List;

/**
 * GitHub Actions workflow commands: one {@code ::error}/{@code ::warning}/{@code ::notice} line
 * per diagnostic, which GitHub shows as an annotation on the file and line.
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(LintReport report, List<RuleInfo> rules, ReportOptions options, Appendable out)
            throws IOException {
        for (Diagnostic d : report.diagnostics()) {
            String command = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            var span = d.location().span();
            out.append("::").append(command)
                    .append(" file=").append(property(options.repositoryPath(d.location().file())))
                    .append(",line=").append(String.valueOf(span.line()))
                    .append(",col=").append(String.valueOf(span.column()))
                    .append(",endLine=").append(String.valueOf(span.endLine()))
                    .append(",endColumn=").append(String.valueOf(span.endColumn()))
                    .append(",title=").append(property("hookctl " + d.ruleId()))
                    .append("::")
                    .append(data(d.hint().isEmpty() ? d.message() : d.message() + "\n" + d.hint()))
                    .append('\n');
        }
        out.append(TextReporter.summary(report, new TextReporter.Style(false))).append('\n');
    }

    /** Escaping for the message part of a workflow command. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for a property value of a workflow command. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
