package dev.hookctl.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlProblem;
import dev.hookctl.yaml.YamlReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values the user gives for arguments: {@code -p NAME=VALUE} (highest precedence) and
 * {@code --parameter-file}. Like {@code argo submit}, a {@code -p} splits on the first '=', and
 * a later {@code -p} of the same name replaces an earlier one.
 */
public final class UserParameters {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final UserParameters NONE = new UserParameters(Map.of(), Map.of());

    private final Map<String, String> fromFlags;
    private final Map<String, String> fromFile;

    private UserParameters(Map<String, String> fromFlags, Map<String, String> fromFile) {
        this.fromFlags = Collections.unmodifiableMap(new LinkedHashMap<>(fromFlags));
        this.fromFile = Collections.unmodifiableMap(new LinkedHashMap<>(fromFile));
    }

    public static UserParameters of(Map<String, String> fromFlags, Map<String, String> fromFile) {
        return new UserParameters(fromFlags, fromFile);
    }

    /** Parses {@code -p} values. */
    public static Outcome<Map<String, String>> parseAssignments(List<String> assignments) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                return Outcome.failed("-p " + a + ": a parameter is written NAME=VALUE",
                        "for example -p ERROR_MESSAGE=\"db migration failed\"");
            }
            out.remove(a.substring(0, eq));
            out.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return Outcome.ok(out);
    }

    /**
     * Parses a parameter file: a YAML or JSON map. Scalars keep their text as written (so
     * {@code 1.10} stays "1.10"), null becomes "", lists and maps become compact JSON.
     */
    public static Outcome<Map<String, String>> parseFile(String text, String displayName) {
        YamlReader.Result r = new YamlReader().read(new SourceFile(Optional.empty(), displayName, text));
        if (!r.problems().isEmpty()) {
            YamlProblem p = r.problems().get(0);
            return Outcome.failed(displayName + ":" + p.span().line() + ":" + p.span().column() + ": " + p.message(),
                    "the parameter file is a YAML or JSON map of NAME: VALUE");
        }
        if (r.documents().isEmpty() || r.documents().get(0).root() instanceof YamlNode.Scalar s && s.isNull()) {
            return Outcome.ok(Map.of());
        }
        if (!(r.documents().get(0).root() instanceof YamlNode.Mapping m)) {
            YamlNode root = r.documents().get(0).root();
            return Outcome.failed(displayName + ":" + root.span().line() + ":" + root.span().column()
                            + ": the parameter file must be a map of parameter names to values, not a "
                            + (root instanceof YamlNode.Sequence ? "list" : "single value"),
                    "write one NAME: VALUE per line, e.g. ERROR_MESSAGE: db migration failed");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries()) {
            String value;
            if (e.value() instanceof YamlNode.Scalar s) {
                value = s.isNull() ? "" : s.value();
            } else {
                try {
                    value = JSON.writeValueAsString(YamlNode.toPlain(e.value()));
                } catch (JsonProcessingException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            out.put(e.name(), value);
        }
        return Outcome.ok(out);
    }

    /** Every name the user gives a value for. */
    public Set<String> names() {
        Set<String> out = new java.util.LinkedHashSet<>(fromFlags.keySet());
        out.addAll(fromFile.keySet());
        return out;
    }

    /** The user's value for a name: {@code -p} first, then the file. */
    public Optional<ResolvedArgument> get(String name) {
        if (fromFlags.containsKey(name)) {
            return Optional.of(new ResolvedArgument(name, fromFlags.get(name), ValueSource.PARAMETER, "-p " + name));
        }
        if (fromFile.containsKey(name)) {
            return Optional.of(new ResolvedArgument(name, fromFile.get(name), ValueSource.PARAMETER_FILE,
                    "--parameter-file"));
        }
        return Optional.empty();
    }

    /** This set with more {@code -p} values (a prompt's answers), which win over existing ones. */
    public UserParameters with(Map<String, String> more) {
        Map<String, String> flags = new LinkedHashMap<>(fromFlags);
        flags.putAll(more);
        return new UserParameters(flags, fromFile);
    }

    public boolean isEmpty() {
        return fromFlags.isEmpty() && fromFile.isEmpty();
    }

    public List<String> flagNames() {
        return new ArrayList<>(fromFlags.keySet());
    }
}
