package dev.hookctl.report;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.lint.LintReport;
import java.io.IOException;
import java.util.List;

/** Turns a lint report into bytes. The only code that formats diagnostics. */
public interface Reporter {
    /**
     * @param rules every rule (for formats that describe the rules they use, such as SARIF)
     * @param color whether ANSI colour may be used
     */
    void write(LintReport report, List<RuleInfo> rules, ReportOptions options, Appendable out) throws IOException;

    /**
     * Settings that are not part of the report itself. {@code uriPrefix} turns a displayed path
     * into a repository-relative one for SARIF (empty when the working directory is the root).
     */
    record ReportOptions(boolean color, String toolVersion, String uriPrefix) {}
}
