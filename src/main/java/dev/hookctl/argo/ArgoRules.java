package dev.hookctl.argo;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import java.util.List;

/**
 * The rules Argo template validation reports: one family per kind of problem, each diagnostic
 * carrying Argo's own message text. The first group mirrors what Argo refuses (errors); the
 * last five are run-time failures Argo's lint lets through (warnings).
 */
public final class ArgoRules {
    private ArgoRules() {}

    static final String CATEGORY = "argo";

    /** An Argo name is missing, too long or has characters Argo refuses. */
    public static final RuleInfo NAME = new RuleInfo("argo-name", Severity.ERROR, CATEGORY,
            "An Argo name is missing, too long or has characters Argo refuses.",
            "Argo checks names before anything else: object names are at most 63 characters (52 for a CronWorkflow, which adds a timestamp), template, step and task names match ^[a-zA-Z0-9][-a-zA-Z0-9]*$ (no '_' or '.') and are at most 128 characters, parameter and artifact names (and globalNames) match ^[-a-zA-Z0-9_]+$. Argo refuses to create or run an object that breaks one of these.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: bad-names
            spec:
              entrypoint: main_step
              templates:
                - name: main_step
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: good-names
            spec:
              entrypoint: main-step
              templates:
                - name: main-step
                  container:
                    image: alpine:3.20
            """);

    /** Two templates, steps, tasks, parameters or artifacts share a name. */
    public static final RuleInfo DUPLICATE_NAME = new RuleInfo("argo-duplicate-name", Severity.ERROR, CATEGORY,
            "Two templates, steps, tasks, parameters or artifacts share a name.",
            "Argo looks templates, steps, tasks and parameters up by name, so names must be unique in their list (step names across all groups of a template). Argo refuses the object with \"... is not unique\" or, for DAG tasks, \"sorting failed: duplicated nodeName\".",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: dup
            spec:
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                - name: main
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: dup
            spec:
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                - name: other
                  container:
                    image: alpine:3.20
            """);

    /** A template has no type, or more than one. */
    public static final RuleInfo TEMPLATE_TYPE = new RuleInfo("argo-template-type", Severity.ERROR, CATEGORY,
            "A template has no type, or more than one.",
            "A template is exactly one of container, containerSet, steps, script, resource, dag, suspend, data, http or plugin. With none Argo says \"template 'x' type is unknown\" (often a misspelt key such as contianer); with two it refuses \"multiple template types specified\".",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: typeless
            spec:
              entrypoint: main
              templates:
                - name: main
                  contianer:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: typed
            spec:
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
            """);

    /** The entrypoint is missing or names no template. */
    public static final RuleInfo ENTRYPOINT = new RuleInfo("argo-entrypoint", Severity.ERROR, CATEGORY,
            "The entrypoint is missing or names no template.",
            "A Workflow (and a CronWorkflow) must say which template it starts with in spec.entrypoint; a WorkflowTemplate may leave it to the Workflow that uses it, but when it names one, the template must exist. Argo refuses with \"spec.entrypoint is required\" or \"template name 'x' undefined\".",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: entry
            spec:
              entrypoint: mian
              templates:
                - name: main
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: entry
            spec:
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
            """);

    /** A step, task or onExit names a template that does not exist. */
    public static final RuleInfo TEMPLATE_UNDEFINED = new RuleInfo("argo-template-undefined", Severity.ERROR, CATEGORY,
            "A step, task or onExit names a template that does not exist.",
            "Steps, DAG tasks and spec.onExit call templates by name; Argo refuses a reference to a template the object does not define with \"template name 'x' undefined\".",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: calls
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: say
                        template: whalesay
                - name: whalesy
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: calls
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: say
                        template: whalesay
                - name: whalesay
                  container:
                    image: alpine:3.20
            """);

    /** A templateRef or workflowTemplateRef is incomplete or names a template that is not there. */
    public static final RuleInfo TEMPLATE_REF = new RuleInfo("argo-template-ref", Severity.ERROR, CATEGORY,
            "A templateRef or workflowTemplateRef is incomplete or names a template that is not there.",
            "templateRef needs both name (the WorkflowTemplate, or ClusterWorkflowTemplate with clusterScope: true) and template, and no template: beside it; a Workflow with workflowTemplateRef has no templates of its own. hookctl resolves references against the templates among the linted files, as argo lint --offline does; Argo refuses a reference it cannot resolve (\"template reference x.y not found\"). References built from {{...}} are resolved at run time and not checked.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: lib
            spec:
              templates:
                - name: hello
                  container:
                    image: alpine:3.20
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: caller
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: call
                        templateRef:
                          name: lib
                          template: helo
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: lib
            spec:
              templates:
                - name: hello
                  container:
                    image: alpine:3.20
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: caller
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: call
                        templateRef:
                          name: lib
                          template: hello
            """);

    /** A called template's input gets no value from the call, its value or its default. */
    public static final RuleInfo INPUT_NOT_SUPPLIED = new RuleInfo("argo-input-not-supplied", Severity.ERROR, CATEGORY,
            "A called template's input gets no value from the call, its value or its default.",
            "When a step, task, entrypoint or exit handler calls a template, each input parameter takes the argument of the same name, else its value, else its default; an input artifact needs an argument, a location or optional: true. Argo refuses the workflow with \"inputs.parameters.x was not supplied\". (A WorkflowTemplate's own entrypoint inputs are filled by the Workflow at submission and are not checked here.)",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: binding
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: greet
                        template: print
                - name: print
                  inputs:
                    parameters:
                      - name: message
                  container:
                    image: alpine:3.20
                    args: ["{{inputs.parameters.message}}"]
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: binding
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: greet
                        template: print
                        arguments:
                          parameters:
                            - name: message
                              value: hello
                - name: print
                  inputs:
                    parameters:
                      - name: message
                  container:
                    image: alpine:3.20
                    args: ["{{inputs.parameters.message}}"]
            """);

    /** An argument has no value, a valueFrom Argo does not allow there, or a value outside its enum. */
    public static final RuleInfo ARGUMENT = new RuleInfo("argo-argument", Severity.ERROR, CATEGORY,
            "An argument has no value, a valueFrom Argo does not allow there, or a value outside its enum.",
            "Step and task arguments always need value or valueFrom (a default does not count); spec.arguments of a Workflow need them too when it is submitted, while a WorkflowTemplate may leave them empty for the submitter to fill. valueFrom in arguments allows only configMapKeyRef, supplied and default; enum must list at least one value and contain the value. Artifacts need from, a location or a key.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: args
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: greet
                        template: print
                        arguments:
                          parameters:
                            - name: message
                              default: hello
                - name: print
                  inputs:
                    parameters:
                      - name: message
                        default: hi
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: args
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: greet
                        template: print
                        arguments:
                          parameters:
                            - name: message
                              value: hello
                - name: print
                  inputs:
                    parameters:
                      - name: message
                        default: hi
                  container:
                    image: alpine:3.20
            """);

    /** An output parameter or artifact is declared in a way Argo refuses. */
    public static final RuleInfo OUTPUT = new RuleInfo("argo-output", Severity.ERROR, CATEGORY,
            "An output parameter or artifact is declared in a way Argo refuses.",
            "Each output parameter has either value or valueFrom (not both), and valueFrom exactly one source that fits the template type: path for container/script/containerSet, jqFilter or jsonPath for resource, parameter or expression for steps and DAG. Output artifact paths only exist on templates that run a container.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: outs
            spec:
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                  outputs:
                    parameters:
                      - name: result
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: outs
            spec:
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                  outputs:
                    parameters:
                      - name: result
                        valueFrom:
                          path: /tmp/result
            """);

    /** A &#123;&#123;...}} variable is not defined where it is used. */
    public static final RuleInfo UNRESOLVED_VARIABLE = new RuleInfo("argo-unresolved-variable", Severity.ERROR, CATEGORY,
            "A {{...}} variable is not defined where it is used.",
            "Argo checks every simple tag rooted at item., steps., inputs., outputs., pod., workflow. or tasks. against the variables in scope: the template's inputs, workflow globals, earlier steps, DAG tasks, loop items. An unknown one fails with \"failed to resolve {{...}}\" (spaces inside the braces are trimmed). In a WorkflowTemplate, workflow.parameters.* are not checked by Argo (see argo-undeclared-parameter).",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: vars
            spec:
              entrypoint: main
              templates:
                - name: main
                  inputs:
                    parameters:
                      - name: message
                        value: hi
                  container:
                    image: alpine:3.20
                    args: ["{{inputs.parameters.mesage}}"]
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: vars
            spec:
              entrypoint: main
              templates:
                - name: main
                  inputs:
                    parameters:
                      - name: message
                        value: hi
                  container:
                    image: alpine:3.20
                    args: ["{{inputs.parameters.message}}"]
            """);

    /** A step or task loop is declared in a way Argo refuses. */
    public static final RuleInfo LOOP = new RuleInfo("argo-loop", Severity.ERROR, CATEGORY,
            "A step or task loop is declared in a way Argo refuses.",
            "A step or task loops over withItems, withParam or withSequence — only one of them; withSequence takes count or end, not both.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: loops
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: each
                        template: print
                        withItems: [a, b]
                        withParam: '["a", "b"]'
                - name: print
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: loops
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: each
                        template: print
                        withItems: [a, b]
                - name: print
                  container:
                    image: alpine:3.20
            """);

    /** A lifecycle hook other than exit has no expression. */
    public static final RuleInfo HOOK = new RuleInfo("argo-hook", Severity.ERROR, CATEGORY,
            "A lifecycle hook other than exit has no expression.",
            "Workflow-, step- and task-level hooks run when their expression becomes true; only the hook named exit runs without one. Argo refuses any other hook without expression (\"hooks.x Expression required\").",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: hooks
            spec:
              entrypoint: main
              hooks:
                running:
                  template: notify
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                - name: notify
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: hooks
            spec:
              entrypoint: main
              hooks:
                running:
                  expression: workflow.status == "Running"
                  template: notify
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                - name: notify
                  container:
                    image: alpine:3.20
            """);

    /** A DAG template breaks one of Argo's DAG rules. */
    public static final RuleInfo DAG = new RuleInfo("argo-dag", Severity.ERROR, CATEGORY,
            "A DAG template breaks one of Argo's DAG rules.",
            "A DAG has at least one task; it uses either depends or dependencies, not both; with depends, continueOn is replaced by task.Failed / task.Errored; task names do not start with a digit when dependencies are used; every target names a task.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: dag
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: a
                        template: work
                        continueOn:
                          failed: true
                      - name: b
                        template: work
                        depends: a
                - name: work
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: dag
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: a
                        template: work
                      - name: b
                        template: work
                        depends: a.Succeeded || a.Failed
                - name: work
                  container:
                    image: alpine:3.20
            """);

    /** A DAG dependency names no task, has a bad result, or forms a cycle. */
    public static final RuleInfo DAG_DEPENDENCY = new RuleInfo("argo-dag-dependency", Severity.ERROR, CATEGORY,
            "A DAG dependency names no task, has a bad result, or forms a cycle.",
            "depends and dependencies name tasks of the same DAG (every word of depends that is not an operator is taken as a task name, so and/or/not are errors: write &&, ||, !), results are Succeeded, Failed, Errored, Skipped, Omitted, Daemoned, AnySucceeded or AllFailed (the last two only for looped tasks), the graph has no cycle, and an argument that starts with {{tasks.x needs x among the task's dependencies.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: deps
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: a
                        template: work
                      - name: b
                        template: work
                        depends: a and a.Succeeded
                - name: work
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: deps
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: a
                        template: work
                      - name: b
                        template: work
                        depends: a && a.Succeeded
                - name: work
                  container:
                    image: alpine:3.20
            """);

    /** A container, script or containerSet template is missing something Argo requires. */
    public static final RuleInfo CONTAINER = new RuleInfo("argo-container", Severity.ERROR, CATEGORY,
            "A container, script or containerSet template is missing something Argo requires.",
            "A container or script needs an image (unless spec.templateDefaults gives one), each path is mounted once, a containerSet with inputs or outputs has a container named main and its dependencies name its containers, init containers are named, and wait/supervisor are Argo's own container names.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: image
            spec:
              entrypoint: main
              templates:
                - name: main
                  script:
                    command: [sh]
                    source: echo hi
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: image
            spec:
              entrypoint: main
              templates:
                - name: main
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: echo hi
            """);

    /** A resource template has a wrong action or manifest. */
    public static final RuleInfo RESOURCE = new RuleInfo("argo-resource", Severity.ERROR, CATEGORY,
            "A resource template has a wrong action or manifest.",
            "resource.action is one of get, create, apply, delete, replace, patch; every action but get and delete needs exactly one of manifest and manifestFrom, the manifest must be valid YAML (tags are replaced by placeholders first), and manifestFrom names an input artifact.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: res
            spec:
              entrypoint: main
              templates:
                - name: main
                  resource:
                    action: upsert
                    manifest: |
                      apiVersion: v1
                      kind: ConfigMap
                      metadata:
                        name: demo
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: res
            spec:
              entrypoint: main
              templates:
                - name: main
                  resource:
                    action: apply
                    manifest: |
                      apiVersion: v1
                      kind: ConfigMap
                      metadata:
                        name: demo
            """);

    /** A field is set on a kind of template that does not support it. */
    public static final RuleInfo FIELD_PLACEMENT = new RuleInfo("argo-field-placement", Severity.ERROR, CATEGORY,
            "A field is set on a kind of template that does not support it.",
            "timeout, pendingTimeout and activeDeadlineSeconds belong to leaf templates (those that run something), parallelism to steps and DAG templates, artifact paths to container/script templates, and from: to arguments, not inputs. Argo refuses the object.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: placement
            spec:
              entrypoint: main
              templates:
                - name: main
                  timeout: 10m
                  steps:
                    - - name: work
                        template: work
                - name: work
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: placement
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: work
                        template: work
                - name: work
                  timeout: 10m
                  container:
                    image: alpine:3.20
            """);

    /** A field has a value Argo refuses (retry policy, duration, deadline, podGC, metrics, cron). */
    public static final RuleInfo FIELD_VALUE = new RuleInfo("argo-field-value", Severity.ERROR, CATEGORY,
            "A field has a value Argo refuses (retry policy, duration, deadline, podGC, metrics, cron).",
            "retryStrategy.retryPolicy is Always, OnFailure, OnError or OnTransientError; timeout is a duration with a unit (\"30s\", not 30); activeDeadlineSeconds is a positive number of seconds or a {{variable}}; podGC.strategy, metric names, git artifact repos and CronWorkflow schedules and concurrencyPolicy have fixed forms.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: retry
            spec:
              entrypoint: main
              templates:
                - name: main
                  retryStrategy:
                    limit: 3
                    retryPolicy: OnFailures
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: retry
            spec:
              entrypoint: main
              templates:
                - name: main
                  retryStrategy:
                    limit: 3
                    retryPolicy: OnFailure
                  container:
                    image: alpine:3.20
            """);

    /** A depends expression that Argo's lint accepts but the controller cannot evaluate. */
    public static final RuleInfo DEPENDS_SYNTAX = new RuleInfo("argo-depends-syntax", Severity.WARNING, CATEGORY,
            "A depends expression that Argo's lint accepts but the controller cannot evaluate.",
            "Argo's lint only checks the task names in depends; the controller evaluates the whole expression and fails the DAG with \"unable to evaluate expression\" when operators are missing, doubled or unbalanced. Use task, task.Result, &&, ||, ! and parentheses.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: depsyntax
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: a
                        template: work
                      - name: b
                        template: work
                      - name: c
                        template: work
                        depends: (a && b
                - name: work
                  container:
                    image: alpine:3.20
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: depsyntax
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: a
                        template: work
                      - name: b
                        template: work
                      - name: c
                        template: work
                        depends: (a && b)
                - name: work
                  container:
                    image: alpine:3.20
            """);

    /** A step references a step of its own parallel group. */
    public static final RuleInfo SIBLING_REFERENCE = new RuleInfo("argo-sibling-step-reference", Severity.WARNING, CATEGORY,
            "A step references a step of its own parallel group.",
            "Steps of one group ('- - name:' ... '- name:') run at the same time, so one cannot use another's outputs. Argo's lint lets a step reference a sibling written above it; at run time the value does not exist yet and the step fails or sees the literal tag.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: siblings
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: produce
                        template: produce
                      - name: consume
                        template: consume
                        arguments:
                          parameters:
                            - name: value
                              value: "{{steps.produce.outputs.result}}"
                - name: produce
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: echo 42
                - name: consume
                  inputs:
                    parameters:
                      - name: value
                  container:
                    image: alpine:3.20
                    args: ["{{inputs.parameters.value}}"]
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: siblings
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: produce
                        template: produce
                    - - name: consume
                        template: consume
                        arguments:
                          parameters:
                            - name: value
                              value: "{{steps.produce.outputs.result}}"
                - name: produce
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: echo 42
                - name: consume
                  inputs:
                    parameters:
                      - name: value
                  container:
                    image: alpine:3.20
                    args: ["{{inputs.parameters.value}}"]
            """);

    /** A DAG task uses the outputs of a task it does not depend on. */
    public static final RuleInfo TASK_NOT_ANCESTOR = new RuleInfo("argo-task-not-ancestor", Severity.WARNING, CATEGORY,
            "A DAG task uses the outputs of a task it does not depend on.",
            "A task may run before any task it does not depend on. Argo's lint only catches this when an argument value starts with {{tasks.; a reference later in a string (or with a space after the braces) passes lint and fails or stays literal at run time.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: ancestry
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: produce
                        template: produce
                      - name: consume
                        template: consume
                        arguments:
                          parameters:
                            - name: value
                              value: "got {{tasks.produce.outputs.result}}"
                - name: produce
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: echo 42
                - name: consume
                  inputs:
                    parameters:
                      - name: value
                  container:
                    image: alpine:3.20
                    args: ["{{inputs.parameters.value}}"]
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: ancestry
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: produce
                        template: produce
                      - name: consume
                        template: consume
                        depends: produce
                        arguments:
                          parameters:
                            - name: value
                              value: "got {{tasks.produce.outputs.result}}"
                - name: produce
                  script:
                    image: alpine:3.20
                    command: [sh]
                    source: echo 42
                - name: consume
                  inputs:
                    parameters:
                      - name: value
                  container:
                    image: alpine:3.20
                    args: ["{{inputs.parameters.value}}"]
            """);

    /** A &#123;&#123; is never closed, or a &#123;&#123;= expression }} has unbalanced brackets or quotes. */
    public static final RuleInfo TAG_SYNTAX = new RuleInfo("argo-tag-syntax", Severity.WARNING, CATEGORY,
            "A {{ is never closed, or a {{= expression }} has unbalanced brackets or quotes.",
            "Argo's template engine takes a tag from {{ to the first }}: an unterminated {{ makes the whole template unparsable, and Argo's lint never looks inside {{= ... }} expressions, so a missing bracket or quote only shows when the workflow runs.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: tags
            spec:
              entrypoint: main
              templates:
                - name: main
                  inputs:
                    parameters:
                      - name: count
                        value: "3"
                  container:
                    image: alpine:3.20
                    args: ["{{=asInt(inputs.parameters.count}}"]
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: tags
            spec:
              entrypoint: main
              templates:
                - name: main
                  inputs:
                    parameters:
                      - name: count
                        value: "3"
                  container:
                    image: alpine:3.20
                    args: ["{{=asInt(inputs.parameters.count)}}"]
            """);

    /** A WorkflowTemplate uses a workflow parameter it does not declare. */
    public static final RuleInfo UNDECLARED_PARAMETER = new RuleInfo("argo-undeclared-parameter", Severity.WARNING, CATEGORY,
            "A WorkflowTemplate uses a workflow parameter it does not declare.",
            "When Argo validates a WorkflowTemplate it accepts any {{workflow.parameters.X}}, but a Workflow submitted from it fails with \"failed to resolve {{workflow.parameters.X}}\" unless the submitter passes X. Codefresh passes a hook only the parameters it declares in spec.arguments.parameters.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: undeclared
            spec:
              entrypoint: main
              arguments:
                parameters:
                  - name: RELEASE_URL
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    args: ["{{workflow.parameters.RELEASE_ID}}"]
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: undeclared
            spec:
              entrypoint: main
              arguments:
                parameters:
                  - name: RELEASE_URL
                  - name: RELEASE_ID
              templates:
                - name: main
                  container:
                    image: alpine:3.20
                    args: ["{{workflow.parameters.RELEASE_ID}}"]
            """);

    /** Every Argo rule, for the registry. */
    public static final List<RuleInfo> ALL = List.of(NAME, DUPLICATE_NAME, TEMPLATE_TYPE, ENTRYPOINT, TEMPLATE_UNDEFINED, TEMPLATE_REF, INPUT_NOT_SUPPLIED, ARGUMENT, OUTPUT, UNRESOLVED_VARIABLE, LOOP, HOOK, DAG, DAG_DEPENDENCY, CONTAINER, RESOURCE, FIELD_PLACEMENT, FIELD_VALUE, DEPENDS_SYNTAX, SIBLING_REFERENCE, TASK_NOT_ANCESTOR, TAG_SYNTAX, UNDECLARED_PARAMETER);
}
