# bash completion for hookctl. Generated from the command model by `hookctl completion bash`;
# do not edit (completions/ is regenerated and checked by the tests).
# Use: source this file (e.g. from ~/.bashrc), or copy it to
# ~/.local/share/bash-completion/completions/hookctl.
# Flow, hook and environment names come from `hookctl __complete KIND`, which reads the
# manifests under the current folder.

_hookctl_reply() {
  COMPREPLY=($(compgen -W "$1" -- "$cur"))
}

_hookctl_files() {
  compopt -o filenames 2>/dev/null || true
  COMPREPLY=($(compgen -f -- "$cur"))
}

_hookctl_names() {
  COMPREPLY=($(compgen -W "$(hookctl __complete "$1" 2>/dev/null)" -- "$cur"))
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
    --format) _hookctl_reply "text json sarif github junit"; return ;;
    --output) _hookctl_files; return ;;
    --fail-on) _hookctl_reply "error warning info never"; return ;;
    --config) _hookctl_files; return ;;
    --changed-since) :; return ;;
    --kubeconfig) _hookctl_files; return ;;
    --context) :; return ;;
    --request-timeout) :; return ;;
    -n|--namespace) :; return ;;
  esac
  if [[ $cur == -* ]]; then _hookctl_reply "-v --verbose --no-color -f --file --format --output --fail-on --config --no-config --changed-since --cluster --kubeconfig --context --request-timeout -n --namespace -h --help -V --version"; return; fi
  local pos
  pos=$(_hookctl_position "-f --file --format --output --fail-on --config --changed-since --kubeconfig --context --request-timeout -n --namespace")
  if ((pos >= 0)); then _hookctl_files; return; fi
}

_hookctl_rules() {
  case "$prev" in
    -o|--output) :; return ;;
  esac
  if [[ $cur == -* ]]; then _hookctl_reply "-o --output -h --help -V --version"; return; fi
  local pos
  pos=$(_hookctl_position "-o --output")
  if ((pos >= 0 && pos <= 0)); then :; return; fi
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
    -o|--output) :; return ;;
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
    -o|--output) :; return ;;
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
    -o|--output) :; return ;;
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
    -o|--output) :; return ;;
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
      if [[ $cur == -* ]]; then _hookctl_reply "-h --help -V --version"; else _hookctl_reply "lint rules render simulate graph fire completion"; fi ;;
    lint) _hookctl_lint ;;
    rules) _hookctl_rules ;;
    render) _hookctl_render ;;
    simulate) _hookctl_simulate ;;
    graph) _hookctl_graph ;;
    fire) _hookctl_fire ;;
    completion) _hookctl_completion ;;
  esac
}

complete -F _hookctl hookctl
