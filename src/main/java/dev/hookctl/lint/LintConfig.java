package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Severity;
import dev.hookctl.load.PathText;
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

    /** Compiled ignore globs: isIgnored runs for every finding. */
    private static final java.util.Map<String, PathMatcher> MATCHERS = new java.util.concurrent.ConcurrentHashMap<>();

    public static final LintConfig EMPTY = new LintConfig(Optional.empty(), Map.of(), Map.of(), List.of(),
            Optional.empty(), List.of());

    public LintConfig {
        environments = Map.copyOf(environments);
        ruleSeverities = Map.copyOf(ruleSeverities);
        ignorePaths = List.copyOf(ignorePaths);
        problems = List.copyOf(problems);
    }

    /** Whether the configuration turns the rule off. */
    public boolean turnsOff(String ruleId) {
        Optional<Severity> configured = ruleSeverities.get(ruleId);
        return configured != null && configured.isEmpty();
    }

    /** The severity a rule reports at, or empty when configuration turns it off. */
    public Optional<Severity> severity(String ruleId, Severity defaultSeverity) {
        Optional<Severity> configured = ruleSeverities.get(ruleId);
        return configured == null ? Optional.of(defaultSeverity) : configured;
    }

    /**
     * True when the file matches one of the ignore globs. Globs are relative to the folder of the
     * configuration file (so they work from any sub-folder); a file named on standard input, or a
     * configuration given without a file, matches by its displayed path.
     */
    public boolean isIgnored(dev.hookctl.yaml.SourceFile source) {
        if (ignorePaths.isEmpty()) {
            return false;
        }
        String relative = source.displayPath();
        if (file.isPresent() && source.path().isPresent()) {
            Path base = file.get().toAbsolutePath().normalize().getParent();
            Path abs = source.path().get().toAbsolutePath().normalize();
            if (base != null && abs.startsWith(base)) {
                relative = PathText.slashed(base.relativize(abs));
            }
        }
        for (String glob : ignorePaths) {
            PathMatcher m = MATCHERS.computeIfAbsent(glob, g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
            // a folder given as it is ignores all below it; its text read as the glob reads it (\ escapes)
            String folder = unescaped(glob);
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            if (m.matches(Path.of(relative)) || relative.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A glob's text with its escapes read: {@code \x} is {@code x}, as the glob matcher takes it. */
    private static String unescaped(String glob) {
        if (glob.indexOf('\\') < 0) {
            return glob;
        }
        StringBuilder out = new StringBuilder(glob.length());
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < glob.length()) {
                c = glob.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
