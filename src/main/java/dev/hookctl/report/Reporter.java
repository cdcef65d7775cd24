package dev.hookctl.report;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.load.PathText;
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
     * Settings that are not part of the report itself. {@code uriPrefix} is the working directory
     * relative to the repository root ("" at the root); {@code repositoryRoot} is that root, when
     * there is one, for files outside the working directory.
     */
    record ReportOptions(boolean color, String toolVersion, String uriPrefix,
                         java.util.Optional<java.nio.file.Path> repositoryRoot) {

        public ReportOptions(boolean color, String toolVersion, String uriPrefix) {
            this(color, toolVersion, uriPrefix, java.util.Optional.empty());
        }

        /**
         * The file's path relative to the repository root, as GitHub annotations and SARIF want it;
         * a file outside the repository keeps its absolute path.
         */
        public String repositoryPath(dev.hookctl.yaml.SourceFile file) {
            String shown = file.displayPath();
            if (!PathText.isAbsolute(shown)) {
                return uriPrefix + shown;
            }
            if (repositoryRoot.isPresent() && file.path().isPresent()) {
                java.nio.file.Path abs = file.path().get().toAbsolutePath().normalize();
                if (abs.startsWith(repositoryRoot.get())) {
                    return PathText.slashed(repositoryRoot.get().relativize(abs));
                }
            }
            return shown;
        }
    }
}
