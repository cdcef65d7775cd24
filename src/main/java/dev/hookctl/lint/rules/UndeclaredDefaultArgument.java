package dev.hookctl.lint.rules;

import dev.hookctl.argo.ArgoValidator;
import dev.hookctl.argo.Tag;
import dev.hookctl.yaml.ValueLocator;
import dev.hookctl.argo.Tags;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Text;
import dev.hookctl.model.WorkflowParameter;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hook uses {@code {{workflow.parameters.X}}} for a default argument X that it does not
 * declare: Codefresh passes a hook only the parameters it declares, so the tag never resolves.
 */
public final class UndeclaredDefaultArgument extends Rule implements DocumentCheck {
    /** The arguments Codefresh passes to hooks that declare them (domain.md §2.4). */
    static final List<String> DEFAULT_ARGUMENTS = List.of("RELEASE_URL", "PRODUCT_NAME", "VERSION", "COMMIT_SHA",
            "PROMOTION_FLOW_NAME", "RELEASE_ID", "ERROR_MESSAGE", "FAILED_ENVIRONMENTS");

    public static final RuleInfo INFO = new RuleInfo("undeclared-default-argument", Severity.ERROR, "hooks",
            "A hook uses a default argument ({{workflow.parameters.RELEASE_URL}} …) that it does not declare.",
            "Codefresh fills RELEASE_URL, PRODUCT_NAME, VERSION, COMMIT_SHA, PROMOTION_FLOW_NAME and RELEASE_ID "
                    + "(and ERROR_MESSAGE, FAILED_ENVIRONMENTS for fail hooks) only into the parameters a hook "
                    + "declares under spec.arguments.parameters. Templates created in the UI get them added; "
                    + "templates written in Git must declare them by hand, or the workflow fails with \"failed to "
                    + "resolve {{workflow.parameters.…}}\" when the hook fires.",
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", """
                            serviceAccountName: cf-default-promotion-workflows-sa
                            entrypoint: main
                            arguments:
                              parameters:
                                - name: PRODUCT_NAME
                            templates:
                              - name: main
                                container:
                                  image: alpine:3.20
                                  command: [echo, "{{workflow.parameters.PRODUCT_NAME}}: {{workflow.parameters.RELEASE_URL}}"]
                            """),
            Examples.flow("triggerEnvironment: dev\nhooks:\n  onStart: slack-start-hook\nsteps:\n"
                    + "  - environment: prod\n    dependsOn: [dev]\n")
                    + "---\n" + Examples.hook("slack-start-hook", """
                            serviceAccountName: cf-default-promotion-workflows-sa
                            entrypoint: main
                            arguments:
                              parameters:
                                - name: PRODUCT_NAME
                                - name: RELEASE_URL
                            templates:
                              - name: main
                                container:
                                  image: alpine:3.20
                                  command: [echo, "{{workflow.parameters.PRODUCT_NAME}}: {{workflow.parameters.RELEASE_URL}}"]
                            """));

    private static final String PREFIX = "workflow.parameters.";

    public UndeclaredDefaultArgument() {
        super(INFO);
    }

    @Override
    public Checker checker(LintContext ctx) {
        ValueLocator locator = new ValueLocator();
        ArrayDeque<YamlNode> todo = new ArrayDeque<>();
        return d -> {
            // the workflow a flow's hook name resolves to (a WorkflowTemplate, else a Workflow)
            if (ctx.usages().isHook(d.name()) && ctx.usages().resolvesTo(d)) {
                checkTemplate(ctx, d, locator, todo);
            }
        };
    }

    private void checkTemplate(LintContext ctx, Document d, ValueLocator locator, ArrayDeque<YamlNode> todo) {
        Mapping spec = d.root().mappingOrNull("spec");
        if (spec == null || ArgoValidator.parametersMisread(spec)) {
            return; // wrong-type reports the parameters Argo cannot read; none is "undeclared" for that
        }
        Set<String> declared = null; // the declared arguments, collected at the first default argument used
        // No visited set: a node shared through aliases is visited once per alias, which the reader
        // bounds (YamlLimits.maxAliasNodes), and the same finding reported twice is de-duplicated by the
        // Linter.
        todo.push(spec);
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (n instanceof Mapping m) {
                for (int i = 0; i < m.size(); i++) {
                    todo.push(m.valueAt(i));
                }
            } else if (n instanceof Sequence s) {
                for (int i = 0; i < s.size(); i++) {
                    todo.push(s.item(i));
                }
            } else if (n instanceof Scalar s && s.isString() && Tags.hasTags(s.value())) {
                for (Tag tag : Tags.parse(s.value())) {
                    if (tag instanceof Tag.Simple simple && simple.name().startsWith(PREFIX)) {
                        String name = defaultArgument(simple.name());
                        if (name == null) {
                            continue;
                        }
                        if (declared == null) {
                            declared = declaredArguments(d);
                        }
                        if (!declared.contains(name)) {
                            ctx.report(INFO, locator.locate(d.file(), s, tag.start(), tag.end()),
                                    "hook \"" + d.name() + "\" uses " + tag.text() + " but does not declare " + name
                                            + "; Codefresh passes only declared parameters",
                                    "add to spec.arguments.parameters:  - name: " + name
                                            + (name.equals("ERROR_MESSAGE") || name.equals("FAILED_ENVIRONMENTS")
                                                    ? "  (with a value, e.g. value: \"\", unless it is a fail hook only)"
                                                    : ""));
                        }
                    }
                }
            }
        }
    }

    /** The default argument {@code workflow.parameters.X} names, or null; X is not cut out (most tags are these). */
    private static String defaultArgument(String tagName) {
        for (int i = 0; i < DEFAULT_ARGUMENTS.size(); i++) {
            String argument = DEFAULT_ARGUMENTS.get(i);
            if (tagName.length() == PREFIX.length() + argument.length()
                    && tagName.regionMatches(PREFIX.length(), argument, 0, argument.length())) {
                return argument;
            }
        }
        return null;
    }

    private static Set<String> declaredArguments(Document d) {
        Set<String> declared = new HashSet<>();
        for (WorkflowParameter p : new HookTemplate(d).arguments()) {
            p.name().map(Text::value).ifPresent(declared::add);
        }
        return declared;
    }
}
