package dev.hookctl.lint.rules;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.diag.Suggestions;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Text;
import dev.hookctl.model.WorkflowParameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A declared argument whose name is a near miss of a default argument Codefresh supplies. */
public final class DefaultArgumentNearMiss extends Rule implements DocumentCheck {
    /** Arguments Codefresh passes to hooks (all phases and onFail) and to pre/post actions. */
    static final List<String> DEFAULTS = List.of(
            "RELEASE_URL", "PRODUCT_NAME", "VERSION", "COMMIT_SHA", "PROMOTION_FLOW_NAME", "RELEASE_ID",
            "ERROR_MESSAGE", "FAILED_ENVIRONMENTS",
            "APP_NAMESPACE", "APP_NAME", "REPO_URL", "BRANCH", "PATH", "RUNTIME",
            "COMMIT_AUTHOR", "COMMIT_MESSAGE", "COMMIT_DATE");

    /** Shortened or reworded names people write for a default; spelling variants are found by distance. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("PRODUCT", "PRODUCT_NAME"),
            Map.entry("PRODUCTNAME", "PRODUCT_NAME"),
            Map.entry("FLOWNAME", "PROMOTION_FLOW_NAME"),
            Map.entry("PROMOTIONFLOW", "PROMOTION_FLOW_NAME"),
            Map.entry("RELEASELINK", "RELEASE_URL"),
            Map.entry("SHA", "COMMIT_SHA"),
            Map.entry("GITSHA", "COMMIT_SHA"),
            Map.entry("ERRORMSG", "ERROR_MESSAGE"),
            Map.entry("FAILEDENVS", "FAILED_ENVIRONMENTS"),
            Map.entry("APPLICATIONNAME", "APP_NAME"),
            Map.entry("APPNS", "APP_NAMESPACE"));

    public static final RuleInfo INFO = new RuleInfo("default-argument-near-miss", Severity.WARNING, "hooks",
            "A declared argument is a near miss of a default argument name.",
            "Codefresh fills default arguments (RELEASE_URL, PRODUCT_NAME, VERSION, COMMIT_SHA, "
                    + "PROMOTION_FLOW_NAME, RELEASE_ID, ERROR_MESSAGE, FAILED_ENVIRONMENTS for hooks; APP_NAME, "
                    + "APP_NAMESPACE, REPO_URL, BRANCH, PATH, RUNTIME and COMMIT_* for actions) only into "
                    + "parameters declared with exactly that name. Release_Url, RELEASE-URL, COMMITSHA or PRODUCT "
                    + "receive nothing: the workflow then fails at submission for lack of a value, or runs with "
                    + "its placeholder default.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: slack-start-hook
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: notify
              arguments:
                parameters:
                  - name: Release_Url
              templates:
                - name: notify
                  container:
                    image: alpine:3.20
                    command: [echo, "{{workflow.parameters.Release_Url}}"]
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: slack-start-hook
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: notify
              arguments:
                parameters:
                  - name: RELEASE_URL
              templates:
                - name: notify
                  container:
                    image: alpine:3.20
                    command: [echo, "{{workflow.parameters.RELEASE_URL}}"]
            """);

    public DefaultArgumentNearMiss() {
        super(INFO);
    }

    @Override
    public Checker checker(LintContext ctx) {
        return d -> check(ctx, d);
    }

    private void check(LintContext ctx, Document d) {
        if (!d.kind().isArgo()) {
            return;
        }
        HookTemplate t = new HookTemplate(d);
        if (!t.isPromotionWorkflow() && !ctx.usages().isUsed(d.name())) {
            return; // a plain Argo template may name its parameters as it likes
        }
        List<WorkflowParameter> arguments = t.arguments();
        Set<String> declared = null; // the declared names, collected when a near miss needs them
        for (int i = 0; i < arguments.size(); i++) {
            Optional<Text> name = arguments.get(i).name();
            if (name.isEmpty() || DEFAULTS.contains(name.get().value())) {
                continue;
            }
            Optional<String> exact = nearMiss(name.get().value());
            if (exact.isEmpty()) {
                continue;
            }
            if (declared == null) {
                declared = new TreeSet<>();
                for (WorkflowParameter p : arguments) {
                    Optional<Text> n = p.name();
                    if (n.isPresent()) {
                        declared.add(n.get().value());
                    }
                }
            }
            if (!declared.contains(exact.get())) {
                ctx.report(INFO, d, name.get().node(), "argument " + Nodes.quote(name.get().value())
                                + " is not a default argument name; Codefresh supplies "
                                + Nodes.quote(exact.get()) + " and matches names exactly",
                        "rename it to " + exact.get() + " (and every {{workflow.parameters."
                                + name.get().value() + "}} with it)");
            }
        }
    }

    /** The default argument {@code name} was probably meant to be, if it is not one itself. */
    /** DEFAULTS squashed, in the same order (computed once: this runs for every declared argument). */
    private static final List<String> SQUASHED_DEFAULTS = DEFAULTS.stream().map(Nodes::squash).toList();

    static Optional<String> nearMiss(String name) {
        if (DEFAULTS.contains(name)) {
            return Optional.empty();
        }
        String squashed = Nodes.squash(name);
        int exact = SQUASHED_DEFAULTS.indexOf(squashed);
        if (exact >= 0) {
            return Optional.of(DEFAULTS.get(exact));
        }
        String alias = ALIASES.get(squashed);
        if (alias != null) {
            return Optional.of(alias);
        }
        if (squashed.length() < 7) {
            return Optional.empty(); // short names (PATH, BRANCH) are too easily one letter from a custom one
        }
        for (int i = 0; i < DEFAULTS.size(); i++) {
            String ds = SQUASHED_DEFAULTS.get(i);
            if (ds.length() >= 7 && oneEditApart(squashed, ds)) {
                return Optional.of(DEFAULTS.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * {@link Suggestions#distance}{@code (a, b) == 1} (one substitution, insertion, deletion or swap of
     * neighbours), without the distance table: every template's custom arguments are compared with
     * the defaults.
     */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0; // the first difference
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la > lb) {
            return a.regionMatches(i + 1, b, i, lb - i);
        }
        if (la < lb) {
            return b.regionMatches(i + 1, a, i, la - i);
        }
        return a.regionMatches(i + 1, b, i + 1, la - i - 1)
                || (i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.regionMatches(i + 2, b, i + 2, la - i - 2));
    }
}
