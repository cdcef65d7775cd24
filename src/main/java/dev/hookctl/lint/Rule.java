package dev.hookctl.lint;

import dev.hookctl.diag.RuleInfo;
import java.util.List;

/** A check that reports under exactly one rule. */
public abstract class Rule implements Check {
    private final RuleInfo info;

    protected Rule(RuleInfo info) {
        this.info = info;
    }

    public RuleInfo info() {
        return info;
    }

    @Override
    public final List<RuleInfo> rules() {
        return List.of(info);
    }
}
