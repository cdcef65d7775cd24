package dev.hookctl.report;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 with what GitHub code scanning reads: the rules with their help, and results with
 * a ruleId, a level, a message and a repository-relative location with a region.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(LintReport report, List<RuleInfo> rules, ReportOptions options, Appendable out)
            throws IOException {
        // Only the rules the results use: the run stays small and stable as rules are added.
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Diagnostic d : report.diagnostics()) {
            used.add(d.ruleId());
        }
        List<Object> ruleObjects = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo r : rules) {
            if (!used.contains(r.id())) {
                continue;
            }
            index.put(r.id(), ruleObjects.size());
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.id());
            rule.put("name", pascal(r.id()));
            rule.put("shortDescription", JsonReporter.obj("text", r.summary()));
            rule.put("fullDescription", JsonReporter.obj("text", r.description()));
            rule.put("help", JsonReporter.obj(
                    "text", r.description(),
                    "markdown", r.description() + "\n\nBad:\n\n```yaml\n" + r.badExample() + "```\n\nGood:\n\n```yaml\n"
                            + r.goodExample() + "```\n"));
            rule.put("defaultConfiguration", JsonReporter.obj("level", level(r.severity())));
            rule.put("properties", JsonReporter.obj("tags", List.of(r.category())));
            ruleObjects.add(rule);
        }
        List<Object> results = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", d.ruleId());
            Integer i = index.get(d.ruleId());
            if (i != null) {
                result.put("ruleIndex", i);
            }
            result.put("level", level(d.severity()));
            result.put("message", JsonReporter.obj("text", d.hint().isEmpty() ? d.message() : d.message() + "\n" + d.hint()));
            result.put("locations", List.of(location(d.location(), options)));
            if (!d.related().isEmpty()) {
                List<Object> related = new ArrayList<>();
                int id = 1;
                for (Location r : d.related()) {
                    Map<String, Object> rl = location(r, options);
                    rl.put("id", id++);
                    related.add(rl);
                }
                result.put("relatedLocations", related);
            }
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "hookctl");
        driver.put("version", options.toolVersion());
        driver.put("semanticVersion", options.toolVersion());
        driver.put("rules", ruleObjects);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", JsonReporter.obj("driver", driver));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        out.append(JsonReporter.pretty(root)).append('\n');
    }

    private static Map<String, Object> location(Location l, ReportOptions options) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", l.span().line());
        region.put("startColumn", l.span().column());
        region.put("endLine", l.span().endLine());
        region.put("endColumn", l.span().endColumn());
        Map<String, Object> artifact = new LinkedHashMap<>();
        String path = options.repositoryPath(l.file());
        if (path.startsWith("/")) {
            artifact.put("uri", "file://" + uri(path)); // outside the repository: an absolute URI
        } else {
            artifact.put("uri", uri(path));
            artifact.put("uriBaseId", "%SRCROOT%");
        }
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        physical.put("region", region);
        Map<String, Object> loc = new LinkedHashMap<>();
        loc.put("physicalLocation", physical);
        return loc;
    }

    /** A relative URI reference: path segments percent-encoded, slashes kept. */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte c : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int ch = c & 0xff;
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || "/-._~".indexOf(ch) >= 0) {
                b.append((char) ch);
            } else {
                b.append('%').append(String.format("%02X", ch));
            }
        }
        return b.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String pascal(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
