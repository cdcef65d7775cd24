package dev.hookctl.argo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.lint.LintConfig;
import dev.hookctl.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Argo's validation cases (the shapes its validate tests exercise), each with the diagnostic at its
 * position and, where it teaches something, the valid twin that must stay clean.
 */
class ArgoValidationTest {

    private static final String WFT = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: t
            spec:
            """;
    private static final String WF = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: w-
            spec:
            """;

    private static List<Diagnostic> argo(String yaml) {
        return Lint.text(yaml, LintConfig.EMPTY).diagnostics().stream()
                .filter(d -> d.ruleId().startsWith("argo-")).toList();
    }

    private static List<String> brief(String yaml) {
        return argo(yaml).stream().map(Lint::brief).toList();
    }

    private static List<String> messages(String yaml) {
        return argo(yaml).stream().map(Diagnostic::message).toList();
    }

    @Test
    void nothingFollowsFromANameTemplateImageOrDependencyArgoCannotRead() {
        // wrong-type reports each value; without it these would read as absent: a name required, an
        // undefined template, an empty image, a missing dependency, an unsupplied or unresolved input
        String unreadable = WFT + """
                  entrypoint: main
                  arguments:
                    parameters:
                      - {name: [g], value: "1"}
                  templates:
                    - name: main
                      dag:
                        tasks:
                          - {name: a, template: [echo], arguments: {parameters: [{name: x, value: "1"}]}}
                          - {name: b, template: echo, dependencies: a, arguments: {parameters: [{name: x, value: "{{tasks.a.outputs.result}}"}]}}
                    - name: steps
                      steps:
                        - - {name: [s], template: echo}
                    - name: echo
                      inputs: {parameters: [{name: {x: 1}}]}
                      container: {image: [alpine], args: ["{{inputs.parameters.x}}", "{{workflow.parameters.g}}"]}
                """;
        assertThat(brief(unreadable)).isEmpty();
        String absent = unreadable.replace("[g]", "\"\"").replace("[echo]", "echo").replace("dependencies: a", "dependencies: []")
                .replace("[s]", "\"\"").replace("{x: 1}", "x").replace("[alpine]", "\"\"");
        assertThat(brief(absent)).containsExactly("9:9 argo-name", "15:99 argo-dag-dependency", "18:13 argo-name",
                "21:7 argo-container", "21:65 argo-undeclared-parameter");
    }

    @Test
    void aSpacedUnknownWorkflowVariableIsReportedWithItsSpacingAtTheTag() {
        String yaml = WF + """
                  entrypoint: main
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        args: ["x {{  workflow.thisdoesnotexist  }}"]
                """;
        assertThat(brief(yaml)).containsExactly("11:19 argo-unresolved-variable");
        assertThat(messages(yaml)).containsExactly("templates.main: failed to resolve {{  workflow.thisdoesnotexist  }}");
    }

    @Test
    void aStepCannotReferenceALaterStepButMayReferenceAnEarlierGroup() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - name: one
                            template: work
                            when: "{{steps.two.status}} == Succeeded"
                        - - name: two
                            template: work
                            when: "{{steps.one.status}} == Succeeded"
                    - name: work
                      container:
                        image: alpine:3.20
                """;
        assertThat(brief(yaml)).containsExactly("12:20 argo-unresolved-variable");
        assertThat(messages(yaml)).containsExactly("templates.main.steps failed to resolve {{steps.two.status}}");
    }

    @Test
    void aTagInALiteralBlockScriptIsLocatedOnItsOwnLineAndColumn() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      script:
                        image: alpine:3.20
                        command: [sh]
                        source: |
                          echo one
                            echo "{{inputs.parameters.nope}}" two
                """;
        assertThat(brief(yaml)).containsExactly("14:19 argo-unresolved-variable");
    }

    @Test
    void aTagInAFoldedOrDoubleQuotedScalarIsLocatedToo() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        args:
                          - >-
                            first line
                            then {{pod.nam}}
                          - "a\\tb {{inputs.x}} {{inputs.x}}"
                """;
        assertThat(brief(yaml)).containsExactly("14:18 argo-unresolved-variable", "15:19 argo-unresolved-variable",
                "15:32 argo-unresolved-variable");
    }

    @Test
    void aWorkflowTemplateMayLeaveArgumentsEmptyButAWorkflowMayNot() {
        String body = """
                  entrypoint: main
                  arguments:
                    parameters:
                      - name: PRODUCT_NAME
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        args: ["{{workflow.parameters.PRODUCT_NAME}}"]
                """;
        assertThat(brief(WFT + body)).isEmpty();
        assertThat(brief(WF + body)).containsExactly("9:15 argo-argument");
        assertThat(messages(WF + body)).containsExactly(
                "spec.arguments.PRODUCT_NAME.value or spec.arguments.PRODUCT_NAME.valueFrom is required");
    }

    @Test
    void aWorkflowBindsEntrypointInputsFromItsArgumentsByNameWhileATemplateFakesThem() {
        String body = """
                  entrypoint: main
                  arguments:
                    parameters:
                      - name: env
                        value: prod
                  templates:
                    - name: main
                      inputs:
                        parameters:
                          - name: env
                          - name: region
                      container:
                        image: alpine:3.20
                """;
        assertThat(brief(WFT + body)).isEmpty();
        assertThat(messages(WF + body)).containsExactly("templates.main inputs.parameters.region was not supplied");
        assertThat(brief(WF + body)).containsExactly("6:15 argo-input-not-supplied");
    }

    @Test
    void aMissingInputIsReportedAtTheStepThatCallsWithoutIt() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - name: call-a
                            template: a
                            arguments:
                              parameters:
                                - name: message
                                  value: hi
                    - name: a
                      inputs:
                        parameters:
                          - name: message
                      steps:
                        - - name: call-b
                            template: b
                    - name: b
                      inputs:
                        parameters:
                          - name: message
                      container:
                        image: alpine:3.20
                """;
        assertThat(messages(yaml)).containsExactly(
                "templates.a.steps[0].call-b templates.b inputs.parameters.message was not supplied");
        assertThat(brief(yaml)).containsExactly("22:23 argo-input-not-supplied");
    }

    private static String dag(String tasks) {
        return WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      dag:
                        tasks:
                """ + tasks.indent(10) + """
                    - name: work
                      inputs:
                        parameters:
                          - name: v
                            value: x
                      script:
                        image: alpine:3.20
                        command: [sh]
                        source: echo 1
                """;
    }

    @Test
    void aDependencyCycleIsReportedAtEachTaskOnIt() {
        String yaml = dag("""
                - name: a
                  template: work
                  depends: b
                - name: b
                  template: work
                  depends: a
                """);
        assertThat(brief(yaml)).containsExactly("13:22 argo-dag-dependency", "16:22 argo-dag-dependency");
        assertThat(messages(yaml)).containsOnly("templates.main sorting failed: graph with cycle");
    }

    @Test
    void aMisspeltTaskResultIsReportedAtTheAtom() {
        String yaml = dag("""
                - name: a
                  template: work
                - name: b
                  template: work
                  depends: "a.Succeded || a.Failed"
                """);
        assertThat(brief(yaml)).containsExactly("15:23 argo-dag-dependency");
        assertThat(messages(yaml)).containsExactly("templates.main.tasks.b task result 'Succeded' for task 'a' is invalid");
    }

    @Test
    void anItemsConditionNeedsALoopedTask() {
        String bad = dag("""
                - name: a
                  template: work
                - name: b
                  template: work
                  depends: a.AnySucceeded
                """);
        assertThat(messages(bad)).containsExactly("templates.main.tasks.b dependency 'a' uses an items-based condition "
                + "such as .AnySucceeded or .AllFailed but does not contain any items");
        String good = dag("""
                - name: a
                  template: work
                  withItems: [1, 2]
                - name: b
                  template: work
                  depends: a.AnySucceeded
                """);
        assertThat(brief(good)).isEmpty();
    }

    @Test
    void anArgumentStartingWithATaskReferenceNeedsThatTaskAsAncestor() {
        String yaml = dag("""
                - name: a
                  template: work
                - name: b
                  template: work
                  arguments:
                    parameters:
                      - name: v
                        value: "{{tasks.a.outputs.result}}"
                """);
        assertThat(messages(yaml)).containsExactly("templates.main.tasks.b missing dependency 'a' for parameter 'v'");
    }

    @Test
    void dependsAndDependenciesCannotBeMixedAndDigitsCannotStartNames() {
        String yaml = dag("""
                - name: a
                  template: work
                - name: 2b
                  template: work
                  dependencies: [a]
                - name: c
                  template: work
                  depends: a
                """);
        assertThat(messages(yaml)).containsExactly(
                "templates.main.tasks.2b name cannot begin with a digit when using either 'depends' or 'dependencies'",
                "templates.main cannot use both 'depends' and 'dependencies' in the same DAG template");
    }

    @Test
    void anUnknownTargetIsReportedAtItsWord() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      dag:
                        target: a zz
                        tasks:
                          - name: a
                            template: work
                    - name: work
                      container:
                        image: alpine:3.20
                """;
        assertThat(brief(yaml)).containsExactly("10:19 argo-dag");
        assertThat(messages(yaml)).containsExactly("templates.main.targets: target 'zz' is not defined");
    }

    @Test
    void aPathMountedTwiceIsReported() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        volumeMounts:
                          - name: a
                            mountPath: /data
                          - name: b
                            mountPath: /data
                """;
        assertThat(messages(yaml)).containsExactly(
                "templates.main.container.volumeMounts[1].mountPath '/data' already mounted in container.volumeMounts.a");
    }

    @Test
    void aResourceManifestMustBeYamlOnceTagsAreReplaced() {
        String good = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      inputs:
                        parameters:
                          - name: n
                            value: x
                      resource:
                        action: create
                        manifest: |
                          kind: ConfigMap
                          metadata:
                            name: {{inputs.parameters.n}}
                            labels: {{=toJson({"a": "b"})}}
                """;
        assertThat(brief(good)).isEmpty();
        String bad = good.replace("kind: ConfigMap", "kind: [ConfigMap");
        assertThat(messages(bad)).containsExactly("templates.main.resource.manifest must be a valid yaml");
    }

    @Test
    void templateDefaultsSupplyTheImage() {
        String yaml = WFT + """
                  entrypoint: main
                  templateDefaults:
                    container:
                      image: alpine:3.20
                  templates:
                    - name: main
                      container:
                        command: [echo]
                """;
        assertThat(brief(yaml)).isEmpty();
    }

    @Test
    void leafOnlyAndNonLeafOnlyFieldsAreReportedWhereTheyAreSet() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      activeDeadlineSeconds: 60
                      steps:
                        - - name: a
                            template: work
                    - name: work
                      parallelism: 2
                      activeDeadlineSeconds: -1
                      container:
                        image: alpine:3.20
                """;
        assertThat(messages(yaml)).containsExactly(
                "templates.main.activeDeadlineSeconds is only valid for leaf templates",
                "templates.work.parallelism is only valid for steps and dag templates",
                "templates.work.activeDeadlineSeconds must be a positive integer > 0 or an argo variable");
    }

    @Test
    void aGlobalOutputIsKnownOnlyAfterTheStepThatProducesIt() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - name: use-early
                            template: use
                        - - name: make
                            template: make
                        - - name: use
                            template: use
                    - name: make
                      container:
                        image: alpine:3.20
                      outputs:
                        parameters:
                          - name: v
                            globalName: version
                            valueFrom:
                              path: /tmp/v
                    - name: use
                      container:
                        image: alpine:3.20
                        args: ["{{workflow.outputs.parameters.version}}"]
                """;
        // "use" is first validated from "use-early", before "make" registered the global output
        assertThat(messages(yaml)).containsExactly(
                "templates.use: failed to resolve {{workflow.outputs.parameters.version}}");
    }

    @Test
    void loopItemsComeFromTheLoopSource() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - name: maps
                            template: work
                            withItems:
                              - {os: linux}
                            arguments:
                              parameters:
                                - name: v
                                  value: "{{item.os}} {{item.arch}}"
                        - - name: param
                            template: work
                            withParam: '[{"x": 1}]'
                            arguments:
                              parameters:
                                - name: v
                                  value: "{{item.anything}}"
                    - name: work
                      inputs:
                        parameters:
                          - name: v
                      container:
                        image: alpine:3.20
                """;
        assertThat(messages(yaml)).containsExactly("templates.main.steps failed to resolve {{item.arch}}");
    }

    @Test
    void labelsAreKnownWhenTheTemplateDeclaresThem() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: t
                  labels:
                    team: web
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        args: ["{{workflow.labels.team}}", "{{workflow.labels.owner}}"]
                """;
        assertThat(messages(yaml)).containsExactly("templates.main: failed to resolve {{workflow.labels.owner}}");
    }

    @Test
    void aWorkflowReferencingATemplateBindsItsEntrypointAndFindsMissingTemplates() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: lib
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      inputs:
                        parameters:
                          - name: who
                      container:
                        image: alpine:3.20
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: run-
                spec:
                  workflowTemplateRef:
                    name: lib
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: run-
                spec:
                  workflowTemplateRef:
                    name: nope
                """;
        assertThat(messages(yaml)).containsExactly("templates.main inputs.parameters.who was not supplied",
                "workflowtemplates.argoproj.io \"nope\" not found");
    }

    @Test
    void aCronWorkflowHasAShorterNameAScheduleAndArgumentValues() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata:
                  name: a-cron-workflow-name-that-is-longer-than-fifty-two-chars
                spec:
                  workflowSpec:
                    entrypoint: main
                    templates:
                      - name: main
                        container:
                          image: alpine:3.20
                """;
        assertThat(messages(yaml)).containsExactly(
                "cron workflow name \"a-cron-workflow-name-that-is-longer-than-fifty-two-chars\" must not be more than "
                        + "52 characters long (currently 56)",
                "cron workflow must have at least one schedule");
    }

    @Test
    void outputParametersNeedASourceThatFitsTheTemplateType() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - name: a
                            template: work
                      outputs:
                        parameters:
                          - name: p
                            valueFrom:
                              path: /tmp/x
                    - name: work
                      container:
                        image: alpine:3.20
                      outputs:
                        parameters:
                          - name: q
                            value: x
                            valueFrom:
                              path: /tmp/q
                """;
        assertThat(messages(yaml)).containsExactly(
                "templates.main.outputs.parameters.p.parameter or expression must be specified for Steps templates",
                "templates.work.outputs.parameters.q has both valueFrom and value specified, choose one");
    }

    @Test
    void enumsAreCheckedOnSpecArguments() {
        String yaml = WF + """
                  entrypoint: main
                  arguments:
                    parameters:
                      - name: message
                        value: three
                        enum: [one, two]
                      - name: other
                        value: x
                        enum: []
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                """;
        assertThat(messages(yaml)).containsExactly(
                "spec.arguments.message.value should be present in spec.arguments.message.enum list",
                "spec.arguments.other.enum should contain at least one value");
    }

    @Test
    void stepHooksOtherThanExitNeedAnExpression() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - name: a
                            template: work
                            hooks:
                              exit:
                                template: work
                              running:
                                template: work
                    - name: work
                      container:
                        image: alpine:3.20
                """;
        assertThat(messages(yaml)).containsExactly("templates.main.steps[0].a.running Expression required");
        assertThat(brief(yaml)).containsExactly("15:15 argo-hook");
    }

    @Test
    void anInlineTemplateIsValidatedWithItsOwnInputs() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      dag:
                        tasks:
                          - name: a
                            inline:
                              inputs:
                                parameters:
                                  - name: x
                                    value: "1"
                              container:
                                image: alpine:3.20
                                args: ["{{inputs.parameters.x}}", "{{inputs.parameters.y}}"]
                """;
        assertThat(messages(yaml)).containsExactly("templates.: failed to resolve {{inputs.parameters.y}}");
    }

    @Test
    void dynamicTemplateReferencesAreNotResolved() {
        String yaml = WFT + """
                  entrypoint: main
                  arguments:
                    parameters:
                      - name: lib
                        value: shared
                  templates:
                    - name: main
                      steps:
                        - - name: a
                            templateRef:
                              name: "{{workflow.parameters.lib}}"
                              template: run
                """;
        assertThat(brief(yaml)).isEmpty();
    }

    @Test
    void theValidTwinsOfArgoExamplesStayClean() {
        String yaml = WFT + """
                  entrypoint: main
                  onExit: exit
                  arguments:
                    parameters:
                      - name: RELEASE_URL
                  templates:
                    - name: main
                      retryStrategy:
                        limit: "{{workflow.parameters.RELEASE_URL}}"
                        retryPolicy: OnError
                      steps:
                        - - name: a
                            template: work
                            arguments:
                              parameters:
                                - name: v
                                  value: "{{ workflow.parameters.RELEASE_URL }}"
                        - - name: b
                            template: work
                            when: "{{steps.a.outputs.result}} == ok"
                            arguments:
                              parameters:
                                - name: v
                                  value: "{{steps.a.outputs.parameters.out}}-{{steps.a.exitCode}}"
                    - name: work
                      inputs:
                        parameters:
                          - name: v
                      outputs:
                        parameters:
                          - name: out
                            valueFrom:
                              path: /tmp/out
                      script:
                        image: alpine:3.20
                        command: [sh]
                        source: |
                          echo "{{inputs.parameters.v}} {{pod.name}} {{workflow.name}} {{=sprig.trim('x')}}"
                    - name: exit
                      container:
                        image: alpine:3.20
                        args: ["{{workflow.status}}", "{{workflow.failures}}", "{{retries}}", "{{item}}"]
                """;
        assertThat(brief(yaml)).isEmpty();
    }

    @Test
    void anUnresolvedTemplateRefSaysHowToResolveItForItsScope() {
        String yaml = WFT + """
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - name: a
                            templateRef:
                              name: platform-lib
                              template: run
                        - - name: b
                            templateRef:
                              name: platform-lib
                              template: run
                              clusterScope: true
                """;
        List<Diagnostic> found = argo(yaml);
        assertThat(found).extracting(Diagnostic::message).containsExactly(
                "templates.main.steps[0].a template reference platform-lib.run not found",
                "templates.main.steps[1].b template reference platform-lib.run not found");
        assertThat(found.get(0).hint()).isEqualTo("no WorkflowTemplate named \"platform-lib\" is among the linted files"
                + " (--cluster also reads those installed in the namespace)");
        assertThat(found.get(1).hint()).isEqualTo("no ClusterWorkflowTemplate named \"platform-lib\" is among the linted"
                + " files: add its manifest to the paths linted, or, if it is installed from elsewhere, write"
                + " # hookctl:ignore argo-template-ref -- why");
    }
}
