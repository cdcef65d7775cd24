package dev.hookctl.lint;

import dev.hookctl.diag.RuleInfo;
import java.util.List;

/**
 * A piece of lint logic. Most checks report under one rule; a tight family (such as the Argo
 * template rules) reports under several. A check gets the whole context and reports through it;
 * it never prints and never decides severities (configuration does).
 */
public interface Check {
    /** The rules this check may report. */
    List<RuleInfo> rules();

    /** The facts about each document this check asks {@link LintContext#fact} for; none by default. */
    default List<DocumentFact<?>> facts() {
        return List.of();
    }

    void check(LintContext context);
}
