package dev.hookctl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a Git revision, for {@code lint --changed-since REV}: what
 * {@code git diff --name-only --no-renames BASE} lists (committed, staged and unstaged changes; a
 * renamed file as its old and its new name, so the old one counts as deleted), where BASE is
 * the merge base of REV and HEAD (as {@code git diff REV...} takes it, so a branch is compared with
 * where it forked, not with what landed upstream since), plus untracked files that are not
 * ignored, as absolute paths. Git runs in the repository root so the paths it
 * prints are root-relative whatever the working directory.
 */
final class ChangedFiles {
    private ChangedFiles() {}

    /**
     * The rules whose finding is a name that resolves to no manifest, reported where the name is
     * written: when a change deletes a manifest, they are what breaks in files it did not touch.
     * ChangedSinceTest checks that each is a rule.
     */
    static final Set<String> DANGLING_REFERENCE_RULES = Set.of("hook-unresolved", "action-workflow-unresolved",
            "product-flow-unresolved", "product-template-unresolved", "argo-template-ref");

    /** Why the changed files could not be listed, in words for the user. */
    static final class GitException extends Exception {
        GitException(String message) {
            super(message);
        }
    }

    static Set<Path> since(String revision, Path workingDirectory) throws GitException {
        if (revision.startsWith("-")) {
            throw new GitException("\"" + revision + "\" is not a revision");
        }
        Path root = Path.of(git(workingDirectory, "rev-parse", "--show-toplevel").trim());
        String base = git(root, "merge-base", revision, "HEAD").trim();
        Set<Path> out = new HashSet<>();
        for (String name : git(root, "diff", "--name-only", "--no-renames", "-z", base, "--").split("\0")) {
            if (!name.isEmpty()) {
                out.add(root.resolve(name).toAbsolutePath().normalize());
            }
        }
        for (String name : git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")) {
            if (!name.isEmpty()) {
                out.add(root.resolve(name).toAbsolutePath().normalize());
            }
        }
        return out;
    }

    private static String git(Path dir, String... args) throws GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new GitException("cannot run git: " + e.getMessage());
        }
        try {
            p.getOutputStream().close();
            // stderr is small (one message); read it after stdout, which may be large
            String out = read(p.getInputStream());
            String err = read(p.getErrorStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git " + String.join(" ", args) + " did not finish within 60 seconds");
            }
            if (p.exitValue() != 0) {
                String first = err.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + p.exitValue());
                throw new GitException(first.replaceFirst("^(fatal|error): ", ""));
            }
            return out;
        } catch (IOException e) {
            throw new GitException("cannot read git's output: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git");
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
