package dev.hookctl.bench;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.lint.Check;
import dev.hookctl.lint.LintConfig;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.LintReport;
import dev.hookctl.lint.Linter;
import dev.hookctl.lint.RuleRegistry;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each lint check costs (docs/performance.md). Loads the files once, as lint and
 * {@link ParseOnly} do, then lints them several times. Each iteration measures, in thread CPU
 * time and bytes allocated, {@code Catalog.of}, the {@code LintContext} (workflow usages), every
 * check on its own over all documents (a fact several checks share through
 * {@code LintContext.shared} is charged to the first that asks) and the rest of
 * {@code Linter.lint}; then the lint as hookctl runs it (document checks interleaved, see
 * DocumentCheck), in the process's CPU time less the collector's. It prints the iterations asked
 * for (the first is cold) and each row's least CPU time after the first iteration (the machine is
 * shared: the least is the steadiest figure). Collection time is in no thread's CPU time; the
 * note of each iteration gives it. With {@code -XX:ActiveProcessorCount=1} everything runs on one
 * thread, which also makes the last row's allocation complete; {@code --only A,B} times only the
 * checks with those class names. Not a test.
 *
 * <p>usage: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -cp
 * target/hookctl.jar:target/test-classes dev.hookctl.bench.CheckCosts [--iterations N] [--show I,J (1 is the cold one)]
 * [--only CHECK,...] PATH...}
 */
public final class CheckCosts {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CheckCosts() {}

    /** CPU nanoseconds and allocated bytes of the current thread so far. */
    private static long[] now() {
        return new long[] {THREADS.getCurrentThreadCpuTime(),
                THREADS.getThreadAllocatedBytes(Thread.currentThread().getId())};
    }

    private static long[] since(long[] start) {
        long[] end = now();
        return new long[] {end[0] - start[0], end[1] - start[1]};
    }

    /** A check that records its own cost, on whichever thread runs it. */
    private static final class Timed implements Check {
        final Check check;
        final String name;
        volatile long[] cost;
        volatile boolean onCaller;
        Thread caller;

        Timed(Check check) {
            this.check = check;
            this.name = check.getClass().getSimpleName();
        }

        @Override
        public List<RuleInfo> rules() {
            return check.rules();
        }

        @Override
        public void check(LintContext context) {
            long[] start = now();
            check.check(context);
            cost = since(start);
            onCaller = Thread.currentThread() == caller;
        }
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    public static void main(String[] args) throws Exception {
        int iterations = 5;
        List<Integer> show = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--show" -> {
                    for (String s : args[++i].split(",")) {
                        show.add(Integer.parseInt(s.trim()));
                    }
                }
                case "--only" -> only.addAll(List.of(args[++i].split(",")));
                default -> paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: CheckCosts [--iterations N] [--show I,J] [--only CHECK,...] PATH...");
            System.exit(2);
        }
        if (show.isEmpty()) {
            show.add(1);
            show.add(iterations);
        }
        for (int it : show) {
            if (it < 1 || it > iterations) {
                System.err.println("CheckCosts: --show " + it + ": iterations count from 1 to " + iterations);
                System.exit(2);
            }
        }
        THREADS.setThreadCpuTimeEnabled(true);
        THREADS.setThreadAllocatedMemoryEnabled(true);

        long[] start = now();
        LoadResult load = new Loader(Path.of("").toAbsolutePath(), System.in).load(paths);
        long[] loadCost = since(start);
        System.out.printf(Locale.ROOT, "loaded %d documents in %d files (main thread %.0f ms CPU; parsing is "
                + "parallel)%n", load.documents().size(), load.files().size(), loadCost[0] / 1e6);

        List<Check> builtin = new ArrayList<>();
        for (Check c : RuleRegistry.standard().checks()) {
            if (only.isEmpty() || only.contains(c.getClass().getSimpleName())) {
                builtin.add(c);
            }
        }
        List<String> names = new ArrayList<>();
        names.add("Catalog.of");
        names.add("LintContext (usages)");
        for (Check c : builtin) {
            names.add(c.getClass().getSimpleName());
        }
        names.add("Linter.lint rest");
        names.add("= total");
        names.add("lint as run (CPU - GC)");
        List<long[][]> perIteration = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int it = 1; it <= iterations; it++) {
            long gc0 = gcMillis();
            long wall0 = System.nanoTime();
            List<Timed> timed = new ArrayList<>();
            for (Check c : builtin) {
                Timed t = new Timed(c);
                t.caller = Thread.currentThread();
                timed.add(t);
            }
            RuleRegistry registry = new RuleRegistry(new ArrayList<>(timed));
            long[][] row = new long[names.size()][];
            int r = 0;

            start = now();
            Catalog catalog = Catalog.of(load);
            row[r++] = since(start);

            start = now();
            new LintContext(catalog, LintConfig.EMPTY);
            long[] context = since(start);
            row[r++] = context;

            start = now();
            LintReport report = new Linter(registry).lint(load, catalog, LintConfig.EMPTY);
            long[] lint = since(start);
            long wallMs = (System.nanoTime() - wall0) / 1_000_000;
            long[] sum = {row[0][0] + context[0], row[0][1] + context[1]};
            long[] rest = {lint[0] - context[0], lint[1] - context[1]};
            for (Timed t : timed) {
                row[r++] = t.cost;
                sum[0] += t.cost[0];
                sum[1] += t.cost[1];
                if (t.onCaller) {
                    rest[0] -= t.cost[0];
                    rest[1] -= t.cost[1];
                }
            }
            row[r++] = rest;
            sum[0] += rest[0];
            sum[1] += rest[1];
            row[r++] = sum;
            long gcTimed = gcMillis() - gc0;

            // the lint as hookctl runs it
            long gc1 = gcMillis();
            long cpu1 = PROCESS.getProcessCpuTime();
            long wall1 = System.nanoTime();
            start = now();
            LintReport asRun = new Linter(RuleRegistry.standard()).lint(load, catalog, LintConfig.EMPTY);
            long[] mainThread = since(start);
            long gcRun = gcMillis() - gc1;
            row[r] = new long[] {PROCESS.getProcessCpuTime() - cpu1 - gcRun * 1_000_000, mainThread[1]};
            perIteration.add(row);
            notes.add(String.format(Locale.ROOT, "iteration %d: checks one by one: wall %d ms, gc %d ms; as run: "
                            + "wall %d ms, gc %d ms; %d diagnostics, digest %08x (as run %08x)", it, wallMs, gcTimed,
                    (System.nanoTime() - wall1) / 1_000_000, gcRun, report.diagnostics().size(),
                    digest(report.diagnostics()), digest(asRun.diagnostics())));
        }

        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-28s", "CPU ms / allocated MB"));
        for (int it : show) {
            header.append(String.format(Locale.ROOT, " | %8s %9s", "#" + it + " ms", "#" + it + " MB"));
        }
        if (iterations > 1) {
            header.append(String.format(Locale.ROOT, " | %8s", "least ms"));
        }
        System.out.println(header);
        for (int n = 0; n < names.size(); n++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", names.get(n)));
            for (int it : show) {
                long[] c = perIteration.get(it - 1)[n];
                line.append(String.format(Locale.ROOT, " | %8.1f %9.1f", c[0] / 1e6, c[1] / 1048576.0));
            }
            if (iterations > 1) {
                long least = Long.MAX_VALUE;
                for (int it = 2; it <= iterations; it++) {
                    least = Math.min(least, perIteration.get(it - 1)[n][0]);
                }
                line.append(String.format(Locale.ROOT, " | %8.1f", least / 1e6));
            }
            System.out.println(line);
        }
        notes.forEach(System.out::println);
    }

    /** Identifies the findings, so that runs before and after a change can be compared at a glance. */
    private static int digest(List<Diagnostic> diagnostics) {
        int h = 1;
        for (Diagnostic d : diagnostics) {
            h = 31 * h + (d.ruleId() + d.severity() + d.location() + d.location().span().endLine() + ":"
                    + d.location().span().endColumn() + d.message() + d.hint() + d.related()).hashCode();
        }
        return h;
    }
}
