package dev.hookctl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseTimesTest {
    @Test
    void eachPhaseLastsFromThePreviousMarkTheFirstFromTheStart() {
        AtomicLong now = new AtomicLong(1_000);
        AtomicLong cpu = new AtomicLong(150);
        PhaseTimes times = new PhaseTimes(true, now::get, () -> 900, cpu::get);
        times.record("jvm");
        now.set(1_040);
        cpu.set(220);
        times.record("load");
        now.set(1_045);
        cpu.set(221);
        times.record("report");
        assertThat(times.phases()).isEqualTo("jvm 100, load 40, report 5");
        assertThat(times.cpuPhases()).isEqualTo("jvm 150, load 70, report 1");
    }

    @Test
    void findingTheJvmStartCountsInNoPhase() {
        AtomicLong now = new AtomicLong(1_000);
        PhaseTimes times = new PhaseTimes(true, now::get, () -> {
            now.addAndGet(30); // as loading java.management takes time
            return 900;
        }, () -> 0);
        times.record("jvm");
        now.addAndGet(10);
        times.record("picocli");
        assertThat(times.phases()).isEqualTo("jvm 100, picocli 10");
    }

    @Test
    void offItRecordsNothingAndNeverAsksTheClock() {
        PhaseTimes times = new PhaseTimes(false, () -> {
            throw new AssertionError("clock read");
        }, () -> {
            throw new AssertionError("start read");
        }, () -> {
            throw new AssertionError("CPU time read");
        });
        times.record("jvm");
        assertThat(times.phases()).isEmpty();
    }

    @Test
    void threadCpuAddsUpThreadsOfOneNameFromTheirStatLines(@TempDir Path tasks) throws Exception {
        // pid (comm) state, then fields 4..; utime and stime are the 14th and 15th of the line
        stat(tasks, "1", "1 (java) S 0 0 0 0 0 0 0 0 0 0 7 3 0 0");
        stat(tasks, "2", "2 (GC Thread#0) S 0 0 0 0 0 0 0 0 0 0 4 1 0 0");
        stat(tasks, "3", "3 (GC Thread#1) S 0 0 0 0 0 0 0 0 0 0 2 0 0 0");
        stat(tasks, "4", "4 (idle (x)) S 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
        Files.createDirectories(tasks.resolve("5")); // a thread that ended before its stat was read
        assertThat(PhaseTimes.threadCpu(tasks)).isEqualTo("GC Thread# 70, java 100");
    }

    @Test
    void threadCpuIsEmptyWithoutTheProcFolder(@TempDir Path dir) {
        assertThat(PhaseTimes.threadCpu(dir.resolve("missing"))).isEmpty();
    }

    private static void stat(Path tasks, String id, String line) throws Exception {
        Files.createDirectories(tasks.resolve(id));
        Files.writeString(tasks.resolve(id).resolve("stat"), line + "\n");
    }
}
