package dev.hookctl.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a Git checkout is at, read from {@code .git} directly (no {@code git} process:
 * faster, and works where Git is not installed). Handles worktrees ({@code .git} file with
 * {@code gitdir:}), symbolic HEAD, loose and packed refs.
 */
public final class GitCheckout {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitCheckout() {}

    /** The HEAD commit of the checkout containing {@code folder}, if there is one. */
    public static Optional<String> head(Path folder) {
        try {
            Optional<Path> gitDir = gitDir(folder.toAbsolutePath().normalize());
            if (gitDir.isEmpty()) {
                return Optional.empty();
            }
            Path dir = gitDir.get();
            Path common = commonDir(dir);
            String head = read(dir.resolve("HEAD"));
            for (int depth = 0; depth < 5 && head.startsWith("ref:"); depth++) {
                String ref = head.substring(4).trim();
                Optional<String> next = readRef(dir, common, ref);
                if (next.isEmpty()) {
                    return Optional.empty(); // an unborn branch: no commit yet
                }
                head = next.get();
            }
            return SHA.matcher(head).matches() ? Optional.of(head) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> gitDir(Path start) throws IOException {
        for (Path dir = Files.isDirectory(start) ? start : start.getParent(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return Optional.of(dotGit);
            }
            if (Files.isRegularFile(dotGit)) {
                String text = read(dotGit);
                if (text.startsWith("gitdir:")) {
                    return Optional.of(dir.resolve(text.substring(7).trim()).normalize());
                }
            }
        }
        return Optional.empty();
    }

    private static Path commonDir(Path gitDir) throws IOException {
        Path f = gitDir.resolve("commondir");
        return Files.isRegularFile(f) ? gitDir.resolve(read(f)).normalize() : gitDir;
    }

    private static Optional<String> readRef(Path gitDir, Path common, String ref) throws IOException {
        for (Path base : List.of(gitDir, common)) {
            Path loose = base.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return Optional.of(read(loose));
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref) && !line.startsWith("#") && !line.startsWith("^")) {
                    return Optional.of(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8).trim();
    }
}
