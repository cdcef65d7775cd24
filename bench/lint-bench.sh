#!/usr/bin/env bash
# Lint throughput benchmark. Generates N hook templates (+ N/10 flows), then alternates, RUNS
# times each, a parse-only pass (walk + read + parse, no rules), a full `hookctl lint` and a lint
# with every rule turned off (no check runs: what lint costs besides its checks) over the same
# files, and prints medians of wall time, documents per second and peak RSS, plus the
# lint/parse ratio, and the CPU time (user + system) of each pass, which leaves out the time a pass
# waits for a core (wall time counts it; a busy host still slows what runs). All are whole processes started the same way (the launcher's JVM flags).
#
# usage: bench/lint-bench.sh [N=10000] [RUNS=7]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${2:-7}
corpus=${BENCH_DIR:-/tmp/hookctl-bench-$n}

[[ -f target/hookctl.jar ]] || mvn -B -q -DskipTests package
[[ -d target/test-classes/dev/hookctl/bench ]] || mvn -B -q test-compile
if [[ ! -d "$corpus" ]]; then
  python3 bench/gen-corpus.py "$corpus" "$n"
fi
docs=$(( n + (n / 10 > 0 ? n / 10 : 1) ))
# the launcher's JVM options and AppCDS archive on every pass, asked of the launcher itself (which
# also writes the archive when it is missing or stale; the parse-only class path is the jar's with
# target/test-classes appended, which the archive accepts), so the passes start the same way. Its
# switches apply: HOOKCTL_CDS=0 runs without the archive,
# HOOKCTL_JAVA_OPTS=-XX:-UseTransparentHugePages without huge pages.
options=$(HOOKCTL_PRINT_JAVA_OPTIONS=1 ./hookctl)   # an assignment: set -e stops here if it fails
mapfile -t jvm <<< "$options"

# every rule off: no check runs
off=$(mktemp --suffix=.yaml)
trap 'rm -f "$off"' EXIT
printf 'rules:\n  "*": off\n' > "$off"

parse=() lint=() parse_rss=() lint_rss=() bare=() parse_cpu=() lint_cpu=() bare_cpu=()
for ((i = 0; i < runs; i++)); do
  read -r t m u s < <( { /usr/bin/time -f "%e %M %U %S" java "${jvm[@]}" -cp target/hookctl.jar:target/test-classes \
      dev.hookctl.bench.ParseOnly "$corpus" > /dev/null; } 2>&1 | tail -1)
  parse+=("$t"); parse_rss+=("$m"); parse_cpu+=("$(echo "$u + $s" | bc)")
  read -r t m u s < <( { /usr/bin/time -f "%e %M %U %S" java "${jvm[@]}" -jar target/hookctl.jar lint --no-config \
      --format json --output /dev/null "$corpus" > /dev/null || true; } 2>&1 | tail -1)
  lint+=("$t"); lint_rss+=("$m"); lint_cpu+=("$(echo "$u + $s" | bc)")
  read -r t m u s < <( { /usr/bin/time -f "%e %M %U %S" java "${jvm[@]}" -jar target/hookctl.jar lint --config "$off" \
      --format json --output /dev/null "$corpus" > /dev/null || true; } 2>&1 | tail -1)
  bare+=("$t"); bare_cpu+=("$(echo "$u + $s" | bc)")
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
pm=$(median "${parse[@]}"); lm=$(median "${lint[@]}")
prss=$(median "${parse_rss[@]}"); lrss=$(median "${lint_rss[@]}")
echo "corpus: $corpus ($n hook templates + $((docs - n)) flows = $docs documents), $runs runs each, $(nproc) cores"
printf 'parse-only: median %6.2f s  %7.0f docs/s  peak RSS %4.0f MiB   runs: %s\n' "$pm" "$(echo "$docs / $pm" | bc -l)" "$(echo "$prss / 1024" | bc -l)" "${parse[*]}"
printf 'lint:       median %6.2f s  %7.0f docs/s  peak RSS %4.0f MiB   runs: %s\n' "$lm" "$(echo "$docs / $lm" | bc -l)" "$(echo "$lrss / 1024" | bc -l)" "${lint[*]}"
bm=$(median "${bare[@]}")
printf 'lint, rules off: median %6.2f s   runs: %s\n' "$bm" "${bare[*]}"
printf 'lint / parse-only: %.2f   (rules off / parse-only: %.2f)\n' "$(echo "$lm / $pm" | bc -l)" "$(echo "$bm / $pm" | bc -l)"
# each lint ran right after its parse-only pass: the ratio within a pair cancels the host's drift
# from one minute to the next, which the ratio of the two medians does not
pairs=()
for ((i = 0; i < runs; i++)); do
  pairs+=("$(echo "${lint[$i]} / ${parse[$i]}" | bc -l)")
done
printf 'lint / parse-only per pair: median %.2f, range %.2f–%.2f\n' "$(median "${pairs[@]}")" \
  "$(printf '%s\n' "${pairs[@]}" | sort -g | head -1)" "$(printf '%s\n' "${pairs[@]}" | sort -g | tail -1)"
pc=$(median "${parse_cpu[@]}"); lc=$(median "${lint_cpu[@]}"); bc_=$(median "${bare_cpu[@]}")
printf 'CPU (user + system), medians: parse-only %.2f s, lint %.2f s, rules off %.2f s; lint / parse-only %.2f\n' \
  "$pc" "$lc" "$bc_" "$(echo "$lc / $pc" | bc -l)"
