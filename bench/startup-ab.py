#!/usr/bin/env python3
"""Start-up of two hookctl checkouts side by side: the same command lines through each checkout's
launcher, interleaved run by run (so machine load hits both alike), after warm-ups. Prints the
median wall time and the median user, system and user+system CPU time of each, per command line.
CPU times come from the kernel's accounting of each child (wait4), to the microsecond.

usage: bench/startup-ab.py BASE NEW RUNS 'ARGS' ['ARGS' ...]
  BASE, NEW  checkouts, each built (mvn package) with its archive: BASE/hookctl and NEW/hookctl run
  ARGS       one hookctl command line per argument, e.g. 'lint --version' 'render --help'
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv):
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime, usage.ru_stime, child.returncode


def main():
    base, new, runs, lines = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    checkouts = {"base": base, "new": new}
    samples = {(c, l): [] for l in lines for c in checkouts}
    load_before = open("/proc/loadavg").read().split()[:3]
    for r in range(runs + 3):  # the first three rounds warm the page cache and are not counted
        for line in lines:
            for name, folder in (checkouts.items() if r % 2 == 0 else reversed(checkouts.items())):
                wall, user, system, code = run([os.path.join(folder, "hookctl")] + shlex.split(line))
                if r >= 3:
                    samples[(name, line)].append((wall, user, system, code))
    print(f"{runs} interleaved runs each after 3 warm-up rounds; {os.cpu_count()} cores; "
          f"load average before {' '.join(load_before)}, after {' '.join(open('/proc/loadavg').read().split()[:3])}")
    print(f"{'command line':<40} {'checkout':<5} {'wall median':>12} {'user':>9} {'sys':>8} {'user+sys':>9}  exit")
    for line in lines:
        for name in checkouts:
            s = samples[(name, line)]
            ms = lambda values: f"{statistics.median(values) * 1000:.1f}"
            print(f"{line[:40]:<40} {name:<5} {ms([x[0] for x in s]):>9} ms {ms([x[1] for x in s]):>6} ms "
                  f"{ms([x[2] for x in s]):>5} ms {ms([x[1] + x[2] for x in s]):>6} ms  {sorted({x[3] for x in s})}")


if __name__ == "__main__":
    main()
