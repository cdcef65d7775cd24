package dev.hookctl.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** bench/fuzz.sh: the long fuzz run. Arguments: COUNT SEED; prints the figures docs/performance.md quotes. */
public final class FuzzMain {
    private FuzzMain() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Path work = Files.createTempDirectory("hookctl-fuzz");
        Fuzz fuzz = new Fuzz(Path.of("").toAbsolutePath(), work);
        System.out.printf("fuzz: %d inputs from %d seed manifests, seed %d, time bound %d ms per input%n", count,
                fuzz.seedCount(), seed, Fuzz.TIME_BOUND_MILLIS);
        int[] done = {0};
        Fuzz.Summary s = fuzz.run(seed, count, o -> {
            if (++done[0] % 1000 == 0) {
                System.out.printf("  %d done%n", done[0]);
            }
            if (!o.violations().isEmpty()) {
                System.out.printf("  FAILURE #%d %s -> %s%n", o.index(), o.how(), o.violations());
            }
        });
        System.out.printf("inputs: %d, damaged (rejected by a strict YAML reader or not UTF-8): %d%n", s.inputs(),
                s.damaged());
        System.out.printf("exit codes: lint %s, render %s%n", s.exitCodes(), s.renderExitCodes());
        System.out.printf("failures: %d%s%n", s.failures().size(),
                s.failures().isEmpty() ? "" : " (inputs saved in " + work + ")");
        System.out.printf("time: %.1f s in total, %.1f ms per input; slowest %d ms (%s)%n", s.millis() / 1000.0,
                (double) s.millis() / s.inputs(), s.slowestMillis(), s.slowest());
        System.exit(s.failures().isEmpty() ? 0 : 1);
    }
}
