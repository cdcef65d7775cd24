package dev.hookctl.lint.rules;

import dev.hookctl.argo.ArgoRules;
import dev.hookctl.argo.ArgoValidator;
import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import java.util.List;

/**
 * Argo template validation: every Workflow, WorkflowTemplate, ClusterWorkflowTemplate and
 * CronWorkflow found is validated as Argo validates it, whether or not a flow uses it.
 */
public final class ArgoTemplateChecks implements DocumentCheck {
    @Override
    public List<RuleInfo> rules() {
        return ArgoRules.ALL;
    }

    @Override
    public Checker checker(LintContext context) {
        ArgoValidator validator = new ArgoValidator(context.catalog());
        return d -> {
            if (d.kind().isArgo()) {
                for (Diagnostic diagnostic : validator.validate(d)) {
                    context.report(diagnostic);
                }
            }
        };
    }
}
