package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.testing.Cli;
import dev.hookctl.testing.Fifo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint command as a user runs it: exit codes, inputs, outputs, colour and configuration. */
class LintCommandTest {
    static final String CLEAN = """
            apiVersion: codefresh.io/v1beta1
            kind: PromotionFlow
            metadata:
              name: web-release
            spec:
              triggerEnvironment: dev
              steps:
                - environment: prod
                  dependsOn: [dev]
            """;
    static final String WARNING_ONLY = CLEAN.replace("dependsOn: [dev]", "dependsOn: [dev, dev]");
    static final String ERROR = CLEAN.replace("dependsOn: [dev]", "dependsOn: [qa]");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void anEmptyPathIsAUsageErrorNotTheCurrentFolder() throws IOException {
        write("a.yaml", ERROR);
        for (String[] args : new String[][] {{"lint", ""}, {"lint", "-f", ""}, {"lint", "--output", ""},
                {"lint", "--config", ""}, {"lint", "--changed", ""}, {"simulate", "--render-dir", ""},
                {"render", "web", "--parameter-file", ""}, {"graph", "-f", ""}, {"fire", "web", "--kubeconfig", ""}}) {
            Cli.Result r = Cli.run(dir, args);
            assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
            String named = args[args.length - 2].startsWith("-") ? args[args.length - 2] : "PATH argument";
            assertThat(r.err()).as("%s", r).startsWith("hookctl: " + (named.equals("-f") ? "--file" : named)
                            + ": an empty path names no file or folder\n")
                    .contains("hint: give a path; '.' is the current folder");
            assertThat(r.out()).as("%s", r).isEmpty();
        }
        Cli.Result context = Cli.run(dir, "render", "web", "--promotion-context", "@");
        assertThat(context.exitCode()).as("%s", context).isEqualTo(2);
        assertThat(context.err()).as("%s", context).contains("--promotion-context @ names no file").contains("hint:");
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhyTheSystemRefused() throws IOException {
        write("a.yaml", CLEAN);
        Cli.Result folder = Cli.run(dir, "lint", "--output", "missing/report.json");
        assertThat(folder.exitCode()).as("%s", folder).isEqualTo(3);
        assertThat(folder.err()).as("%s", folder).contains("cannot write the report to missing/report.json: the folder ")
                .contains("missing does not exist").contains("hint: ");
        Files.createDirectories(dir.resolve("sub"));
        Cli.Result isFolder = Cli.run(dir, "lint", "--output", "sub");
        assertThat(isFolder.exitCode()).as("%s", isFolder).isEqualTo(3);
        assertThat(isFolder.err()).as("%s", isFolder).contains("cannot write the report to sub: Is a directory");
        if (Files.isDirectory(Path.of("/proc/self"))) {
            // /proc exists, but the kernel refuses new files with ENOENT: not "its folder does not exist"
            Cli.Result proc = Cli.run(dir, "lint", "--output", "/proc/hookctl-report.json");
            assertThat(proc.exitCode()).as("%s", proc).isEqualTo(3);
            assertThat(proc.err()).as("%s", proc).contains("/proc exists, but the system creates nothing in it: "
                    + "No such file or directory").doesNotContain("Exception");
        }
    }

    @Test
    void changedReportsOnlyTheNamedFilesWhileReferencesIntoOtherFoldersResolve() throws IOException {
        write("hooks/notify.yaml", ChangedSinceTest.HOOK);
        write("flows/web.yaml", CLEAN.replace("  triggerEnvironment: dev", "  triggerEnvironment: dev\n  hooks:\n    onStart: notify"));
        write("flows/old.yaml", ERROR.replace("web-release", "old-release"));
        Cli.Result r = Cli.run(dir, "lint", "--no-config", "--changed", "flows/web.yaml");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).isEqualTo("no problems in 1 file (1 flow, 0 hook templates)\n");
        Cli.Result both = Cli.run(dir, "lint", "--no-config", "--changed", "flows/web.yaml", "--changed", "flows/old.yaml");
        assertThat(both.exitCode()).as("%s", both).isEqualTo(1);
        assertThat(both.out()).as("%s", both).contains("flows/old.yaml:9:19: error:").contains("in 2 files");
        Cli.Result folder = Cli.run(dir, "lint", "--no-config", "--changed", "flows");
        assertThat(folder.out()).as("%s", folder).contains("flows/old.yaml:9:19: error:").contains("in 2 files");
    }

    @Test
    void aChangedPathThatDoesNotExistCountsAsDeleted() throws IOException {
        write("flows/web.yaml", CLEAN.replace("  triggerEnvironment: dev", "  triggerEnvironment: dev\n  hooks:\n    onStart: notify"));
        Cli.Result r = Cli.run(dir, "lint", "--no-config", "--changed", "hooks/notify.yaml");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).contains("flows/web.yaml:").contains("[hook-unresolved]");
        assertThat(r.err()).as("%s", r).contains("hookctl: note: 1 manifest file was named by --changed and not "
                + "there, taken as deleted (hooks/notify.yaml): references that no longer resolve are reported in every file");
        Cli.Result other = Cli.run(dir, "lint", "--no-config", "--changed", "docs/typo.md");
        assertThat(other.exitCode()).as("a missing file that is no manifest deletes nothing: %s", other).isZero();
        assertThat(other.err()).as("%s", other).doesNotContain("deleted").isEqualTo("hookctl: note: --changed "
                + "docs/typo.md: no such file or folder, and not named like a manifest; nothing is reported for it\n");
    }

    @Test
    void aCleanFolderExitsZeroAndSaysSo() throws IOException {
        write("flows/a.yaml", CLEAN);
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).isEqualTo("no problems in 1 file (1 flow, 0 hook templates)\n");
        assertThat(r.err()).as("%s", r).isEmpty();
    }

    @Test
    void errorsExitOneAndPathsAreRelativeToTheWorkingDirectory() throws IOException {
        write("flows/a.yaml", ERROR);
        Cli.Result r = Cli.run(dir, "lint", "flows");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).startsWith("flows/a.yaml:9:19: error: ");
    }

    @Test
    void failOnDecidesWhichSeverityFailsTheRun() throws IOException {
        write("a.yaml", WARNING_ONLY);
        assertThat(Cli.run(dir, "lint").exitCode()).isZero();
        assertThat(Cli.run(dir, "lint", "--fail-on", "warning").exitCode()).isEqualTo(1);
        write("b.yaml", ERROR.replace("web-release", "other"));
        assertThat(Cli.run(dir, "lint", "--fail-on", "never").exitCode()).isZero();
    }

    @Test
    void aMissingPathIsAOneLineErrorWithExitThree() {
        Cli.Result r = Cli.run(dir, "lint", "no-such-folder");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(3);
        assertThat(r.err()).as("%s", r).startsWith("hookctl: no such file or directory: no-such-folder\nhint: ");
        assertThat(r.err()).as("%s", r).doesNotContain("Exception");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Cli.Result format = Cli.run(dir, "lint", "--format", "xml");
        assertThat(format.exitCode()).as("%s", format).isEqualTo(2);
        assertThat(format.err()).contains("unknown format \"xml\"").contains("text, json, sarif, github, junit");
        Cli.Result failOn = Cli.run(dir, "lint", "--fail-on", "fatal");
        assertThat(failOn.exitCode()).as("%s", failOn).isEqualTo(2);
        Cli.Result option = Cli.run(dir, "lint", "--formt", "json");
        assertThat(option.exitCode()).as("%s", option).isEqualTo(2);
        assertThat(option.err()).as("%s", option).contains("unknown option --formt").contains("--format");
        Cli.Result path = Cli.run(dir, "lint", "--output", "report\u0000.txt");
        assertThat(path.exitCode()).as("%s", path).isEqualTo(2);
        assertThat(path.err()).as("%s", path).contains("--output").contains("is not a valid path");
    }

    @Test
    void pathOptionsTakeTheirValueAsAPath() throws Exception {
        Cli.Result r = Cli.run(dir, "lint", "--output", "report.txt");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(java.nio.file.Files.readString(dir.resolve("report.txt"))).startsWith("no problems in ");
    }

    @Test
    void standardInputIsLintedUnderItsOwnName() {
        Cli.Result r = Cli.run(dir, ERROR, Map.of(), "lint", "-");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).startsWith("<stdin>:9:19: error: ");
    }

    @Test
    void outputGoesToTheFileNamedByOutput() throws IOException {
        write("a.yaml", ERROR);
        Cli.Result r = Cli.run(dir, "lint", "--format", "json", "--output", "report.json");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).isEmpty();
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"rule\" : \"depends-on-unknown\"");
    }

    @Test
    void outputDashIsStandardOutputAndDotSlashDashIsAFile() throws IOException {
        write("a.yaml", ERROR);
        Cli.Result dash = Cli.run(dir, "lint", "--format", "json", "--output", "-");
        assertThat(dash.exitCode()).as("%s", dash).isEqualTo(1);
        assertThat(dash.out()).as("%s", dash).isEqualTo(Cli.run(dir, "lint", "--format", "json").out())
                .contains("\"rule\" : \"depends-on-unknown\"");
        assertThat(dash.err()).as("%s", dash).isEmpty();
        assertThat(dir.resolve("-")).as("no file named -").doesNotExist();
        Cli.Result file = Cli.run(dir, "lint", "--output", "./-");
        assertThat(file.out()).as("%s", file).isEmpty();
        assertThat(Files.readString(dir.resolve("-"))).startsWith("a.yaml:9:19: error: ");
    }

    @Test
    void dashOSelectsTheFormatAsInArgoLint() throws IOException {
        write("a.yaml", ERROR);
        Cli.Result shortOption = Cli.run(dir, "lint", "-o", "json");
        Cli.Result longOption = Cli.run(dir, "lint", "--format", "json");
        assertThat(shortOption.exitCode()).as("%s", shortOption).isEqualTo(1);
        assertThat(shortOption.out()).as("%s", shortOption).startsWith("{").isEqualTo(longOption.out());
        assertThat(shortOption.err()).as("%s", shortOption).isEmpty();
    }

    @Test
    void anOutputFileNamedLikeAFormatIsWrittenWithANoteOnTheFormatOption() throws IOException {
        write("a.yaml", ERROR);
        Cli.Result r = Cli.run(dir, "lint", "--output", "sarif");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).isEmpty();
        assertThat(r.err()).as("%s", r).isEqualTo("hookctl: note: --output names a file: the text report was written "
                + "to \"sarif\" (for sarif output, use -o sarif)\n");
        assertThat(Files.readString(dir.resolve("sarif"))).startsWith("a.yaml:9:19: error: ");
    }

    @Test
    void noNoteWhenTheFormatWasChosenOrTheFileIsNamedText() throws IOException {
        write("a.yaml", ERROR);
        for (String[] args : new String[][] {{"lint", "--format", "json", "--output", "sarif"},
                {"lint", "-o", "text", "--output", "json"}, {"lint", "--output", "text"}}) {
            Cli.Result r = Cli.run(dir, args);
            assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
            assertThat(r.err()).as("%s", r).isEmpty();
        }
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
        write("a.yaml", ERROR);
        assertThat(TerminalRun.lint(dir, Map.of()).out()).contains("\u001b[");
        assertThat(TerminalRun.lint(dir, Map.of("NO_COLOR", "1")).out()).doesNotContain("\u001b[");
        assertThat(TerminalRun.lint(dir, Map.of(), "--no-color").out()).doesNotContain("\u001b[");
        assertThat(Cli.run(dir, "lint").out()).doesNotContain("\u001b[");
    }

    @Test
    void configurationChangesSeveritiesAndKnownEnvironments() throws IOException {
        write("a.yaml", WARNING_ONLY.replace("environment: prod", "environment: production"));
        write(".hookctl.yaml", """
                environments:
                  - name: dev
                    kind: NON_PROD
                  - name: prod
                    kind: PROD
                rules:
                  depends-on-duplicate: error
                """);
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains("error: \"dev\" is listed twice")
                .contains("warning: environment \"production\" is not listed in .hookctl.yaml [unknown-environment]")
                .contains("did you mean \"prod\"?");
        write(".hookctl.yaml", "rules:\n  depends-on-duplicate: off\n");
        assertThat(Cli.run(dir, "lint").out()).startsWith("no problems");
        assertThat(Cli.run(dir, "lint", "--no-config", "--fail-on", "warning").exitCode()).isEqualTo(1);
    }

    @Test
    void turningOffAPreciseRuleLeavesTheGeneralFindingItRefines() throws IOException {
        write("flow.yaml", CLEAN.replace("dependsOn: [dev]\n", "dependsOn: [dev]\n") + """
                  hooks:
                    onStart: notify
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: notify
                  annotations:
                    codefresh.io/workflow-origin: promotion
                spec:
                  serviceAccountName: cf-default-promotion-workflows-sa
                  entrypoint: main
                  arguments:
                    parameters:
                      - name: Release_Url
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                """);
        assertThat(Cli.run(dir, "lint").out()).contains("[default-argument-near-miss]")
                .doesNotContain("[argument-never-supplied]");
        write(".hookctl.yaml", "rules:\n  default-argument-near-miss: off\n");
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.out()).as("%s", r).contains("[argument-never-supplied]")
                .doesNotContain("[default-argument-near-miss]");
    }

    @Test
    void mistakesInTheConfigurationAreReportedWithPositions() throws IOException {
        write("a.yaml", CLEAN);
        write(".hookctl.yaml", "rules:\n  depends-on-dupe: off\n  hook-on-trigger-env: fatal\nenvirons: []\n");
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains(".hookctl.yaml:2:3: error: unknown rule \"depends-on-dupe\" [config-invalid]")
                .contains("did you mean \"depends-on-duplicate\"?")
                .contains(".hookctl.yaml:3:24: error: unknown severity \"fatal\"")
                .contains(".hookctl.yaml:4:1: error: unknown configuration key \"environs\"");
    }

    @Test
    void ruleIdPatternsSetTheSeverityOfEveryRuleTheyMatchAndExactIdsWin() throws IOException {
        write("a.yaml", """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata:
                  name: web-release
                spec:
                  triggerEnvironment: dev
                  steps:
                    - environment: qa
                      dependsOn: [dev, dev]
                    - environment: prod
                      dependsOn: [dev, qa]
                """);
        Cli.Result before = Cli.run(dir, "lint");
        assertThat(before.out()).as("%s", before).contains("warning: \"dev\" is listed twice")
                .contains("[depends-on-duplicate]").contains("[depends-on-redundant]");

        // the exact id stands first, the pattern after it: the exact id still wins
        write(".hookctl.yaml", "rules:\n  depends-on-redundant: error\n  depends-on-*: off\n");
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.out()).as("%s", r).doesNotContain("[depends-on-duplicate]")
                .contains("error: ").contains("[depends-on-redundant]");

        // a later pattern wins over an earlier one; one that starts with * is quoted (else an alias)
        write(".hookctl.yaml", "rules:\n  depends-on-*: off\n  \"*-duplicate\": error\n");
        r = Cli.run(dir, "lint");
        assertThat(r.out()).as("%s", r).contains("error: \"dev\" is listed twice")
                .doesNotContain("[depends-on-redundant]");
    }

    @Test
    void onAndYesAreNoSeverityAndAreReportedNotReadAsOff() throws IOException {
        write("a.yaml", WARNING_ONLY);
        write(".hookctl.yaml", "rules:\n  depends-on-duplicate: on\n");
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.out()).as("%s", r)
                .contains(".hookctl.yaml:2:25: error: unknown severity \"on\" for depends-on-duplicate [config-invalid]")
                .contains("warning: \"dev\" is listed twice");
        // a YAML 1.1 false does turn rules off, as an unquoted off would be read elsewhere
        write(".hookctl.yaml", "rules:\n  depends-on-*: No\n");
        r = Cli.run(dir, "lint");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).doesNotContain("[depends-on-");
    }

    @Test
    void anIgnoreOfARuleTheConfigurationTurnsOffSaysSo() throws IOException {
        write("a.yaml", WARNING_ONLY.replace("      dependsOn: [dev, dev]",
                "      # hookctl:ignore depends-on-duplicate -- listed twice on purpose\n      dependsOn: [dev, dev]"));
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).startsWith("no problems");

        write(".hookctl.yaml", "rules:\n  depends-on-*: off\n");
        r = Cli.run(dir, "lint");
        assertThat(r.out()).as("%s", r).contains("warning: the ignore for \"depends-on-duplicate\" suppresses "
                + "nothing: the configuration turns the rule off [ignore-unused]")
                .contains("hint: remove it: the rule is off everywhere");
    }

    @Test
    void aRulePatternThatMatchesNoRuleIsReported() throws IOException {
        write("a.yaml", CLEAN);
        write(".hookctl.yaml", "rules:\n  argo-dagg*: off\n");
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains(".hookctl.yaml:2:3: error: rule pattern \"argo-dagg*\" matches no rule [config-invalid]");
    }

    @Test
    void ignoredPathsProduceNoFindings() throws IOException {
        write("mistakes/a.yaml", ERROR);
        write("flows/b.yaml", CLEAN.replace("web-release", "b"));
        write(".hookctl.yaml", "ignore:\n  - mistakes/**\n");
        Cli.Result r = Cli.run(dir, "lint");
        assertThat(r.exitCode()).as("%s", r).isZero();
    }

    @Test
    void anExplicitConfigFileThatDoesNotExistIsAnInputError() {
        Cli.Result r = Cli.run(dir, "lint", "--config", "nope.yaml");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(3);
        assertThat(r.err()).contains("configuration file not found: nope.yaml");
    }

    @Test
    void aConfigFileFromAPipeIsRead() throws Exception {
        // --config <(printf ...) hands /dev/fd/N, a pipe: it was "not found", exit 3
        write("a.yaml", ERROR);
        Path pipe = Fifo.feeding(dir.resolve("config.pipe"), "rules:\n  depends-on-unknown: off\n");
        Cli.Result r = Cli.run(dir, "lint", "--config", pipe.toString(), "a.yaml");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).doesNotContain("depends-on-unknown");
        assertThat(r.err()).as("%s", r).isEmpty();
    }

    @Test
    void aConfigFolderIsAnInputErrorThatSaysSo() throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        Cli.Result r = Cli.run(dir, "lint", "--config", "conf");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(3);
        assertThat(r.err()).as("%s", r).isEqualTo("""
                hookctl: --config names a folder, not a configuration file: conf
                hint: name the file itself, e.g. --config conf/.hookctl.yaml
                """);
    }

    @Test
    void versionAndHelpWork() {
        Cli.Result v = Cli.run(dir, "--version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).startsWith("hookctl ");
        Cli.Result h = Cli.run(dir, "--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("lint").contains("Exit codes:").contains("70  internal error");
    }

    /** Runs lint as if standard output were a terminal. */
    private static final class TerminalRun {
        static Cli.Result lint(Path dir, Map<String, String> env, String... extra) {
            var out = new java.io.StringWriter();
            var err = new java.io.StringWriter();
            String[] args = new String[extra.length + 1];
            args[0] = "lint";
            System.arraycopy(extra, 0, args, 1, extra.length);
            Console console = new Console(new java.io.ByteArrayInputStream(new byte[0]),
                    new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), dir, env, true, true);
            int code = Main.run(args, console);
            return new Cli.Result(code, out.toString(), err.toString());
        }
    }
}
