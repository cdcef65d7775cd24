#!/usr/bin/env bash
# Long fuzz run: COUNT mutated manifests (seeded) through `hookctl lint`, in one JVM, checking
# that none crashes, hangs, exits outside 0-3 or, when damaged, goes without a diagnostic.
# Prints the inputs, the exit-code histogram, the failures and the time (docs/performance.md).
#
# usage: bench/fuzz.sh [COUNT=10000] [SEED=1]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/hookctl.jar ]] || mvn -B -q -DskipTests package
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/hookctl.jar:target/test-classes \
  dev.hookctl.fuzz.FuzzMain "${1:-10000}" "${2:-1}"
