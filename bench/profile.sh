#!/usr/bin/env bash
# Where the CPU of one benchmark run goes, by thread and by kind of work: compiling (the JIT's
# threads), interpreting, running compiled code, collecting garbage, in the kernel. Samples one
# `hookctl lint` (or the parse-only pass) of the lint-bench corpus with async-profiler, which Maven
# fetches from Central on first use into target/bench-tools/ (Linux x64 or arm64 only).
# docs/performance.md ("Profiling a run") explains how to read it.
#
# usage: bench/profile.sh [lint|parse|rules-off] [N=10000] [INTERVAL_US=200]
#   writes target/profile-<what>.collapsed (one line per stack: frames;...;frames count), which
#   flame-graph tools read, and prints the summary of bench/profile-summary.py
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-lint}
n=${2:-10000}
interval=${3:-200}
corpus=${BENCH_DIR:-/tmp/hookctl-bench-$n}
version=4.1

case "$(uname -m)" in
  x86_64) arch=linux-x64 ;;
  aarch64) arch=linux-arm64 ;;
  *) echo "profile.sh: async-profiler has no library for $(uname -m)" >&2; exit 2 ;;
esac
tools=target/bench-tools
lib=$tools/$arch/libasyncProfiler.so
if [[ ! -f $lib ]]; then
  mkdir -p "$tools"
  mvn -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$version" -DoutputDirectory="$tools"
  (cd "$tools" && unzip -q -o "async-profiler-$version.jar" "$arch/*")
fi
[[ -f target/hookctl.jar ]] || mvn -B -q -DskipTests package
[[ -d target/test-classes/dev/hookctl/bench ]] || mvn -B -q test-compile
[[ -d $corpus ]] || python3 bench/gen-corpus.py "$corpus" "$n"
# the launcher's JVM options and archive, as lint-bench.sh takes them
options=$(HOOKCTL_PRINT_JAVA_OPTIONS=1 ./hookctl)   # an assignment: set -e stops here if it fails
mapfile -t jvm <<< "$options"
out=target/profile-$what.collapsed
agent="-agentpath:$PWD/$lib=start,event=cpu,interval=${interval}us,threads,ann,collapsed,file=$PWD/$out"
case "$what" in
  lint) java "${jvm[@]}" "$agent" -jar target/hookctl.jar lint --no-config --format json --output /dev/null \
      "$corpus" > /dev/null || true ;;
  rules-off)
    off=$(mktemp --suffix=.yaml)
    trap 'rm -f "$off"' EXIT
    printf 'rules:\n  "*": off\n' > "$off"
    java "${jvm[@]}" "$agent" -jar target/hookctl.jar lint --config "$off" --format json --output /dev/null \
      "$corpus" > /dev/null || true ;;
  parse) java "${jvm[@]}" "$agent" -cp target/hookctl.jar:target/test-classes dev.hookctl.bench.ParseOnly \
      "$corpus" > /dev/null ;;
  *) echo "usage: bench/profile.sh [lint|parse|rules-off] [N] [INTERVAL_US]" >&2; exit 2 ;;
esac
echo "profile: $out (cpu samples every ${interval} µs; the profiler's own cost inflates the totals)"
python3 bench/profile-summary.py "$out"
