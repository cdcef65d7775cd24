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
        if (!isKebabCase(id)) {
            throw new IllegalArgumentException("rule ids are kebab-case: " + id);
        }
    }

    /**
     * {@code [a-z0-9]+(-[a-z0-9]+)*}, checked by hand: every lint builds about a hundred rules at
     * start-up, and compiling that pattern for each was a few milliseconds of it.
     */
    static boolean isKebabCase(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && id.charAt(i - 1) != '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
