package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hookctl.testing.Cli;
import dev.hookctl.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * completions/ is generated from the command model and current; the bash script, sourced in a
 * real bash, completes commands, options, fixed values and flow, hook and environment names
 * (the names through {@code hookctl __complete}, run here as the test's own classpath).
 */
class CompletionScriptsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static final String FLOWS = """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              hooks:
                onStart: slack-notify
              steps:
                - environment: qa
                  dependsOn: [dev]
                - environment: prod
                  dependsOn: [qa]
            ---
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: api-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: staging
                  dependsOn: [dev]
                  hooks:
                    onFail: jira-ticket
            ---
            """ + template("slack-notify");

    /** A one-container WorkflowTemplate named {@code name}. */
    private static String template(String name) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: %s
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                """.formatted(name);
    }

    @TempDir
    static Path project;

    private static final String OTHER_FLOW = """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: data-release
            spec:
              triggerEnvironment: lab
              steps:
                - environment: live
                  dependsOn: [lab]
            """;

    @BeforeAll
    static void manifests() throws IOException {
        Files.writeString(project.resolve("flows.yaml"), FLOWS);
        Files.writeString(project.resolve("jira.yaml"), template("jira-ticket"));
        Files.createDirectories(project.resolve("elsewhere"));
        Files.writeString(project.resolve("elsewhere/data.yaml"), OTHER_FLOW);
        Files.writeString(project.resolve(".hookctl.yaml"), "environments:\n  - name: perf\n    kind: NON_PROD\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void theCommittedScriptIsTheGeneratedOne(String shell) throws IOException {
        Cli.Result r = Cli.run(ROOT, "completion", shell);
        assertThat(r.exitCode()).as("%s", r).isZero();
        Golden.assertMatches(ROOT.resolve("completions").resolve(Completions.fileName(shell)), r.out(),
                "completions/ is stale: run mvn test -Dgolden.update=true");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Cli.Result r = Cli.run(ROOT, "completion", "tcsh");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("unsupported shell \"tcsh\"");
    }

    @Test
    void completeListsNamesFromTheManifestsOfTheCurrentFolder() {
        assertThat(Cli.run(project, "__complete", "flows").out()).isEqualTo("api-release\ndata-release\nweb-release\n");
        assertThat(Cli.run(project, "__complete", "hooks").out()).isEqualTo("jira-ticket\nslack-notify\n");
        assertThat(Cli.run(project, "__complete", "environments").out())
                .as("target environments: no option takes a trigger environment")
                .isEqualTo("live\nperf\nprod\nqa\nstaging\n");
    }

    @Test
    void theCommandLinesFlowScopesHooksAndEnvironments() {
        assertThat(Cli.run(project, "__complete", "hooks", "--", "hookctl", "render", "--flow", "api-release").out())
                .isEqualTo("jira-ticket\n");
        assertThat(Cli.run(project, "__complete", "hooks", "--", "hookctl", "fire", "--flow=web-release").out())
                .isEqualTo("slack-notify\n");
        assertThat(Cli.run(project, "__complete", "environments", "--", "hookctl", "render", "--flow", "=",
                "api-release", "--env").out()).isEqualTo("staging\n");
        assertThat(Cli.run(project, "__complete", "hooks", "--", "hookctl", "render", "--flow", "no-such").out())
                .as("a flow that is not there scopes nothing").isEqualTo("jira-ticket\nslack-notify\n");
    }

    @Test
    void theCommandLinesFilesAreReadInsteadOfTheFolder() {
        assertThat(Cli.run(project, "__complete", "flows", "--", "hookctl", "render", "-f", "elsewhere").out())
                .isEqualTo("data-release\n");
        assertThat(Cli.run(project, "__complete", "environments", "--", "hookctl", "graph", "--file=elsewhere/data.yaml")
                .out()).as("the configuration's environments too").isEqualTo("live\nperf\n");
        assertThat(Cli.run(project, "__complete", "flows", "--", "hookctl", "render", "-f", "not-yet-typ").out())
                .as("a path still being typed reads the folder").contains("web-release");
    }

    @Test
    void namesAreNotSearchedInAFolderFarLargerThanAConfigurationRepository(@TempDir Path huge) throws IOException {
        Files.writeString(huge.resolve("flow.yaml"), "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\n"
                + "metadata:\n  name: lost\nspec:\n  triggerEnvironment: dev\n");
        for (int i = 0; i < CompleteCommand.MAX_FILES; i++) {
            Files.writeString(huge.resolve("f" + i + ".json"), "{}");
        }
        Cli.Result r = Cli.run(huge, "__complete", "flows");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("completion gives up instead of making TAB wait").isEmpty();
    }

    @Test
    void completeIsHiddenFromHelpAndFromTheScripts() throws IOException {
        assertThat(Cli.run(ROOT, "--help").out()).doesNotContain("__complete");
        assertThat(Files.readString(ROOT.resolve("completions/hookctl.bash"))).doesNotContain("_hookctl___complete");
    }

    @Test
    void bashCompletesSubcommands() throws Exception {
        assertThat(bash(committed(), "hookctl", "")).contains("lint", "rules", "completion").doesNotContain("__complete");
        assertThat(bash(committed(), "hookctl", "li")).containsExactly("lint");
    }

    @Test
    void bashCompletesTheHelpCommandAndTheCommandsItShows() throws Exception {
        assertThat(bash(committed(), "hookctl", "he")).containsExactly("help");
        assertThat(bash(committed(), "hookctl", "help", "")).containsExactly(CommandTree.commandNames().toArray(String[]::new))
                .contains("lint", "fire", "help").doesNotContain("__complete");
        assertThat(bash(committed(), "hookctl", "help", "ren")).containsExactly("render");
    }

    @Test
    void bashCompletesOptionsAndTheirFixedValues() throws Exception {
        assertThat(bash(committed(), "hookctl", "lint", "--f")).containsExactlyInAnyOrder("--file", "--format", "--fail-on");
        assertThat(bash(committed(), "hookctl", "lint", "--format", "")).containsExactly("text", "json", "sarif",
                "github", "junit");
        assertThat(bash(committed(), "hookctl", "lint", "--format", "=", "s")).containsExactly("sarif");
        assertThat(bash(committed(), "hookctl", "completion", "")).containsExactly("bash", "zsh", "fish");
    }

    @Test
    void bashCompletesRuleIdsAndTheRuleReferenceFormats() throws Exception {
        assertThat(bash(committed(), "hookctl", "rules", "hook-on")).containsExactly("hook-on-trigger-env");
        assertThat(bash(committed(), "hookctl", "rules", "-o", "")).containsExactly("text", "json", "markdown");
    }

    @Test
    void bashCompletesPathsForLint() throws Exception {
        assertThat(bash(committed(), "hookctl", "lint", "--format", "json", "fl")).containsExactly("flows.yaml");
    }

    @Test
    void bashCompletesFlowAndHookNamesForRender() throws Exception {
        assertThat(bash(committed(), "hookctl", "render", "--flow", "")).containsExactly("api-release", "data-release", "web-release");
        assertThat(bash(committed(), "hookctl", "render", "--flow", "web-release", "--env", "q")).containsExactly("qa");
        assertThat(bash(committed(), "hookctl", "render", "--flow", "web-release", "sl")).containsExactly("slack-notify");
        assertThat(bash(committed(), "hookctl", "render", "--flow", "api-release", "")).containsExactly("jira-ticket");
        assertThat(bash(committed(), "hookctl", "render", "--flow", "=", "api-release", "--env", ""))
                .as("not the trigger environment, dev").containsExactly("staging");
        assertThat(bash(committed(), "hookctl", "render", "-f", "elsewhere", "--flow", "")).containsExactly("data-release");
        assertThat(bash(committed(), "hookctl", "graph", "-o", "")).containsExactly("tree", "mermaid", "dot");
        assertThat(bash(committed(), "hookctl", "render", "--output", "j")).containsExactly("json");
    }

    /**
     * A command with --flow, --env and a positional HOOK, as render and fire have: the mapping is
     * decided from the model, so a command added later completes names without changes.
     */
    @Test
    void bashCompletesFlowHookAndEnvironmentNamesByOptionAndLabel() throws Exception {
        Path script = project.resolve("synthetic.bash");
        Files.writeString(script, Completions.bash(syntheticModel()));
        assertThat(bash(script, "hookctl", "fire", "--flow", "")).containsExactly("api-release", "data-release", "web-release");
        assertThat(bash(script, "hookctl", "fire", "--flow", "w")).containsExactly("web-release");
        assertThat(bash(script, "hookctl", "fire", "--env", "p")).containsExactly("perf", "prod");
        assertThat(bash(script, "hookctl", "fire", "--flow", "web-release", "")).containsExactly("slack-notify");
        assertThat(bash(script, "hookctl", "fire", "--flow", "api-release", "")).containsExactly("jira-ticket");
        assertThat(bash(script, "hookctl", "fire", "slack-notify", "--env", "qa", "")).isEmpty();
    }

    @Test
    void fishCompletesCommandsOptionsAndNames() throws Exception {
        assumeTrue(onPath("fish"), "fish is not installed");
        Path fishScript = project.resolve("synthetic.fish");
        Files.writeString(fishScript, Completions.fish(syntheticModel()));
        Path committed = ROOT.resolve("completions/hookctl.fish");
        List<String> commands = shell(List.of("fish", "-c", "source " + committed + "; complete -C 'hookctl li'"));
        assertThat(commands).anyMatch(l -> l.startsWith("lint\t"));
        List<String> formats = shell(List.of("fish", "-c", "source " + committed + "; complete -C 'hookctl lint --format '"));
        assertThat(formats).map(l -> l.split("\t")[0]).contains("text", "json", "sarif", "github", "junit");
        List<String> flows = shell(List.of("fish", "-c", function("fish") + "; source " + fishScript
                + "; complete -C 'hookctl fire --flow '"));
        assertThat(flows).containsExactly("api-release", "data-release", "web-release");
        List<String> hooks = shell(List.of("fish", "-c", function("fish") + "; source " + fishScript
                + "; complete -C 'hookctl fire --flow api-release '"));
        assertThat(hooks).containsExactly("jira-ticket");
    }

    @Test
    void theZshScriptLoadsInZsh() throws Exception {
        assumeTrue(onPath("zsh"), "zsh is not installed");
        List<String> out = shell(List.of("zsh", "-c", "source " + ROOT.resolve("completions/hookctl.zsh")
                + " && whence -w _hookctl && COMP_WORDS=(hookctl li) COMP_CWORD=1 _hookctl"
                + " && print -l -- $COMPREPLY"));
        assertThat(out).contains("_hookctl: function", "lint");
    }

    private static Path committed() {
        return ROOT.resolve("completions/hookctl.bash");
    }

    private static CommandSpec syntheticModel() {
        CommandSpec fire = CommandSpec.create().name("fire");
        fire.usageMessage().description("Fire a hook.");
        fire.addOption(OptionSpec.builder("--flow").paramLabel("NAME").type(String.class).build());
        fire.addOption(OptionSpec.builder("--env").paramLabel("NAME").type(String.class).build());
        fire.addOption(OptionSpec.builder("--wait").arity("0").type(boolean.class).build());
        fire.addPositional(PositionalParamSpec.builder().index("0").paramLabel("HOOK").type(String.class).build());
        CommandSpec top = CommandSpec.create().name("hookctl");
        top.addSubcommand("fire", new CommandLine(fire));
        return top;
    }

    /** A shell function standing in for the installed launcher: this test's classpath. */
    private static String function(String shell) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        return shell.equals("fish")
                ? "function hookctl; '" + java + "' -cp '" + cp + "' dev.hookctl.cli.Main $argv; end"
                : "hookctl() { '" + java + "' -cp '" + cp + "' dev.hookctl.cli.Main \"$@\"; }";
    }

    /** Sources a bash completion script, completes the words (the last is the one under the cursor). */
    private static List<String> bash(Path script, String... words) throws Exception {
        assumeTrue(onPath("bash"), "bash is not installed");
        StringBuilder cmd = new StringBuilder(function("bash")).append("; source '").append(script).append("'; COMP_WORDS=(");
        for (String w : words) {
            cmd.append("'").append(w.replace("'", "'\\''")).append("' ");
        }
        cmd.append("); COMP_CWORD=").append(words.length - 1)
                .append("; _hookctl; printf '%s\\n' \"${COMPREPLY[@]}\"");
        return shell(List.of("bash", "--norc", "--noprofile", "-c", cmd.toString()));
    }

    private static List<String> shell(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s timed out", command).isTrue();
        assertThat(p.exitValue()).as("%s failed:%n%s", command, out).isZero();
        List<String> lines = new ArrayList<>(out.lines().toList());
        lines.removeIf(String::isEmpty);
        return lines;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
