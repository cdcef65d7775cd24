package dev.hookctl.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Where a run's time goes, for performance work (docs/performance.md): with the environment
 * variable {@code HOOKCTL_PHASES} set, hookctl prints to standard error at exit the milliseconds
 * of wall time between marks, the first counted from the JVM's start, the process's CPU time
 * (all threads, the JIT's and the collector's included) in the same phases, and the CPU time of
 * the threads still alive, by name (Linux only). CPU time is the steadier figure on a shared host:
 * a phase that waits for a core takes longer, not more CPU. Unset, a mark reads one final field
 * and returns: the marks stay in the code so that every session measures the same phases.
 */
public final class PhaseTimes {
    private static final PhaseTimes PROCESS = new PhaseTimes(System.getenv("HOOKCTL_PHASES") != null,
            System::currentTimeMillis, PhaseTimes::jvmStart, PhaseTimes::processCpu);

    private final boolean on;
    private final LongSupplier clock;
    private final LongSupplier start;
    private final LongSupplier cpu;
    private final List<String> phases = new ArrayList<>();
    private final List<String> cpuPhases = new ArrayList<>();
    private long last = -1;
    private long lastCpu;

    /** {@code cpu}: the process's CPU time in milliseconds since it started. */
    PhaseTimes(boolean on, LongSupplier clock, LongSupplier start, LongSupplier cpu) {
        this.on = on;
        this.clock = clock;
        this.start = start;
        this.cpu = cpu;
    }

    /** Ends the phase named {@code phase} of this process (no-op unless HOOKCTL_PHASES is set). */
    public static void mark(String phase) {
        if (PROCESS.on) {
            PROCESS.record(phase);
        }
    }

    /** Prints this process's phases (nothing unless HOOKCTL_PHASES is set). */
    public static void print(PrintWriter err) {
        if (PROCESS.on) {
            err.println("hookctl: phases (ms): " + PROCESS.phases());
            err.println("hookctl: process CPU by phase (ms): " + PROCESS.cpuPhases());
            String threads = threadCpu(Path.of("/proc/self/task"));
            if (!threads.isEmpty()) {
                err.println("hookctl: CPU of live threads (ms): " + threads);
            }
            err.flush();
        }
    }

    synchronized void record(String phase) {
        if (!on) {
            return;
        }
        long now = clock.getAsLong();
        long nowCpu = cpu.getAsLong();
        if (last < 0) {
            // the first phase is counted from the JVM's start; finding that start and the CPU time
            // takes time of its own (loading java.management), which no phase counts
            phases.add(phase + " " + (now - start.getAsLong()));
            cpuPhases.add(phase + " " + nowCpu);
            last = clock.getAsLong();
            lastCpu = cpu.getAsLong();
            return;
        }
        phases.add(phase + " " + (now - last));
        cpuPhases.add(phase + " " + (nowCpu - lastCpu));
        last = now;
        lastCpu = nowCpu;
    }

    synchronized String phases() {
        return String.join(", ", phases);
    }

    synchronized String cpuPhases() {
        return String.join(", ", cpuPhases);
    }

    /**
     * When the JVM started, in the clock's milliseconds; asked only when the marks are on (it loads
     * java.management). Not the process's start, which counts the launcher script's time too.
     */
    private static long jvmStart() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The process's CPU time (user and system, every thread) in milliseconds; 0 where the JVM cannot say. */
    private static long processCpu() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime()) / 1_000_000;
        }
        return 0;
    }

    /**
     * User and system CPU per thread name, without the digits at its end (so "GC Thread#0" and
     * "GC Thread#1" add up as "GC Thread#"), from {@code /proc/self/task/N/stat}, counting 100
     * clock ticks a second (Linux's USER_HZ on every common platform); empty where there is no
     * such folder. A thread that ends while it is read is left out.
     */
    static String threadCpu(Path tasks) {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(tasks)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[0-9]+$", "");
                    String[] fields = stat.substring(close + 2).split(" ");
                    // utime and stime, the 14th and 15th fields of the line
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    byName.merge(name, ticks * 10, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended, or the line is not as described: leave it out
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        byName.forEach((name, ms) -> {
            if (ms > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(name).append(' ').append(ms);
            }
        });
        return b.toString();
    }
}
