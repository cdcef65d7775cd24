#!/usr/bin/env bash
# Lints a folder of Argo manifests (default: Argo's own examples, which Argo accepts) and prints
# files / errors / warnings and every error. Exits 1 when hookctl reports any error (Argo accepts
# every one of its examples, so an error is a false positive), 2 on usage or tool failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-/work/shared/corpus/argo-examples}"
if [[ ! -d "$folder" ]]; then
  echo "usage: bench/corpus-lint.sh [FOLDER]   ($folder is not a folder)" >&2
  exit 2
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
set +e
"$here/hookctl" lint --format json "$folder" >"$out"
rc=$?
set -e
if [[ $rc -ne 0 && $rc -ne 1 ]]; then
  echo "hookctl lint failed with exit code $rc" >&2
  exit 2
fi
python3 - "$out" <<'PY'
import json, os, sys
report = json.load(open(sys.argv[1]))
s = report["summary"]
diags = report["diagnostics"]
errors = [d for d in diags if d["severity"] == "error"]
warnings = [d for d in diags if d["severity"] == "warning"]
print(f"files: {s['files']}  errors: {len(errors)}  warnings: {len(warnings)}")
by_rule = {}
for d in warnings:
    by_rule[d["rule"]] = by_rule.get(d["rule"], 0) + 1
for rule, n in sorted(by_rule.items()):
    print(f"  warning {rule}: {n}")
for d in errors:
    print(f"  {d['file']}:{d['line']}:{d['column']}: {d['rule']}: {d['message']}")
sys.exit(1 if errors else 0)
PY
