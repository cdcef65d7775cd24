#!/usr/bin/env bash
# Directory-walk scale: N tiny manifests (default 100,000 one-step Promotion Flows, ~190 bytes
# each, spread over 100 folders) linted by ./hookctl in one run. Prints wall time, files/s and
# peak RSS (GNU time). The files are generated once into $MANY_DIR (default /tmp/hookctl-many-N).
#
# usage: bench/many-files.sh [N=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
dir=${MANY_DIR:-/tmp/hookctl-many-$n}
if [[ ! -d "$dir" ]]; then
  python3 - "$dir" "$n" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    d = os.path.join(root, "team-%03d" % (i % 100))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "flow-%06d.yaml" % i), "w") as f:
        f.write("apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata:\n  name: flow-%06d\n"
                "spec:\n  triggerEnvironment: dev\n  steps:\n    - environment: prod\n      dependsOn: [dev]\n" % i)
PY
fi
./hookctl --version > /dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "files: $(find "$dir" -type f | wc -l) in $dir ($(du -sh "$dir" | cut -f1))"
{ /usr/bin/time -f "%e %M" ./hookctl lint --no-config --format json --output /dev/null "$dir" > /dev/null; } 2> "$dir.time" || true
read -r secs rss < <(tail -1 "$dir.time")
./hookctl lint --no-config "$dir" | tail -1
printf 'wall %.1f s, %.0f files/s, peak RSS %.0f MiB\n' "$secs" "$(echo "$n / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
