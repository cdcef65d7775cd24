package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.WorkflowUsages.Usage;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Text;
import dev.hookctl.model.WorkflowParameter;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hooks as flows assign them: the name resolves to a workflow in the files, that workflow is a
 * Promotion Workflow (annotated), has a service account, and declares parameters a hook can get.
 */
public final class HookTemplates implements DocumentCheck {
    static final RuleInfo UNRESOLVED = new RuleInfo("hook-unresolved", Severity.ERROR, "hooks",
            "A flow assigns a hook that matches no WorkflowTemplate or Workflow in the files.",
            "Hooks are referenced by metadata.name. A name that matches nothing (a typo, the file name instead of "
                    + "the metadata name, a template not committed yet) makes the hook fail when the release reaches "
                    + "it. The hint names the closest workflow. With --cluster, templates that exist only in the "
                    + "cluster count too.",
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hok\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", Examples.HOOK_BODY),
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", Examples.HOOK_BODY));

    static final RuleInfo NOT_PROMOTION = new RuleInfo("hook-not-promotion-workflow", Severity.ERROR, "hooks",
            "A workflow used as a hook or action lacks the codefresh.io/workflow-origin: promotion annotation.",
            "Codefresh treats a WorkflowTemplate as a Promotion Workflow only with this annotation: without it the "
                    + "template cannot be selected in flows and policies, and the hook does not run.",
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", Examples.HOOK_BODY)
                            .replace("  annotations:\n    codefresh.io/workflow-origin: promotion\n", ""),
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", Examples.HOOK_BODY));

    static final RuleInfo NOT_ANNOTATED = new RuleInfo("promotion-workflow-not-annotated", Severity.WARNING, "hooks",
            "A workflow in a promotion-workflows folder lacks the codefresh.io/workflow-origin: promotion annotation.",
            "Files under resources/control-planes/promotion-workflows/ are meant to be Promotion Workflows; without "
                    + "the annotation Codefresh does not list them, so no flow or policy can use them.",
            "# file: resources/control-planes/promotion-workflows/smoke-tests.yaml\n"
                    + Examples.hook("smoke-tests", Examples.HOOK_BODY)
                            .replace("  annotations:\n    codefresh.io/workflow-origin: promotion\n", ""),
            "# file: resources/control-planes/promotion-workflows/smoke-tests.yaml\n"
                    + Examples.hook("smoke-tests", Examples.HOOK_BODY));

    static final RuleInfo SERVICE_ACCOUNT = new RuleInfo("hook-service-account", Severity.ERROR, "hooks",
            "A hook template sets no service account.",
            "Promotion hooks run with the service account the template names (spec.serviceAccountName, or one "
                    + "on every template). The UI adds cf-default-promotion-workflows-sa; templates written in Git "
                    + "must add it by hand, or the hook's pods run without the permissions Codefresh needs to track "
                    + "them.",
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook",
                            Examples.HOOK_BODY.replace("serviceAccountName: cf-default-promotion-workflows-sa\n", "")),
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", Examples.HOOK_BODY));

    static final RuleInfo ACTION_SERVICE_ACCOUNT = new RuleInfo("action-service-account", Severity.WARNING, "policies",
            "A pre- or post-action workflow sets no service account.",
            "Every Promotion Workflow needs a service account; several Codefresh examples of pre/post actions omit "
                    + "it, so this is a warning rather than an error.",
            "apiVersion: codefresh.io/v1beta1\nkind: PromotionPolicy\nmetadata:\n  name: prod-policy\nspec:\n"
                    + "  priority: 10\n  policy:\n    action: commit\n    preAction: smoke-tests\n---\n"
                    + Examples.hook("smoke-tests",
                            Examples.HOOK_BODY.replace("serviceAccountName: cf-default-promotion-workflows-sa\n", "")),
            "apiVersion: codefresh.io/v1beta1\nkind: PromotionPolicy\nmetadata:\n  name: prod-policy\nspec:\n"
                    + "  priority: 10\n  policy:\n    action: commit\n    preAction: smoke-tests\n---\n"
                    + Examples.hook("smoke-tests", Examples.HOOK_BODY));

    static final RuleInfo HOOK_AND_ACTION = new RuleInfo("hook-used-as-action", Severity.WARNING, "hooks",
            "The same workflow is used both as a hook and as a pre/post action.",
            "Hooks and actions receive different arguments (RELEASE_URL, PRODUCT_NAME… versus APP_NAME, "
                    + "REPO_URL…) and run on different runtimes (the Configuration Runtime versus the runtime of "
                    + "each application), so one template rarely serves both correctly.",
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: notify\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n    policy:\n      action: commit\n"
                    + "      postAction: notify\n")
                    + "---\n" + Examples.hook("notify", Examples.HOOK_BODY),
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: notify\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n    policy:\n      action: commit\n"
                    + "      postAction: verify-prod\n")
                    + "---\n" + Examples.hook("notify", Examples.HOOK_BODY)
                    + "---\n" + Examples.hook("verify-prod", Examples.HOOK_BODY));

    static final RuleInfo PER_APP_PARAMETER = new RuleInfo("hook-per-app-parameter", Severity.ERROR, "hooks",
            "A hook declares a per-application parameter without a value.",
            "APP_NAME, APP_NAMESPACE, REPO_URL, BRANCH, PATH, RUNTIME and the COMMIT_* details are passed to "
                    + "pre/post actions, which run once per application. Hooks run once per release or environment "
                    + "and never receive them, so without a value Argo refuses the submission. (This is the precise "
                    + "form of argument-never-supplied for these names.)",
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", Examples.HOOK_BODY
                            + "arguments:\n  parameters:\n    - name: APP_NAME\n"),
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", Examples.HOOK_BODY
                            + "arguments:\n  parameters:\n    - name: PRODUCT_NAME\n"));

    private static final List<String> PER_APP = List.of("APP_NAME", "APP_NAMESPACE", "REPO_URL", "BRANCH", "PATH",
            "RUNTIME", "COMMIT_AUTHOR", "COMMIT_MESSAGE", "COMMIT_DATE");

    @Override
    public List<RuleInfo> rules() {
        return List.of(UNRESOLVED, NOT_PROMOTION, NOT_ANNOTATED, SERVICE_ACCOUNT, ACTION_SERVICE_ACCOUNT,
                HOOK_AND_ACTION, PER_APP_PARAMETER);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return t -> {
            if (t.kind() == Kind.WORKFLOW_TEMPLATE || t.kind() == Kind.WORKFLOW) {
                checkWorkflow(ctx, t);
            }
        };
    }

    /** Hooks whose name resolves to no workflow: the only finding not about a workflow document. */
    @Override
    public void checkCatalog(LintContext ctx) {
        Set<String> fileNames = null; // the files' names, collected at the first unresolved hook
        boolean wrongTypeReports = !ctx.config().turnsOff(dev.hookctl.lint.Structure.WRONG_TYPE.id());
        for (Usage u : ctx.usages().all()) {
            // an unquoted true or 7 is reported by wrong-type: it names no hook, however it is spelt
            // (unless wrong-type is off: then this is the only finding about it)
            if (u.isHook() && !(wrongTypeReports && u.reference().node() instanceof Scalar s && !s.isString())
                    && ctx.catalog().findWorkflow(u.reference().value()).isEmpty()) {
                if (fileNames == null) {
                    fileNames = fileNames(ctx);
                }
                reportUnresolved(ctx, u, fileNames);
            }
            // pre/post actions that resolve to nothing are reported by the policy rules
        }
    }

    private void checkWorkflow(LintContext ctx, Document t) {
        HookTemplate template = new HookTemplate(t);
        List<Usage> usages = ctx.usages().of(t.name());
        if (ctx.usages().resolvesTo(t)) {
            checkUses(ctx, t, template, usages);
        }
        boolean hook = false;
        Usage asAction = null; // the first use as a pre/post action
        for (int i = 0; i < usages.size(); i++) { // every workflow: no streams
            hook |= usages.get(i).isHook();
            if (asAction == null && usages.get(i).action().isPresent()) {
                asAction = usages.get(i);
            }
        }
        if (hook && asAction != null) {
            ctx.report(HOOK_AND_ACTION, asAction.from().at(asAction.reference().node()),
                    "\"" + t.name() + "\" is used as a hook and as a " + asAction.action().get(),
                    "use separate templates: hooks and actions get different arguments and run elsewhere",
                    t.anchor());
        }
        if (hook) {
            for (WorkflowParameter p : template.arguments()) {
                Optional<Text> n = p.name();
                if (n.isPresent() && PER_APP.contains(n.get().value()) && !p.isSupplied()) {
                    ctx.report(PER_APP_PARAMETER, t, n.get().node(),
                            "hook \"" + t.name() + "\" declares " + n.get().value()
                                    + ", which only pre/post actions receive",
                            "give it a value, or remove it: hooks run once per release or environment");
                }
            }
        }
        if (usages.isEmpty() && !template.isPromotionWorkflow() && inPromotionWorkflowsFolder(t)) {
            ctx.report(NOT_ANNOTATED, t.anchor(),
                    t.kind().kindName() + " \"" + t.name() + "\" is in a promotion-workflows folder but is not "
                            + "annotated codefresh.io/workflow-origin: promotion",
                    "add the annotation, or move the file out of the promotion-workflows folder");
        }
    }

    /**
     * The uses of the workflow their name resolves to: it must be a Promotion Workflow with a
     * service account. Each finding once per workflow (and once per kind of use for the account).
     */
    private void checkUses(LintContext ctx, Document t, HookTemplate template, List<Usage> usages) {
        boolean originReported = false;
        boolean[] accountReported = new boolean[2]; // for hooks, for actions
        for (Usage u : usages) {
            String name = u.reference().value();
            String what = u.isHook() ? "hook" : u.action().orElse("action");
            if (!originReported && !template.isPromotionWorkflow()) {
                originReported = true;
                YamlNode at = t.metadata().flatMap(m -> m.mapping("annotations"))
                        .flatMap(a -> a.get(Document.ORIGIN_ANNOTATION))
                        .orElse(nameNode(t));
                String found = template.origin().map(o -> " (it says \"" + o + "\")").orElse("");
                ctx.report(NOT_PROMOTION, t.at(at),
                        t.kind().kindName() + " \"" + name + "\" is used as a " + what
                                + " but is not annotated codefresh.io/workflow-origin: promotion" + found,
                        "add under metadata.annotations: codefresh.io/workflow-origin: promotion",
                        u.from().at(u.reference().node()));
            }
            int kind = u.isHook() ? 0 : 1;
            if (!accountReported[kind] && template.serviceAccountName().isEmpty()
                    && !everyTemplateHasServiceAccount(template)) {
                accountReported[kind] = true;
                YamlNode at = t.root().entry("spec").map(e -> (YamlNode) e.key()).orElse(nameNode(t));
                ctx.report(u.isHook() ? SERVICE_ACCOUNT : ACTION_SERVICE_ACCOUNT, t.at(at),
                        what + " template \"" + name + "\" sets no serviceAccountName",
                        "add spec.serviceAccountName: cf-default-promotion-workflows-sa (or your own account)");
            }
        }
    }

    /** The names of the files read, without extension: "a file is named X" hints. */
    private static Set<String> fileNames(LintContext ctx) {
        Set<String> fileNames = new HashSet<>();
        for (Document d : ctx.catalog().documents()) {
            d.file().path().ifPresent(p -> fileNames.add(stripExtension(p.getFileName().toString())));
        }
        return fileNames;
    }

    private static YamlNode nameNode(Document t) {
        return t.metadata().flatMap(m -> m.get("name")).orElse(t.root());
    }

    private void reportUnresolved(LintContext ctx, Usage u, Set<String> fileNames) {
        String name = u.reference().value();
        Set<String> known = ctx.catalog().workflowNames();
        String hint;
        Optional<String> close = Suggestions.closest(name, known);
        if (fileNames.contains(name) && !known.contains(name)) {
            hint = "a file is named \"" + name + "\", but hooks refer to metadata.name, not the file name"
                    + close.map(c -> "; did you mean \"" + c + "\"?").orElse("");
        } else if (close.isPresent()) {
            hint = "did you mean \"" + close.get() + "\"?";
        } else if (known.isEmpty()) {
            hint = "no WorkflowTemplate was found in the given paths; include the promotion-workflows folder, "
                    + "or use --cluster to look it up in the cluster";
        } else {
            hint = "known workflows: " + String.join(", ", known.stream().limit(8).toList())
                    + (known.size() > 8 ? ", …" : "");
        }
        ctx.report(UNRESOLVED, u.from().at(u.reference().node()),
                "hook \"" + name + "\" (" + u.hook().get().phase().key() + ", " + u.hook().get().scopeLabel()
                        + ") matches no WorkflowTemplate or Workflow",
                hint);
    }

    private static boolean everyTemplateHasServiceAccount(HookTemplate t) {
        List<Mapping> templates = t.templates();
        if (templates.isEmpty()) {
            return false;
        }
        for (Mapping m : templates) {
            if (m.text("serviceAccountName").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inPromotionWorkflowsFolder(Document d) {
        return d.file().displayPath().contains("promotion-workflows/");
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
