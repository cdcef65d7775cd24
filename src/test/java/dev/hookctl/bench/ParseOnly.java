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
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long liveMiB = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.println("parsed " + result.documents().size() + " documents in " + result.files().size()
                + " files, " + result.diagnostics().size() + " problems, in-process " + ms + " ms, live heap after "
                + "load " + liveMiB + " MiB");
    }
}
