package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.LintConfig.EnvironmentKind;
import dev.hookctl.load.LoadRules;
import dev.hookctl.release.ReleaseFacts;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlProblem;
import dev.hookctl.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds and reads {@code .hookctl.yaml}. Mistakes in it are diagnostics with positions
 * ({@code config-invalid}), never a reason to stop linting.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".hookctl.yaml";

    static final RuleInfo INVALID = new RuleInfo("config-invalid", Severity.ERROR, "configuration",
            "The .hookctl.yaml configuration has a mistake.",
            "A configuration that is silently misread would turn rules off or on unexpectedly. Each unknown key, "
                    + "wrong type, unknown rule id or unknown severity is reported at its position; the rest of "
                    + "the file still applies.",
            "rules:\n  hook-on-trigger-env: fatal\n",
            "rules:\n  hook-on-trigger-env: error\n");

    static final List<RuleInfo> RULES = List.of(INVALID);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    private static final List<String> TOP_KEYS = List.of("environments", "rules", "ignore", "release");

    private ConfigLoader() {}

    /** The nearest .hookctl.yaml in {@code start} or a folder above it. */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty(); // the repository root bounds the search
            }
        }
        return Optional.empty();
    }

    /** Reads a configuration file; {@code display} is how its path is shown. */
    public static LintConfig read(Path file, String display, RuleRegistry registry) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        YamlReader.DecodedText text = YamlReader.decode(bytes);
        SourceFile source = new SourceFile(Optional.of(file), display, text.text());
        return parse(source, registry);
    }

    static LintConfig parse(SourceFile source, RuleRegistry registry) {
        List<Diagnostic> problems = new ArrayList<>();
        YamlReader.Result parsed = new YamlReader().read(source);
        for (YamlProblem p : parsed.problems()) {
            problems.add(new Diagnostic(INVALID.id(), INVALID.severity(), p.message(), p.hint(),
                    new Location(source, p.span()), List.of()));
        }
        Map<String, EnvironmentKind> envs = new LinkedHashMap<>();
        Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
        List<String> ignores = new ArrayList<>();
        Optional<String> releaseUrl = Optional.empty();
        if (parsed.documents().isEmpty() || !(parsed.documents().get(0).root() instanceof Mapping root)) {
            if (!parsed.documents().isEmpty() && !(parsed.documents().get(0).root() instanceof Scalar s && s.isNull())) {
                problems.add(problem(source, parsed.documents().get(0).root(), "the configuration must be a mapping",
                        "start with one of: " + String.join(", ", TOP_KEYS)));
            }
            return new LintConfig(Optional.ofNullable(source.path().orElse(null)), envs, severities, ignores,
                    releaseUrl, problems);
        }
        for (Entry e : root.entries()) {
            switch (e.name()) {
                case "environments" -> readEnvironments(source, e.value(), envs, problems);
                case "rules" -> readRules(source, e.value(), registry, severities, problems);
                case "ignore" -> {
                    if (e.value() instanceof YamlNode.Sequence seq) {
                        for (YamlNode n : seq.items()) {
                            if (n instanceof Scalar s && s.isString()) {
                                Optional<String> mistake = globMistake(s.value());
                                if (mistake.isEmpty()) {
                                    ignores.add(s.value());
                                } else {
                                    problems.add(problem(source, n, "ignore entry \"" + s.value()
                                                    + "\" is not a valid glob: " + mistake.get(),
                                            "in a glob * ? [ ] { } and \\ are special: close each [ and {, "
                                                    + "and write \\[ or \\{ for the character itself"));
                                }
                            } else {
                                problems.add(problem(source, n, "an ignore entry must be a path glob string",
                                        "for example: samples/mistakes/**"));
                            }
                        }
                    } else {
                        problems.add(problem(source, e.value(), "ignore must be a list of path globs",
                                "ignore:\n  - samples/mistakes/**"));
                    }
                }
                case "release" -> {
                    if (e.value() instanceof Mapping m) {
                        for (Entry r : m.entries()) {
                            if (r.name().equals("urlTemplate") && r.value() instanceof Scalar s && s.isString()) {
                                // kept even with an unknown placeholder: a rendered URL that shows it is
                                // plainer than one hookctl invents
                                releaseUrl = Optional.of(s.value());
                                for (MatchResult unknownAt : unknownPlaceholders(s.value())) {
                                    String unknown = unknownAt.group();
                                    Location at = new dev.hookctl.yaml.ValueLocator().locate(source, s,
                                            unknownAt.start(), unknownAt.end());
                                    problems.add(problem(at, "unknown placeholder " + unknown
                                                    + " in release.urlTemplate: it would stay in RELEASE_URL as written",
                                            (Suggestions.didYouMean(unknown, ReleaseFacts.URL_PLACEHOLDERS) + " known "
                                                    + "placeholders: " + String.join(", ", ReleaseFacts.URL_PLACEHOLDERS))
                                                    .strip()));
                                }
                            } else {
                                problems.add(problem(source, r.key(), "unknown or mistyped key release." + r.name(),
                                        "release takes urlTemplate: a string with "
                                                + String.join(", ", ReleaseFacts.URL_PLACEHOLDERS)));
                            }
                        }
                    } else {
                        problems.add(problem(source, e.value(), "release must be a mapping", "release:\n  urlTemplate: ..."));
                    }
                }
                default -> problems.add(problem(source, e.key(), "unknown configuration key \"" + e.name() + "\"",
                        hintFor(e.name(), TOP_KEYS)));
            }
        }
        return new LintConfig(source.path(), envs, severities, ignores, releaseUrl, problems);
    }

    private static void readEnvironments(SourceFile source, YamlNode node, Map<String, EnvironmentKind> envs,
                                         List<Diagnostic> problems) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.add(problem(source, node, "environments must be a list",
                    "environments:\n  - name: dev\n    kind: NON_PROD"));
            return;
        }
        for (YamlNode item : seq.items()) {
            if (item instanceof Scalar s && s.isString()) {
                envs.put(s.value(), EnvironmentKind.NON_PROD);
                continue;
            }
            if (!(item instanceof Mapping m) || m.text("name").isEmpty()) {
                problems.add(problem(source, item, "an environment needs a name", "- name: dev\n  kind: NON_PROD"));
                continue;
            }
            EnvironmentKind kind = EnvironmentKind.NON_PROD;
            Optional<Scalar> k = m.scalar("kind");
            if (k.isPresent()) {
                Optional<EnvironmentKind> parsedKind = parseKind(k.get().value());
                if (parsedKind.isEmpty()) {
                    problems.add(problem(source, k.get(), "unknown environment kind \"" + k.get().value() + "\"",
                            "use PROD or NON_PROD"));
                } else {
                    kind = parsedKind.get();
                }
            }
            for (Entry e : m.entries()) {
                if (!e.name().equals("name") && !e.name().equals("kind")) {
                    problems.add(problem(source, e.key(), "unknown key \"" + e.name() + "\" in an environment",
                            "an environment has a name and a kind"));
                }
            }
            envs.put(m.text("name").get(), kind);
        }
    }

    private static Optional<EnvironmentKind> parseKind(String s) {
        return switch (s) {
            case "PROD", "Production", "production" -> Optional.of(EnvironmentKind.PROD);
            case "NON_PROD", "Non-production", "non-production" -> Optional.of(EnvironmentKind.NON_PROD);
            default -> Optional.empty();
        };
    }

    /**
     * The {@code rules:} mapping: rule ids, or patterns in which {@code *} stands for any characters
     * ({@code argo-*: off}). An id named exactly wins over every pattern that matches it, wherever
     * it stands; of several patterns, the later one wins.
     */
    private static void readRules(SourceFile source, YamlNode node, RuleRegistry registry,
                                  Map<String, Optional<Severity>> severities, List<Diagnostic> problems) {
        if (!(node instanceof Mapping m)) {
            problems.add(problem(source, node, "rules must map rule ids to a severity",
                    "rules:\n  hook-service-account: warning"));
            return;
        }
        Function<RuleInfo, String> id = RuleInfo::id;
        List<String> ids = registry.rules().stream().map(id).toList();
        Map<String, Optional<Severity>> exact = new java.util.LinkedHashMap<>();
        for (Entry e : m.entries()) {
            boolean pattern = RuleRegistry.isPattern(e.name());
            List<String> matched = pattern ? registry.matching(e.name()).stream().map(id).toList() : List.of(e.name());
            if (pattern && matched.isEmpty()) {
                problems.add(problem(source, e.key(), "rule pattern \"" + e.name() + "\" matches no rule",
                        "`hookctl rules` lists every rule id; * stands for any characters, as in argo-*"));
                continue;
            }
            if (!pattern && !registry.has(e.name())) {
                problems.add(problem(source, e.key(), "unknown rule \"" + e.name() + "\"",
                        Suggestions.didYouMeanOr(e.name(), ids, "`hookctl rules` lists every rule id")));
                continue;
            }
            // a pattern passes by the rules that say a file was not read; naming one is a mistake
            List<String> settable = matched.stream().filter(r -> !LoadRules.ALWAYS_REPORTED.contains(r)).toList();
            if (settable.isEmpty()) {
                problems.add(problem(source, e.key(), (pattern ? "rule pattern \"" + e.name() + "\" matches only "
                        + "rules that" : "rule \"" + e.name() + "\"") + " cannot be turned off or given another "
                        + "severity: a file that cannot be read is not checked at all",
                        "remove this setting; a path that should not be linted goes under ignore:"));
                continue;
            }
            matched = settable;
            String value = e.value() instanceof Scalar s ? s.value() : "";
            Optional<Severity> severity; // empty: off
            if (isOff(e.value())) {
                severity = Optional.empty();
            } else {
                severity = Severity.parse(value);
                if (severity.isEmpty()) {
                    problems.add(problem(source, e.value(), "unknown severity \"" + value + "\" for " + e.name(),
                            "use error, warning, info or off"));
                    continue;
                }
            }
            for (String rule : matched) {
                (pattern ? severities : exact).put(rule, severity);
            }
        }
        severities.putAll(exact);
    }

    /**
     * {@code off}, or a YAML 1.1 false ({@code false}, {@code no}, {@code n}) that an unquoted
     * {@code off} may be read as elsewhere. Its true values ({@code on}, {@code yes}) are no
     * severity and are reported, rather than read as anything.
     */
    private static boolean isOff(YamlNode node) {
        if (!(node instanceof Scalar s)) {
            return false;
        }
        String v = s.value();
        return v.equalsIgnoreCase("off") || s.type() == YamlNode.ScalarType.BOOL
                && (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no") || v.equalsIgnoreCase("n"));
    }

    /**
     * The first place of each {@code {name}} part of a URL template that is none of the known
     * placeholders, in order (each a match result: its text and where it is in the template).
     */
    private static List<MatchResult> unknownPlaceholders(String template) {
        List<MatchResult> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!ReleaseFacts.URL_PLACEHOLDERS.contains(m.group()) && !seen.contains(m.group())) {
                seen.add(m.group());
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /**
     * What is wrong with an ignore glob, as the JDK's glob matcher (the one {@link LintConfig#isIgnored}
     * uses) words it ("Missing ']'", "Cannot nest groups"), or empty when it compiles.
     */
    private static Optional<String> globMistake(String glob) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            String d = e.getDescription(); // the JDK's wording lacks the closing quote: Missing ']
            return Optional.of(d.startsWith("Missing '") && !d.endsWith("'") ? d + "'" : d);
        }
    }

    private static String hintFor(String wrong, List<String> known) {
        return Suggestions.didYouMeanOr(wrong, known, "known keys: " + String.join(", ", known));
    }

    private static Diagnostic problem(SourceFile source, YamlNode at, String message, String hint) {
        return problem(Location.of(source, at), message, hint);
    }

    private static Diagnostic problem(Location at, String message, String hint) {
        return new Diagnostic(INVALID.id(), INVALID.severity(), message, hint, at, List.of());
    }
}
