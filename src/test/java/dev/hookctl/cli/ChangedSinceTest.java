package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hookctl.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lint --changed-since REV reports on the files Git lists as changed (and untracked ones) while
 * still loading everything, so a changed flow's reference to an unchanged hook resolves.
 */
class ChangedSinceTest {
    static final String HOOK = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: notify
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: main
              templates:
                - name: main
                  container:
                    image: alpine:3.20
            """;

    private static String flow(String name, String dependsOn) {
        return """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata:
                  name: %s
                spec:
                  triggerEnvironment: dev
                  hooks:
                    onStart: notify
                  steps:
                    - environment: prod
                      dependsOn: [%s]
                """.formatted(name, dependsOn);
    }

    @TempDir
    Path repo;

    @BeforeEach
    void committedRepository() throws Exception {
        assumeTrue(git("--version"), "git is not installed");
        Files.createDirectories(repo.resolve("hooks"));
        Files.writeString(repo.resolve("hooks/notify.yaml"), HOOK);
        Files.writeString(repo.resolve("old.yaml"), flow("old-release", "qa"));   // an error nobody touched
        Files.writeString(repo.resolve("edited.yaml"), flow("edited-release", "dev"));
        assertThat(git("init", "-q")).isTrue();
        assertThat(git("add", ".")).isTrue();
        assertThat(git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")).isTrue();
    }

    @Test
    void aChangedConfigurationReportsEveryFileWithANote() throws Exception {
        Files.writeString(repo.resolve(".hookctl.yaml"), "rules:\n  depends-on-unknown: warning\n");
        assertThat(git("add", ".")).isTrue();
        assertThat(git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "config")).isTrue();
        Cli.Result unchanged = Cli.run(repo, "lint", "--changed-since", "HEAD");
        assertThat(unchanged.out()).as("%s", unchanged).doesNotContain("old.yaml");

        // an error again for every file, the unchanged old.yaml included: a pull request must see it
        Files.writeString(repo.resolve(".hookctl.yaml"), "rules:\n  depends-on-unknown: error\n");
        Cli.Result r = Cli.run(repo, "lint", "--changed-since", "HEAD");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).contains("old.yaml:").contains("error: ").contains("[depends-on-unknown]");
        assertThat(r.err()).as("%s", r).contains("hookctl: note: the configuration .hookctl.yaml changed: every "
                + "file is reported");
        Cli.Result named = Cli.run(repo, "lint", "--changed", ".hookctl.yaml");
        assertThat(named.out()).as("%s", named).contains("old.yaml:").contains("[depends-on-unknown]");
        assertThat(named.err()).as("%s", named).contains("every file is reported");
    }

    @Test
    void deletingAHookReportsTheUnchangedFlowsThatStillNameIt() throws Exception {
        Files.delete(repo.resolve("hooks/notify.yaml"));
        Cli.Result r = Cli.run(repo, "lint", "--no-config", "--changed-since", "HEAD");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains("edited.yaml:8:14: error: ").contains("[hook-unresolved]")
                .doesNotContain("[depends-on-unknown]");   // old.yaml's own error is still not shown
        assertThat(r.err()).as("%s", r).contains("hookctl: note: 1 manifest file was deleted or renamed since HEAD "
                + "(hooks/notify.yaml): references that no longer resolve are reported in every file");
    }

    @Test
    void renamingAHookCountsAsDeletingItsOldName() throws Exception {
        assertThat(git("mv", "hooks/notify.yaml", "hooks/slack.yaml")).isTrue();
        Files.writeString(repo.resolve("hooks/slack.yaml"), HOOK.replace("name: notify", "name: slack"));
        Cli.Result r = Cli.run(repo, "lint", "--no-config", "--changed-since", "HEAD");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r).contains("[hook-unresolved]").contains("edited.yaml").contains("old.yaml");
        assertThat(r.err()).as("%s", r).contains("(hooks/notify.yaml)");
    }

    @Test
    void theHelpSaysTheChangesAreCountedFromTheMergeBase() {
        Cli.Result r = Cli.run(repo, "lint", "--help");
        assertThat(r.out().replaceAll("\\s+", " ")).as("%s", r)
                .contains("since the branch left the Git revision REV (git diff --name-only BASE, BASE being git "
                        + "merge-base REV HEAD");
    }

    @Test
    void theRulesKeptEverywhereAreRules() {
        var registry = dev.hookctl.lint.RuleRegistry.standard();
        assertThat(ChangedFiles.DANGLING_REFERENCE_RULES).allSatisfy(id ->
                assertThat(registry.rule(id)).as(id).isPresent());
    }

    @Test
    void onlyChangedAndUntrackedFilesAreReportedAndCounted() throws IOException {
        Files.writeString(repo.resolve("edited.yaml"), flow("edited-release", "staging"));
        Files.writeString(repo.resolve("new.yaml"), flow("new-release", "qa"));
        Cli.Result r = Cli.run(repo, "lint", "--no-config", "--changed-since", "HEAD");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).as("%s", r)
                .contains("edited.yaml:11:19: error:")
                .contains("new.yaml:11:19: error:")
                .doesNotContain("old.yaml")
                .doesNotContain("notify\" ")            // the hook in the unchanged file resolved
                .contains("2 errors, 0 warnings in 2 files (2 flows, 0 hook templates)");
    }

    @Test
    void withoutChangesNothingIsReportedButEverythingWasRead() {
        Cli.Result r = Cli.run(repo, "lint", "--no-config", "--changed-since", "HEAD");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).as("%s", r).contains("no problems in 0 files");
        Cli.Result all = Cli.run(repo, "lint", "--no-config");
        assertThat(all.out()).as("%s", all).contains("old.yaml:11:19: error:");
    }

    @Test
    void aSubfolderAsWorkingDirectoryStillMatchesGitsRootRelativePaths() throws IOException {
        Files.writeString(repo.resolve("hooks/notify.yaml"), HOOK.replace("alpine:3.20", "alpine:3.21"));
        Cli.Result r = Cli.run(repo.resolve("hooks"), "lint", "--no-config", "--format", "json", "--changed-since",
                "HEAD", ".");
        assertThat(r.out()).as("%s", r).contains("\"files\" : 1").doesNotContain("old.yaml");
    }

    @Test
    void anUnknownRevisionIsAUsageError() {
        Cli.Result r = Cli.run(repo, "lint", "--changed-since", "no-such-branch");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).as("%s", r).contains("--changed-since no-such-branch:").contains("hint:");
    }

    @Test
    void outsideAGitCheckoutItIsAUsageError(@TempDir Path plain) throws IOException {
        Files.writeString(plain.resolve("a.yaml"), flow("a", "dev"));
        Cli.Result r = Cli.run(plain, "lint", "--changed-since", "HEAD");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).as("%s", r).contains("not a git repository");
    }

    private boolean git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
