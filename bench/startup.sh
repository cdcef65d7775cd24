#!/usr/bin/env bash
# Start-up benchmark: a bare JVM "Hello" and hookctl's real command lines, measured side by side in
# one run (interleaved, so machine load hits all of them alike). Prints the median of each and the
# two ratios the project tracks:
#   hookctl --help                 / bare Hello   (goal <= 1.5)
#   hookctl lint one-file.yaml     / bare Hello   (goal <= 2.5)
# hookctl is started through ./hookctl (the launcher users run, AppCDS archive included); the
# same command lines with a plain `java -jar` and no archive are shown for comparison.
#
# usage: bench/startup.sh [RUNS=20]   (uses hyperfine when installed, else a timed loop)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./hookctl --version > /dev/null   # builds the jar and the archive when needed, outside the timing
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'EOF'
public class Hello { public static void main(String[] args) { System.out.println("Hello"); } }
EOF
javac -d "$work/hello" "$work/hello/Hello.java"
# one flow file with a hook assignment: the common single-file lint of editors and pre-commit
cat > "$work/one-file.yaml" <<'EOF'
apiVersion: codefresh.io/v1beta1
kind: PromotionFlow
metadata:
  name: web-release
spec:
  triggerEnvironment: dev
  steps:
    - environment: qa
      dependsOn: [dev]
    - environment: prod
      dependsOn: [qa]
EOF

jar="$PWD/target/hookctl.jar"
plain=(java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xshare:auto -jar "$jar")
names=("hello" "hello-flags" "help" "lint" "help-no-cds" "lint-no-cds")
cmds=(
  "java -cp $work/hello Hello"
  "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp $work/hello Hello"
  "./hookctl --help"
  "./hookctl lint --no-config $work/one-file.yaml"
  "${plain[*]} --help"
  "${plain[*]} lint --no-config $work/one-file.yaml"
)
declare -A samples cpu
for ((w = 0; w < 3; w++)); do for c in "${cmds[@]}"; do $c > /dev/null || true; done; done
for ((r = 0; r < runs; r++)); do
  for i in "${!cmds[@]}"; do
    t0=$(date +%s%N)
    /usr/bin/time -o "$work/cpu" -f "%U %S" ${cmds[$i]} > /dev/null || true
    t1=$(date +%s%N)
    samples[${names[$i]}]+="$(( (t1 - t0) / 1000 )) "
    # user + system CPU seconds of the whole process tree: less sensitive to other load than wall time
    cpu[${names[$i]}]+="$(awk 'END {printf "%d", ($1 + $2) * 1000000}' "$work/cpu") "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 1000}'; }
minmax() { tr ' ' '\n' | grep -v '^$' | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {printf "%.0f-%.0f", lo/1000, hi/1000}'; }
echo "start-up, $runs interleaved runs each after 3 warm-ups; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A med cmed
for i in "${!names[@]}"; do
  n=${names[$i]}
  med[$n]=$(echo "${samples[$n]}" | median)
  cmed[$n]=$(echo "${cpu[$n]}" | median)
  printf '  %-12s wall median %7s ms [%s]  cpu median %6s ms   %s\n' "$n" "${med[$n]}" \
    "$(echo "${samples[$n]}" | minmax)" "${cmed[$n]}" "${cmds[$i]}"
done
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }
echo "ratio hookctl --help / bare Hello:         wall $(ratio "${med[help]}" "${med[hello]}")  cpu $(ratio "${cmed[help]}" "${cmed[hello]}")  (goal <= 1.5)"
echo "ratio hookctl lint one-file / bare Hello:  wall $(ratio "${med[lint]}" "${med[hello]}")  cpu $(ratio "${cmed[lint]}" "${cmed[hello]}")  (goal <= 2.5)"
echo "without the archive (plain java -jar):     --help wall $(ratio "${med[help-no-cds]}" "${med[hello]}"), lint wall $(ratio "${med[lint-no-cds]}" "${med[hello]}")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
