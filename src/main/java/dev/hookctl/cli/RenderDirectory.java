package dev.hookctl.cli;

import dev.hookctl.release.Firing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder of {@code simulate --render-dir}. It must hold this run's Workflows and no others,
 * since the next step is usually {@code kubectl create -f DIR}: the Workflow files an earlier run
 * wrote are removed (named {@code NN-HOOK.yaml} and starting with the header render writes, for
 * that hook), and a file named like one that hookctl did not write stops the run before anything
 * is removed or written. Every other file is left alone.
 */
final class RenderDirectory {
    /** What is in the folder: earlier output to remove, and files named like output that are not ours. */
    record Contents(List<String> earlierOutput, List<String> foreign) {}

    private static final int HEADER_BYTES = 4096;

    private RenderDirectory() {}

    /** Sorts the folder's entries named like hookctl's output into its own earlier files and the user's. */
    static Contents inspect(Path dir) throws IOException {
        List<String> ours = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!Firing.looksLikeFileName(name)) {
                    continue;
                }
                boolean file = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
                (file && Firing.isRenderedFile(name, firstLine(p)) ? ours : foreign).add(name);
            }
        }
        ours.sort(null);
        foreign.sort(null);
        return new Contents(List.copyOf(ours), List.copyOf(foreign));
    }

    static void remove(Path dir, List<String> names) throws IOException {
        for (String n : names) {
            Files.deleteIfExists(dir.resolve(n));
        }
    }

    /** The first line, from the first few kilobytes only: a rendered file's header is short. */
    private static String firstLine(Path p) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(HEADER_BYTES);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? "" : text.substring(0, end);
    }
}
