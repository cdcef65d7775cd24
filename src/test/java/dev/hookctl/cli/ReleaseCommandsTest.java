package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Fifo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render, simulate and graph run in-process through Main.run, as a user runs them. */
class ReleaseCommandsTest {
    static final String FIXTURES = Path.of("src", "test", "resources", "release").toAbsolutePath().toString();

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err),
                Path.of("").toAbsolutePath(), Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run hookctl(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("-f", FIXTURES, "--no-config")).toArray(String[]::new);
        return run(all);
    }

    @Test
    void aFlowWithoutAUsableNameIsSaidSoNotCalledMissing(@TempDir Path tmp) throws IOException {
        Path c = tmp.resolve("c.yaml");
        Files.writeString(c, """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata: oops
                spec:
                  triggerEnvironment: dev
                  steps:
                    - environment: qa
                      dependsOn: [dev]
                """);
        for (String command : List.of("simulate", "graph")) {
            Run r = run(command, "-f", c.toString(), "--no-config");
            assertThat(r.code()).as("%s", r).isEqualTo(2);
            assertThat(r.err()).as("%s", r).contains("the Promotion Flow at " + c + ":3:11 has no usable name")
                    .contains("hint: run 'hookctl lint " + c + "' for its problems").doesNotContain("--flow is required");
        }
    }

    @Test
    void renderSimulateAndGraphRefuseAFlowWhosePartsTheModelWouldSkip(@TempDir Path tmp) throws IOException {
        Path b = tmp.resolve("b.yaml");
        Files.writeString(b, """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata:
                  name: b
                spec:
                  triggerEnvironment: dev
                  hooks:
                    onStart: [a, b]
                  steps:
                    - environment: 7
                      dependsOn: dev
                    - prod
                """);
        List<List<String>> commands = List.of(List.of("simulate"), List.of("graph"),
                List.of("render", "--flow", "b", "--on", "start"));
        for (List<String> command : commands) {
            Run r = run(Stream.concat(command.stream(), Stream.of("-f", b.toString(), "--no-config")).toArray(String[]::new));
            assertThat(r.code()).as("%s", r).isEqualTo(2);
            assertThat(r.out()).as("%s", r).isEmpty();
            assertThat(r.err()).as("%s", r).isEqualTo("hookctl: flow \"b\" cannot be read as written: spec.hooks.onStart "
                    + "must be a string, not a list (" + b + ":8:14) (and 3 more)\n"
                    + "hint: run 'hookctl lint " + b + "' for its problems and fix them first\n");
        }
        // an unquoted boolean names no hook: the API server refuses it, as lint's wrong-type says
        Path c = tmp.resolve("c.yaml");
        Files.writeString(c, Files.readString(b).replace("onStart: [a, b]", "onFail: true")
                .replace("environment: 7", "environment: qa").replace("dependsOn: dev", "dependsOn: [dev]")
                .replace("    - prod\n", ""));
        Run r = run("render", "--flow", "b", "--on", "fail", "-f", c.toString(), "--no-config");
        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).as("%s", r).startsWith("hookctl: flow \"b\" cannot be read as written: spec.hooks.onFail "
                + "must be a string, not an unquoted boolean (" + c + ":8:13)\n");
    }

    @Test
    void anEmptyEnvironmentNameIsAUsageErrorOfItsOwn() {
        Run fail = run("simulate", "--flow", "global-parallel-flow", "-f", "samples/shared-config-repo", "--no-config",
                "--fail", "=msg");
        Run terminate = run("simulate", "--flow", "global-parallel-flow", "-f", "samples/shared-config-repo", "--no-config",
                "--terminate-at", "");

        assertThat(fail.code()).as("%s", fail).isEqualTo(2);
        assertThat(fail.err()).as("%s", fail).startsWith("hookctl: --fail \"=msg\" names no environment\n")
                .doesNotContain("did you mean");
        assertThat(terminate.code()).as("%s", terminate).isEqualTo(2);
        assertThat(terminate.err()).as("%s", terminate).startsWith("hookctl: --terminate-at names no environment\n");
    }

    @Test
    void simulateSaysWhenAFailureOrATerminationNeverTookEffect() {
        Run r = run("simulate", "--flow", "global-parallel-flow", "-f", "samples/shared-config-repo", "--no-config",
                "--release-id", "r-1", "--fail", "qa", "--fail", "prod=late");
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r)
                .contains("--fail prod had no effect: the environment never started (Pending)");
        assertThat(r.out()).as("%s", r).doesNotContain("--fail qa had no effect");
    }

    @Test
    void aLaterFailForTheSameEnvironmentWinsAsALaterParameterDoes() {
        Run r = run("simulate", "--flow", "global-parallel-flow", "-f", "samples/shared-config-repo", "--no-config",
                "--release-id", "r-1", "--fail", "qa=first", "--fail", "qa=second");
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).contains("qa: Failed - \"second\"").doesNotContain("\"first\"");
    }

    @Test
    void aMistakeInTheConfigurationOrAFileIsAWarningWithItsPositionAndTheCommandGoesOn(@TempDir Path tmp)
            throws IOException {
        for (String f : List.of("flows.yaml", "hooks.yaml")) {
            Files.copy(Path.of(FIXTURES, f), tmp.resolve(f));
        }
        Path config = tmp.resolve(".hookctl.yaml");
        Files.writeString(config, """
                release:
                  urlTemplate: https://cf.example/{product}/{release}
                rules:
                  no-such-rule: off
                """);
        // a file with only a warning (a duplicate key) sorts first: the warning names the broken one
        Files.writeString(tmp.resolve("a-duplicate.yaml"), "kind: Product\nkind: Product\n");
        Files.writeString(tmp.resolve("b-broken.yaml"), "kind: [\n");
        Run r = run("render", "notify", "--flow", "sequential", "--on", "start", "--product", "shop",
                "-f", tmp.toString(), "--config", config.toString());
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).contains("value: \"https://cf.example/shop/{release}\"");
        assertThat(r.err()).as("%s", r).startsWith("hookctl: warning: " + config + ":2:45: unknown placeholder "
                + "{release} in release.urlTemplate: it would stay in RELEASE_URL as written [config-invalid]\n"
                + "hint: did you mean \"{releaseId}\"? known placeholders: {product}, {releaseId}, {flow}\n"
                + "hookctl: warning: " + config + ":4:3: unknown rule \"no-such-rule\" [config-invalid]\n"
                + "hint: `hookctl rules` lists every rule id\n"
                + "hookctl: warning: 1 file could not be read completely, first: " + tmp.resolve("b-broken.yaml")
                + ":2:1: expected the node content");
        assertThat(r.err()).as("%s", r).contains("\nhint: run 'hookctl lint' for all problems\n");
    }

    @Test
    void aConfigFromAPipeIsReadAndAFolderIsRefused(@TempDir Path tmp) throws Exception {
        // render --config <(...): the pipe was "configuration file not found", exit 3
        Path pipe = Fifo.feeding(tmp.resolve("config.pipe"), "release:\n  urlTemplate: https://cf.example/{product}\n");
        Run r = run("render", "notify", "--flow", "sequential", "--on", "start", "--product", "shop",
                "-f", FIXTURES, "--config", pipe.toString());
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).contains("value: https://cf.example/shop\n");
        Run folder = run("simulate", "--flow", "sequential", "-f", FIXTURES, "--config", tmp.toString());
        assertThat(folder.code()).as("%s", folder).isEqualTo(3);
        assertThat(folder.err()).as("%s", folder).startsWith("hookctl: --config names a folder, not a configuration "
                + "file: " + tmp + "\nhint: name the file itself, e.g. --config " + tmp.resolve(".hookctl.yaml") + "\n");
    }

    @Test
    void renderPrintsTheWorkflowWithTheGivenParameter() {
        Run r = hookctl("render", "fail-notify", "--flow", "sequential", "--on", "fail", "-p",
                "ERROR_MESSAGE=db migration failed", "--release-id", "r-1");
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).contains("kind: Workflow").contains("generateName: fail-notify-")
                .contains("workflows.argoproj.io/workflow-template: fail-notify")
                .contains("- name: ERROR_MESSAGE\n        value: db migration failed")
                .contains("- name: RELEASE_ID\n        value: r-1");
    }

    @Test
    void renderTakesTheHookFromTheFlowAndPrintsJson() {
        Run r = hookctl("render", "--flow", "sequential", "--env", "prod", "--on", "fail", "-o", "json");
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).startsWith("{\n  \"apiVersion\": \"argoproj.io/v1alpha1\"")
                .contains("\"workflowTemplateRef\": {\n      \"name\": \"open-ticket\"");
    }

    @Test
    void renderInlineSubstitutesKnownTags() {
        Run r = hookctl("render", "notify", "--flow", "sequential", "--on", "start", "--inline", "--product", "shop",
                "--release-version", "9.9.9");
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).contains("shop 9.9.9 in #releases").doesNotContain("workflowTemplateRef");
    }

    @Test
    void renderRefusesTheTriggerEnvironmentWithTheRulesExplanation() {
        Run r = hookctl("render", "--flow", "sequential", "--env", "dev", "--on", "start");
        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as("%s", r).contains("hookctl: environment \"dev\" is the trigger environment of flow "
                + "\"sequential\": no hook fires there [hook-on-trigger-env]").contains("hint: ");
    }

    @Test
    void anUnknownFlowGetsOneLineWithTheClosestName() {
        Run r = hookctl("render", "--flow", "sequentail", "--on", "start");
        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).as("%s", r).isEqualTo("hookctl: unknown flow \"sequentail\"; did you mean \"sequential\"?\n");
        Run s = hookctl("simulate", "--flow", "diamnod");
        assertThat(s.code()).as("%s", s).isEqualTo(2);
        assertThat(s.err()).as("%s", s).isEqualTo("hookctl: unknown flow \"diamnod\"; did you mean \"diamond\"?\n");
        Run g = hookctl("graph", "--flow", "region");
        assertThat(g.err()).as("%s", g).isEqualTo("hookctl: unknown flow \"region\"; did you mean \"regions\"?\n");
    }

    @Test
    void anUnknownHookOrEnvironmentGetsTheClosestNames() {
        Run r = hookctl("render", "notfy", "--on", "start");
        assertThat(r.err()).as("%s", r).startsWith("hookctl: unknown hook \"notfy\"; did you mean \"notify\"");
        Run e = hookctl("render", "--flow", "sequential", "--env", "prd", "--on", "start");
        assertThat(e.err()).as("%s", e).isEqualTo("hookctl: unknown environment \"prd\"; did you mean \"prod\"?\n");
    }

    @Test
    void aProductThatTheFilesDoNotHoldIsAUsageErrorWithTheClosestNames() {
        String hint = "hint: --product names a Product of the files (shop); for one that is not in them, pass "
                + "-p PRODUCT_NAME=%s, which is used as given\n";
        Run r = hookctl("render", "notify", "--flow", "sequential", "--on", "start", "--product", "shpo");
        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.out()).as("%s", r).isEmpty();
        assertThat(r.err()).as("%s", r).isEqualTo("hookctl: unknown product \"shpo\"; did you mean \"shop\"?\n"
                + hint.formatted("shpo"));
        Run s = hookctl("simulate", "--flow", "sequential", "--product", "nope");
        assertThat(s.code()).as("%s", s).isEqualTo(2);
        assertThat(s.out()).as("%s", s).isEmpty();
        assertThat(s.err()).as("%s", s).isEqualTo("hookctl: unknown product \"nope\"; known: shop\n"
                + hint.formatted("nope"));
    }

    @Test
    void aProductGivenWithPOrOneThatDoesNotListTheFlowIsUsedWithANote() {
        Run p = hookctl("render", "notify", "--flow", "sequential", "--on", "start", "-p", "PRODUCT_NAME=shpo");
        assertThat(p.code()).as("%s", p).isEqualTo(0);
        assertThat(p.out()).as("%s", p).contains("value: shpo");
        assertThat(p.err()).as("%s", p).contains("hookctl: note: no Product \"shpo\" in the files; PRODUCT_NAME is "
                + "passed as given (-p PRODUCT_NAME); closest: shop\n");
        Run s = hookctl("simulate", "--flow", "approvals", "--product", "shop");
        assertThat(s.out()).as("%s", s).contains("note: Product \"shop\" does not list flow \"approvals\" in "
                + "spec.promotionFlows: only a manual trigger releases it through this flow; no Product of the files "
                + "lists it");
    }

    @Test
    void filesWithoutProductsTakeAnyProductName() {
        Run r = run("render", "notify", "--on", "start", "--product", "anything", "-f",
                Path.of(FIXTURES, "hooks.yaml").toString(), "--no-config");
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).contains("value: anything");
        assertThat(r.err()).as("%s", r).doesNotContain("Product");
    }

    @Test
    void renderNamesEachMissingArgumentAndTheOptionThatSuppliesIt() {
        Run r = hookctl("render", "needs-approver", "--flow", "approvals", "--on", "start");
        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).as("%s", r).contains("APPROVER: pass -p APPROVER=VALUE");
    }

    @Test
    void renderRejectsABadParameterAndABadPhase() {
        assertThat(hookctl("render", "notify", "--on", "start", "-p", "NOVALUE").err())
                .contains("-p NOVALUE: a parameter is written NAME=VALUE");
        Run phase = hookctl("render", "notify", "--on", "finish");
        assertThat(phase.code()).isEqualTo(2);
        assertThat(phase.err()).contains("unknown phase \"finish\"");
    }

    @Test
    void renderReadsAParameterFileAndAPromotionContextFile(@TempDir Path tmp) throws IOException {
        Path params = tmp.resolve("p.yaml");
        Files.writeString(params, "ERROR_MESSAGE: from the file\nVERSION: 1.10\n");
        Path ctx = tmp.resolve("ctx.json");
        Files.writeString(ctx, "{\"TICKET_URL\": \"https://tickets/1\"}");
        Run r = hookctl("render", "fail-notify", "--flow", "sequential", "--on", "fail", "--parameter-file",
                params.toString(), "--promotion-context", "@" + ctx);
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).contains("value: from the file").contains("value: https://tickets/1");
    }

    @Test
    void simulatePrintsANumberedTimelineWithParallelGroupsAndAssumptions() {
        Run r = hookctl("simulate", "--flow", "regions", "--fail", "eu=smoke tests failed", "--release-id", "r-1");
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).contains("-- group 1 (parallel): eu, us")
                .contains("1. eu onFail").contains("eu: Failed - \"smoke tests failed\"")
                .contains("prod-eu: not started (waits for eu (Failed))")
                .contains("Release Failed: \"smoke tests failed\"")
                .contains("A3: a failed environment blocks only");
    }

    @Test
    void simulateWritesJsonAndOneWorkflowFilePerFiring(@TempDir Path tmp) throws IOException {
        Run r = hookctl("simulate", "--flow", "sequential", "-o", "json", "--render-dir", tmp.resolve("out").toString(),
                "--fail", "prod", "--export", "open-ticket={\"TICKET_URL\":\"https://t/1\"}");
        assertThat(r.code()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).as("%s", r).contains("\"order\": 6").contains("\"TICKET_URL\": \"https://t/1\"")
                .contains("\"status\": \"Failed\"");
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "01-notify.yaml", "02-notify.yaml", "03-notify.yaml", "04-notify.yaml", "05-open-ticket.yaml",
                    "06-fail-notify.yaml");
        }
        assertThat(Files.readString(tmp.resolve("out").resolve("06-fail-notify.yaml")))
                .contains("- name: TICKET_URL\n        value: https://t/1");
    }

    @Test
    void simulateRenderDirHoldsOnlyThisRunsWorkflowsAndSaysWhichItRemoved(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Run first = hookctl("simulate", "--flow", "sequential", "--fail", "prod", "--render-dir", out.toString());
        assertThat(first.code()).as("%s", first).isEqualTo(0);
        Files.writeString(out.resolve("kustomization.yaml"), "resources: []\n");
        Files.writeString(out.resolve("notes.txt"), "mine\n");

        Run second = hookctl("simulate", "--flow", "sequential", "--render-dir", out.toString());

        assertThat(second.code()).as("%s", second).isEqualTo(0);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as("%s", second).containsExactly(
                    "01-notify.yaml", "02-notify.yaml", "03-notify.yaml", "04-notify.yaml", "05-notify.yaml",
                    "kustomization.yaml", "notes.txt");
        }
        assertThat(second.err()).as("%s", second).contains("hookctl: note: removed 2 Workflow files of an earlier run from "
                + out + ": 05-open-ticket.yaml, 06-fail-notify.yaml");
    }

    @Test
    void simulateRenderDirRefusesAFolderWithAFileNamedLikeItsOutputThatItDidNotWrite(@TempDir Path tmp)
            throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("00-namespace.yaml"), "apiVersion: v1\nkind: Namespace\n");
        Files.writeString(out.resolve("07-old-hook.yaml"), "# release onStart of flow \"x\": hook other-hook\n");

        Run r = hookctl("simulate", "--flow", "sequential", "--render-dir", out.toString());

        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.out()).as("%s", r).isEmpty();
        assertThat(r.err()).as("%s", r).isEqualTo("hookctl: --render-dir " + out + " holds 00-namespace.yaml, "
                + "07-old-hook.yaml, named like hookctl's Workflow files but not written by hookctl\n"
                + "hint: move them away or give --render-dir another folder; hookctl replaces only the NN-HOOK.yaml "
                + "files it wrote itself\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("00-namespace.yaml", "07-old-hook.yaml");
        }
    }

    @Test
    void simulateExitsOneWhenAFiringWouldBeRefused() {
        Run r = hookctl("simulate", "--flow", "approvals");
        assertThat(r.code()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).contains("refused (Argo refuses the Workflow: spec.arguments.APPROVER.value");
    }

    @Test
    void simulateRefusesToFailTheTriggerEnvironment() {
        Run r = hookctl("simulate", "--flow", "sequential", "--fail", "dev");
        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("is the trigger environment");
    }

    @Test
    void graphDrawsATreeMermaidAndDot() {
        Run tree = hookctl("graph", "--flow", "diamond");
        assertThat(tree.code()).as("%s", tree).isEqualTo(0);
        assertThat(tree.out()).as("%s", tree).isEqualTo("""
                flow diamond
                release  [onStart: notify, onSuccess: notify, onFail: fail-notify]
                dev  (trigger)
                └── qa
                    ├── staging-b  [onFail: open-ticket]
                    │   └── prod  [onStart: notify]  (also waits for staging-a)
                    └── staging-a  [onStart: notify]
                        └── prod  (see above)
                """);
        assertThat(hookctl("graph", "--flow", "diamond", "-o", "mermaid").out()).startsWith("flowchart LR\n")
                .contains("env4 --> env2");
        assertThat(hookctl("graph", "--flow", "diamond", "-o", "dot").out()).startsWith("digraph \"diamond\" {")
                .contains("\"staging-a\" -> \"prod\";");
    }

    @Test
    void theNewCommandsAreListedInHelp() {
        Run r = run("--help");
        for (String c : List.of("render", "simulate", "graph")) {
            assertThat(r.out()).as("%s", r).contains(c);
        }
    }
}
