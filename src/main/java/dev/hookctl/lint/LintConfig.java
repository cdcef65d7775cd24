package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's {@code .hookctl.yaml}: the environments that exist (they live in Codefresh, not
 * in Git, so this is the only way to check names), per-rule severities, paths to ignore and the
 * release URL template. {@code problems} are diagnostics about the file itself.
 */
public record LintConfig(Optional<Path> file, Map<String, EnvironmentKind> environments,
                         Map<String, Optional<Severity>> ruleSeverities, List<String> ignorePaths,
                         Optional<String> releaseUrlTemplate, List<Diagnostic> problems) {

    /** Environment kinds as PromotionPolicy selectors spell them. */
    public enum EnvironmentKind { PROD, NON_PROD }

    public static final LintConfig EMPTY = new LintConfig(Optional.empty(), Map.of(), Map.of(), List.of(),
            Optional.empty(), List.of());

    public LintConfig {
        environments = Map.copyOf(environments);
        ruleSeverities = Map.copyOf(ruleSeverities);
        ignorePaths = List.copyOf(ignorePaths);
        problems = List.copyOf(problems);
    }

    /** The severity a rule reports at, or empty when configuration turns it off. */
    public Optional<Severity> severity(String ruleId, Severity defaultSeverity) {
        Optional<Severity> configured = ruleSeverities.get(ruleId);
        return configured == null ? Optional.of(defaultSeverity) : configured;
    }

    /** True when a display path matches one of the ignore globs. */
    public boolean isIgnored(String displayPath) {
        for (String glob : ignorePaths) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(Path.of(displayPath)) || displayPath.startsWith(glob.endsWith("/") ? glob : glob + "/")) {
                return true;
            }
        }
        return false;
    }
}
