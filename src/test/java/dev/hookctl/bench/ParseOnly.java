package dev.hookctl.bench;

import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import java.nio.file.Path;
import java.util.List;

/**
 * The parse-only baseline of the lint benchmark (bench/lint-bench.sh): the same walk, read and
 * parse that lint does, without the catalog, the rules or the report. Not a test; run it with
 * the jar and target/test-classes on the class path.
 */
public final class ParseOnly {
    private ParseOnly() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        LoadResult result = new Loader(Path.of("").toAbsolutePath(), System.in).load(List.of(args));
        long ms = (System.nanoTime() - start) / 1_000_000;
        String live = "";
        if (Boolean.getBoolean("bench.liveHeap")) {
            // a full collection costs the process time, so only on request (not in lint-bench.sh's runs)
            System.gc();
            Runtime rt = Runtime.getRuntime();
            live = ", live heap after load " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " MiB";
        }
        System.out.println("parsed " + result.documents().size() + " documents in " + result.files().size()
                + " files, " + result.diagnostics().size() + " problems, in-process " + ms + " ms" + live);
    }
}
