package dev.hookctl.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCheckoutTest {
    static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void aBranchHeadIsReadFromItsLooseRef(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git/refs/heads"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(repo.resolve(".git/refs/heads/main"), SHA + "\n");
        Files.createDirectories(repo.resolve("flows/sub"));
        assertThat(GitCheckout.head(repo.resolve("flows/sub"))).contains(SHA);
    }

    @Test
    void packedRefsAndDetachedHeadsWork(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/release\n");
        Files.writeString(repo.resolve(".git/packed-refs"), "# pack-refs with: peeled\n" + SHA + " refs/heads/release\n");
        assertThat(GitCheckout.head(repo)).contains(SHA);
        Files.writeString(repo.resolve(".git/HEAD"), SHA.replace('0', 'f') + "\n");
        assertThat(GitCheckout.head(repo)).contains(SHA.replace('0', 'f'));
    }

    @Test
    void aWorktreeFollowsItsGitdirAndTheCommonDir(@TempDir Path tmp) throws IOException {
        Path common = tmp.resolve("main/.git");
        Path wtDir = common.resolve("worktrees/release");
        Files.createDirectories(wtDir);
        Files.createDirectories(common.resolve("refs/heads"));
        Files.writeString(wtDir.resolve("HEAD"), "ref: refs/heads/release\n");
        Files.writeString(wtDir.resolve("commondir"), "../..\n");
        Files.writeString(common.resolve("refs/heads/release"), SHA + "\n");
        Path worktree = Files.createDirectories(tmp.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + wtDir + "\n");
        assertThat(GitCheckout.head(worktree)).contains(SHA);
    }

    @Test
    void noCheckoutOrAnUnbornBranchGivesNothing(@TempDir Path tmp) throws IOException {
        assertThat(GitCheckout.head(tmp)).isEmpty();
        Files.createDirectories(tmp.resolve(".git"));
        Files.writeString(tmp.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        assertThat(GitCheckout.head(tmp)).isEmpty();
    }
}
