package dev.hookctl.diag;

/**
 * What the rule reference says about a rule: a stable kebab-case id, the severity it has unless
 * configuration changes it, a one-line summary, a longer explanation (why it matters), and a bad
 * and a good example. Tests lint both examples: the bad one must raise the rule and the good one
 * must not.
 */
public record RuleInfo(String id, Severity severity, String category, String summary, String description,
                       String badExample, String goodExample) {

    public RuleInfo {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule ids are kebab-case: " + id);
        }
    }
}
