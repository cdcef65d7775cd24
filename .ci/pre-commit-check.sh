#!/usr/bin/env bash
# Checks .pre-commit-hooks.yaml with the real pre-commit: in a throwaway Git repository, the
# hookctl-lint hook (taken from this checkout with `pre-commit try-repo`) must pass on a clean
# flow whose hook template is in another folder (as in Codefresh's layout) and fail, naming the
# file, on a broken one. Installs Debian's pre-commit when missing and
# possible; skips with a message when it cannot.
set -euo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v pre-commit > /dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
    (apt-get update -qq && apt-get install -y -qq pre-commit) > /dev/null 2>&1 || true
  fi
fi
if ! command -v pre-commit > /dev/null; then
  echo "pre-commit check skipped: pre-commit is not installed and could not be installed"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
cd "$work"
git init -q repo && cd repo
git config user.email ci@example.com && git config user.name ci
# Codefresh's layout: flows and hooks in different folders, so the flow's hook resolves only when
# the hook lints the whole repository and not just the changed file's folder
flows=resources/configurations/promotion-flows hooks=resources/control-planes/promotion-workflows
mkdir -p "$flows" "$hooks"
cat > "$flows/web.yaml" <<'YAML'
apiVersion: codefresh.io/v1beta1
kind: PromotionFlow
metadata:
  name: web-release
spec:
  triggerEnvironment: dev
  hooks:
    onStart: notify
  steps:
    - environment: prod
      dependsOn: [dev]
YAML
cat > "$hooks/notify.yaml" <<'YAML'
apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: notify
  annotations:
    codefresh.io/workflow-origin: promotion
    version: "1.0.0"
spec:
  serviceAccountName: cf-default-promotion-workflows-sa
  entrypoint: main
  templates:
    - name: main
      container:
        image: alpine:3.20
YAML
git add . && git commit -qm clean
echo "== pre-commit try-repo: a clean flow whose hook is in another folder passes"
pre-commit try-repo "$project" hookctl-lint --files "$flows/web.yaml"
echo "== pre-commit try-repo --all-files: the clean repository passes"
pre-commit try-repo "$project" hookctl-lint --all-files
sed -i 's/dependsOn: \[dev\]/dependsOn: [qa]/' "$flows/web.yaml"
echo "== pre-commit try-repo: a broken flow fails and names the file"
set +e
pre-commit try-repo "$project" hookctl-lint --files "$flows/web.yaml" > out.txt 2>&1
code=$?
set -e
cat out.txt
[[ $code -ne 0 ]] || { echo "expected the hook to fail"; exit 1; }
grep -q "$flows/web.yaml:11:19: error" out.txt || { echo "expected the diagnostic for $flows/web.yaml"; exit 1; }
if grep -q "hook-unresolved" out.txt; then echo "the hook in $hooks did not resolve"; exit 1; fi
echo "pre-commit check passed"
