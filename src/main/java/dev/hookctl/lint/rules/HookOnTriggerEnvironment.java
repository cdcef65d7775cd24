package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.FlowStep;
import dev.hookctl.model.HookAssignment;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.Text;
import java.util.Optional;

/** A hook assigned to the trigger environment: Codefresh never runs hooks there. */
public final class HookOnTriggerEnvironment extends Rule implements DocumentCheck {
    public static final RuleInfo INFO = new RuleInfo("hook-on-trigger-env", Severity.ERROR, "hooks",
            "A hook is assigned to the trigger environment.",
            "The trigger environment is where the change already happened: the release starts from it, and "
                    + "Codefresh does not allow hooks on it. A hook placed there never fires, so whatever it should "
                    + "do (notify, open a ticket) silently does not happen. Assign it at release level "
                    + "(spec.hooks) to run when the release starts or ends, or to a target environment.",
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: dev
                  hooks:
                    onStart: slack-start-hook
                - environment: prod
                  dependsOn: [dev]
            """,
            """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              hooks:
                onStart: slack-start-hook
              steps:
                - environment: prod
                  dependsOn: [dev]
            """);

    public HookOnTriggerEnvironment() {
        super(INFO);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return d -> check(ctx, d);
    }

    private void check(LintContext ctx, Document d) {
        if (d.kind() != Kind.PROMOTION_FLOW) {
            return;
        }
        PromotionFlow flow = new PromotionFlow(d);
        Optional<Text> trigger = flow.triggerEnvironment();
        if (trigger.isEmpty()) {
            return;
        }
        for (HookAssignment h : flow.hookAssignments()) {
            Optional<String> env = h.step().flatMap(FlowStep::environment).map(Text::value);
            if (env.isPresent() && env.get().equals(trigger.get().value())) {
                ctx.report(INFO, d.at(h.workflow().node()),
                        "hook \"" + h.workflow().value() + "\" is assigned to the trigger environment \""
                                + env.get() + "\"",
                        "assign it at release level (spec.hooks." + h.phase().key()
                                + ") or to a target environment",
                        d.at(trigger.get().node()));
            }
        }
    }
}
