# bash completion for hookctl. Generated from the command model by `hookctl completion bash`;
# do not edit (completions/ is regenerated and checked by the tests).
# Use: source this file (e.g. from ~/.bashrc), or copy it to
# ~/.local/share/bash-completion/completions/hookctl.
# Flow, hook and environment names come from `hookctl __complete KIND`, which reads the
# manifests under the current folder (or the command line's -f paths).

_hookctl_reply() {
  COMPREPLY=($(compgen -W "$1" -- "$cur"))
}

_hookctl_files() {
  compopt -o filenames 2>/dev/null || true
  COMPREPLY=($(compgen -f -- "$cur"))
}

# the words before the cursor go along: their --flow and -f/--file scope the names
_hookctl_names() {
  COMPREPLY=($(compgen -W "$(hookctl __complete "$1" -- "${COMP_WORDS[@]:0:COMP_CWORD}" 2>/dev/null)" -- "$cur"))
}

# The index of the positional parameter being completed: words after the command
# that are neither options nor the values of options that take one ($1).
_hookctl_position() {
  local i w n=0 skip=0
  for ((i = cmd_at + 1; i < COMP_CWORD; i++)); do
    w=${COMP_WORDS[i]}
    # --opt=value arrives as three words: --opt, =, value
    if [[ $w == = ]]; then skip=1; continue; fi
    if ((skip)); then skip=0; continue; fi
    case "$w" in
      -*=*) ;;
      -*) [[ " $1 " == *" $w "* ]] && skip=1 ;;
      *) n=$((n + 1)) ;;
    esac
  done
  echo "$n"
}

_hookctl_lint() {
  case "$prev" in
    -f|--file) _hookctl_files; return ;;
    -o|--format) _hookctl_reply "text json sarif github junit"; return ;;
    --output) _hookctl_files; return ;;
    --fail-on) _hookctl_reply "error warning info never"; return ;;
    --config) _hookctl_files; return ;;
    --changed-since) :; return ;;
    --changed) _hookctl_files; return ;;
    --kubeconfig) _hookctl_files; return ;;
    --context) :; return ;;
    --request-timeout) :; return ;;
    -n|--namespace) :; return ;;
  esac
  if [[ $cur == -* ]]; then _hookctl_reply "-v --verbose --no-color -f --file -o --format --output --fail-on --config --no-config --changed-since --changed --cluster --kubeconfig --context --request-timeout -n --namespace -h --help -V --version"; return; fi
  local pos
  pos=$(_hookctl_position "-f --file -o --format --output --fail-on --config --changed-since --changed --kubeconfig --context --request-timeout -n --namespace")
  if ((pos >= 0)); then _hookctl_files; return; fi
}

_hookctl_rules() {
  case "$prev" in
    -o|--output) _hookctl_reply "text json markdown"; return ;;
  esac
  if [[ $cur == -* ]]; then _hookctl_reply "-o --output -h --help -V --version"; return; fi
  local pos
  pos=$(_hookctl_position "-o --output")
  if ((pos >= 0 && pos <= 0)); then _hookctl_reply "argo-argument argo-container argo-dag argo-dag-dependency argo-depends-syntax argo-duplicate-name argo-entrypoint argo-field-placement argo-field-value argo-hook argo-input-not-supplied argo-loop argo-name argo-output argo-resource argo-sibling-step-reference argo-tag-syntax argo-task-not-ancestor argo-template-ref argo-template-type argo-template-undefined argo-undeclared-parameter argo-unknown-field argo-unresolved-variable config-invalid depends-on-cycle depends-on-duplicate depends-on-redundant depends-on-self depends-on-unknown flow-no-steps flow-no-trigger flow-timeout step-duplicate-environment step-is-trigger step-no-depends-on step-no-environment step-unreachable unknown-environment flow-unreferenced legacy-spec-properties argument-never-supplied default-argument-near-miss fail-only-argument hook-key-unknown hook-not-promotion-workflow hook-on-trigger-env hook-per-app-parameter hook-service-account hook-unresolved hook-used-as-action promotion-workflow-not-annotated undeclared-default-argument api-version duplicate-name label-invalid metadata-value-not-string name-invalid name-missing unknown-kind workflow-name-length action-none-without-pre-action action-service-account action-workflow-unresolved policy-action-invalid policy-action-missing policy-environment-type policy-selector-shape policy-selector-singular policy-settings-missing priority-invalid product-flow-duplicate product-flow-shadowed product-flow-unresolved product-template-both product-template-missing product-template-unresolved trigger-selector-invalid trigger-selector-value-type trigger-selectors-missing promotion-context-export promotion-context-in-action promotion-context-name hardcoded-secret missing-field unknown-field wrong-type ignore-unknown-rule ignore-unused ignore-without-reason jsonpath-dash jsonpath-syntax promotion-file-outside promotion-map-shape template-match-expression template-selector-empty template-selector-missing version-source-incomplete io-error yaml-duplicate-key yaml-encoding yaml-limit yaml-syntax"; return; fi
}

_hookctl_render() {
  case "$prev" in
    -f|--file) _hookctl_files; return ;;
    --config) _hookctl_files; return ;;
    -p|--parameter) :; return ;;
    --parameter-file) _hookctl_files; return ;;
    --promotion-context) :; return ;;
    --product) :; return ;;
    --release-version) :; return ;;
    --commit) :; return ;;
    --release-id) :; return ;;
    --release-url) :; return ;;
    --flow) _hookctl_names flows; return ;;
    --env) _hookctl_names environments; return ;;
    --on) _hookctl_reply "start success fail"; return ;;
    --error-message) :; return ;;
    -o|--output) _hookctl_reply "yaml json"; return ;;
    -n|--namespace) :; return ;;
    --kubeconfig) _hookctl_files; return ;;
    --context) :; return ;;
    --request-timeout) :; return ;;
  esac
  if [[ $cur == -* ]]; then _hookctl_reply "-v --verbose --no-color -f --file --config --no-config -p --parameter --parameter-file --promotion-context --product --release-version --commit --release-id --release-url --flow --env --on --error-message --inline -o --output -n --namespace --cluster --kubeconfig --context --request-timeout -h --help -V --version"; return; fi
  local pos
  pos=$(_hookctl_position "-f --file --config -p --parameter --parameter-file --promotion-context --product --release-version --commit --release-id --release-url --flow --env --on --error-message -o --output -n --namespace --kubeconfig --context --request-timeout")
  if ((pos >= 0 && pos <= 0)); then _hookctl_names hooks; return; fi
}

_hookctl_simulate() {
  case "$prev" in
    -f|--file) _hookctl_files; return ;;
    --config) _hookctl_files; return ;;
    -p|--parameter) :; return ;;
    --parameter-file) _hookctl_files; return ;;
    --promotion-context) :; return ;;
    --product) :; return ;;
    --release-version) :; return ;;
    --commit) :; return ;;
    --release-id) :; return ;;
    --release-url) :; return ;;
    --flow) _hookctl_names flows; return ;;
    --fail) _hookctl_names environments; return ;;
    --fail-hook) _hookctl_names hooks; return ;;
    --terminate-at) _hookctl_names environments; return ;;
    --export) _hookctl_names hooks; return ;;
    -o|--output) _hookctl_reply "text json"; return ;;
    --render-dir) _hookctl_files; return ;;
    --kubeconfig) _hookctl_files; return ;;
    --context) :; return ;;
    --request-timeout) :; return ;;
    -n|--namespace) :; return ;;
  esac
  if [[ $cur == -* ]]; then _hookctl_reply "-v --verbose --no-color -f --file --config --no-config -p --parameter --parameter-file --promotion-context --product --release-version --commit --release-id --release-url --flow --fail --fail-hook --terminate-at --export -o --output --render-dir --cluster --kubeconfig --context --request-timeout -n --namespace -h --help -V --version"; return; fi
}

_hookctl_graph() {
  case "$prev" in
    -f|--file) _hookctl_files; return ;;
    --config) _hookctl_files; return ;;
    --flow) _hookctl_names flows; return ;;
    -o|--output) _hookctl_reply "tree mermaid dot"; return ;;
  esac
  if [[ $cur == -* ]]; then _hookctl_reply "-v --verbose --no-color -f --file --config --no-config --flow -o --output -h --help -V --version"; return; fi
}

_hookctl_fire() {
  case "$prev" in
    -f|--file) _hookctl_files; return ;;
    --config) _hookctl_files; return ;;
    -p|--parameter) :; return ;;
    --parameter-file) _hookctl_files; return ;;
    --promotion-context) :; return ;;
    --product) :; return ;;
    --release-version) :; return ;;
    --commit) :; return ;;
    --release-id) :; return ;;
    --release-url) :; return ;;
    --flow) _hookctl_names flows; return ;;
    --env) _hookctl_names environments; return ;;
    --on) _hookctl_reply "start success fail"; return ;;
    --error-message) :; return ;;
    --kubeconfig) _hookctl_files; return ;;
    --context) :; return ;;
    --request-timeout) :; return ;;
    -n|--namespace) :; return ;;
    --dry-run) _hookctl_reply "client server none"; return ;;
    -o|--output) _hookctl_reply "yaml json"; return ;;
    --timeout) :; return ;;
    --secret) :; return ;;
  esac
  if [[ $cur == -* ]]; then _hookctl_reply "-v --verbose --no-color -f --file --config --no-config -p --parameter --parameter-file --promotion-context --product --release-version --commit --release-id --release-url --flow --env --on --error-message --inline --kubeconfig --context --request-timeout -n --namespace --dry-run -o --output --allow-invented --apply --wait --log --timeout -y --yes --secret --cluster -h --help -V --version"; return; fi
  local pos
  pos=$(_hookctl_position "-f --file --config -p --parameter --parameter-file --promotion-context --product --release-version --commit --release-id --release-url --flow --env --on --error-message --kubeconfig --context --request-timeout -n --namespace --dry-run -o --output --timeout --secret")
  if ((pos >= 0 && pos <= 0)); then _hookctl_names hooks; return; fi
}

_hookctl_completion() {
  if [[ $cur == -* ]]; then _hookctl_reply "-h --help -V --version"; return; fi
  local pos
  pos=$(_hookctl_position "")
  if ((pos >= 0 && pos <= 0)); then _hookctl_reply "bash zsh fish"; return; fi
}

_hookctl_help() {
  if [[ $cur == -* ]]; then _hookctl_reply "-h --help -V --version"; return; fi
  local pos
  pos=$(_hookctl_position "")
  if ((pos >= 0 && pos <= 0)); then _hookctl_reply "lint rules render simulate graph fire completion help"; return; fi
}

_hookctl() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev="" cmd="" cmd_at=0 i
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # --opt=value: bash splits at '=', so the option is two words back
  if [[ $cur == = ]]; then cur=""; elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then prev=${COMP_WORDS[COMP_CWORD - 2]}; fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in -*) ;; *) cmd=${COMP_WORDS[i]}; cmd_at=$i; break ;; esac
  done
  COMPREPLY=()
  case "$cmd" in
    "")
      if [[ $cur == -* ]]; then _hookctl_reply "-h --help -V --version"; else _hookctl_reply "lint rules render simulate graph fire completion help"; fi ;;
    lint) _hookctl_lint ;;
    rules) _hookctl_rules ;;
    render) _hookctl_render ;;
    simulate) _hookctl_simulate ;;
    graph) _hookctl_graph ;;
    fire) _hookctl_fire ;;
    completion) _hookctl_completion ;;
    help) _hookctl_help ;;
  esac
}

complete -F _hookctl hookctl
