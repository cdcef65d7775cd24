package dev.hookctl.lint;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.load.Document;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.Span;
import dev.hookctl.yaml.YamlNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions: {@code # hookctl:ignore rule-id[,rule-id] -- reason}, on the line of the
 * finding or alone on the line above it. An ignore without a reason, one naming an unknown rule,
 * and one that suppresses nothing are reported themselves.
 */
final class Suppressions {
    static final RuleInfo NO_REASON = new RuleInfo("ignore-without-reason", Severity.WARNING, "suppression",
            "An inline ignore gives no reason.",
            "Every suppression should say why, so that the next reader can judge whether it still holds. "
                    + "Write the reason after two dashes.",
            "# hookctl:ignore hook-service-account\n",
            "# hookctl:ignore hook-service-account -- the runtime injects the account for this namespace\n");

    static final RuleInfo UNUSED = new RuleInfo("ignore-unused", Severity.WARNING, "suppression",
            "An inline ignore suppresses nothing.",
            "A suppression that matches no finding on its line or the line below is stale: the problem was "
                    + "fixed or moved. Remove it, so it cannot hide a new problem later.",
            "# hookctl:ignore hook-on-trigger-env -- legacy\nkind: PromotionFlow\n",
            "kind: PromotionFlow\n");

    static final RuleInfo UNKNOWN_RULE = new RuleInfo("ignore-unknown-rule", Severity.WARNING, "suppression",
            "An inline ignore names a rule that does not exist.",
            "A misspelt rule id suppresses nothing. `hookctl rules` lists every id.",
            "# hookctl:ignore hook-on-trigger -- legacy\n",
            "# hookctl:ignore hook-on-trigger-env -- legacy\n");

    static final List<RuleInfo> RULES = List.of(NO_REASON, UNUSED, UNKNOWN_RULE);

    private static final Pattern IGNORE = Pattern.compile("#\\s*hookctl:ignore\\b\\s*([^\\n]*)");

    private record Ignore(SourceFile file, int line, int column, int endColumn, List<String> ids, boolean ownLine,
                          boolean[] used) {}

    private Suppressions() {}

    /**
     * Removes suppressed diagnostics and adds the findings about the suppressions themselves.
     * {@code turnedOff} tells the rules the configuration turns off, whose findings are gone before
     * this: an ignore of one suppresses nothing, and says why.
     */
    static List<Diagnostic> apply(List<SourceFile> files, List<Document> documents, List<Diagnostic> diagnostics,
                                  RuleRegistry registry, java.util.function.Predicate<String> turnedOff) {
        List<Ignore> ignores = new ArrayList<>();
        List<Diagnostic> out = new ArrayList<>();
        for (SourceFile f : files) {
            if (!f.mentionsSuppression()) {
                continue;
            }
            for (int line = 1; line <= f.lineCount(); line++) {
                String text = f.line(line);
                Matcher m = IGNORE.matcher(text);
                if (!m.find()) {
                    continue;
                }
                if (insideValue(f, documents, line, m.start() + 1)) {
                    continue; // a script or string that mentions the marker is not a comment
                }
                String rest = m.group(1);
                int dash = rest.indexOf("--");
                String idsPart = (dash < 0 ? rest : rest.substring(0, dash)).trim();
                String reason = dash < 0 ? "" : rest.substring(dash + 2).trim();
                List<String> ids = new ArrayList<>();
                for (String id : idsPart.split("[,\\s]+")) {
                    if (!id.isBlank()) {
                        ids.add(id.trim());
                    }
                }
                int col = m.start() + 1;
                Location at = new Location(f, new Span(line, col, line, text.length() + 1));
                if (reason.isEmpty()) {
                    out.add(diag(NO_REASON, at, "the ignore comment gives no reason",
                            "add one after two dashes: # hookctl:ignore " + String.join(",", ids) + " -- why"));
                }
                List<String> known = new ArrayList<>();
                for (String id : ids) {
                    if (registry.has(id)) {
                        known.add(id);
                    } else {
                        out.add(diag(UNKNOWN_RULE, at, "the ignore comment names an unknown rule \"" + id + "\"",
                                dev.hookctl.diag.Suggestions.didYouMeanOr(id,
                                        registry.rules().stream().map(RuleInfo::id).toList(),
                                        "`hookctl rules` lists every rule id")));
                    }
                }
                boolean ownLine = text.substring(0, m.start()).isBlank();
                ignores.add(new Ignore(f, line, col, text.length() + 1, known, ownLine, new boolean[known.size()]));
            }
        }
        for (Diagnostic d : diagnostics) {
            if (!suppressed(d, ignores)) {
                out.add(d);
            }
        }
        for (Ignore ig : ignores) {
            for (int i = 0; i < ig.ids().size(); i++) {
                if (!ig.used()[i]) {
                    String id = ig.ids().get(i);
                    Location at = new Location(ig.file(), new Span(ig.line(), ig.column(), ig.line(), ig.endColumn()));
                    if (turnedOff.test(id)) {
                        out.add(diag(UNUSED, at, "the ignore for \"" + id + "\" suppresses nothing: the "
                                + "configuration turns the rule off", "remove it: the rule is off everywhere"));
                    } else {
                        out.add(diag(UNUSED, at, "the ignore for \"" + id + "\" suppresses nothing",
                                "remove it, or move it to the line of the finding or the line above"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code line:column} of {@code file} lies inside a scalar value (a block scalar's lines
     * below its header, a quoted or plain string) of one of the file's documents.
     */
    private static boolean insideValue(SourceFile file, List<Document> documents, int line, int column) {
        for (Document d : documents) {
            if (d.file() != file) {
                continue;
            }
            Deque<YamlNode> todo = new ArrayDeque<>();
            todo.push(d.root());
            while (!todo.isEmpty()) {
                YamlNode n = todo.pop();
                Span sp = n.span();
                if (line < sp.line() || line > sp.endLine()) {
                    continue; // nothing inside this node reaches the line
                }
                if (n instanceof YamlNode.Mapping m) {
                    for (int i = 0; i < m.size(); i++) {
                        todo.push(m.valueAt(i));
                    }
                } else if (n instanceof YamlNode.Sequence q) {
                    for (YamlNode item : q.items()) {
                        todo.push(item);
                    }
                } else if (contains(file, sp, line, column)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(SourceFile file, Span value, int line, int column) {
        int startLine = value.line();
        int startColumn = value.column();
        String first = file.line(startLine);
        if (startColumn <= first.length() && "|>".indexOf(first.charAt(startColumn - 1)) >= 0) {
            startLine++; // a block scalar: a comment on its header line is a comment
            startColumn = 1;
        }
        boolean afterStart = line > startLine || (line == startLine && column >= startColumn);
        boolean beforeEnd = line < value.endLine() || (line == value.endLine() && column < value.endColumn());
        return afterStart && beforeEnd;
    }

    private static boolean suppressed(Diagnostic d, List<Ignore> ignores) {
        boolean hit = false;
        for (Ignore ig : ignores) {
            if (ig.file() != d.location().file()) {
                continue;
            }
            int line = d.location().span().line();
            boolean applies = ig.line() == line || (ig.ownLine() && ig.line() + 1 == line);
            if (!applies) {
                continue;
            }
            for (int i = 0; i < ig.ids().size(); i++) {
                if (ig.ids().get(i).equals(d.ruleId())) {
                    ig.used()[i] = true;
                    hit = true;
                }
            }
        }
        return hit;
    }

    private static Diagnostic diag(RuleInfo rule, Location at, String message, String hint) {
        return new Diagnostic(rule.id(), rule.severity(), message, hint, at, List.of());
    }
}
