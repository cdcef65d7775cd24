# fish completion for hookctl. Generated from the command model by `hookctl completion fish`;
# do not edit. Use: copy to ~/.config/fish/completions/hookctl.fish.
# Flow, hook and environment names come from `hookctl __complete KIND` (current folder).

complete -c hookctl -f
complete -c hookctl -n __fish_use_subcommand -s h -l help -d 'Show this help message and exit.'
complete -c hookctl -n __fish_use_subcommand -s V -l version -d 'Print version information and exit.'
complete -c hookctl -n __fish_use_subcommand -a lint -d 'Check Promotion Flows, Products, Policies and hook templates for mistakes.'
complete -c hookctl -n __fish_use_subcommand -a rules -d 'List every lint rule, or explain one with a bad and a good example.'
complete -c hookctl -n __fish_use_subcommand -a completion -d 'Print the shell completion script for bash, zsh or fish.'

complete -c hookctl -n '__fish_seen_subcommand_from lint' -s v -l verbose -d 'Print stack traces of internal errors and more detail.'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -l no-color -d 'Never colour the output (colour is only used on a terminal; NO_COLOR is honoured).'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -l format -x -a 'text json sarif github junit' -d 'Output format: text, json, sarif, github or junit (default: text).'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -l output -r -F -d 'Write the report to FILE instead of standard output.'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -l fail-on -x -a 'error warning info never' -d 'Exit with 1 when a finding is at least this severe: error, warning, info or never (default: error).'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -l config -r -F -d 'Configuration file (default: the nearest .hookctl.yaml upwards, stopping at the Git root).'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -l no-config -d 'Ignore any .hookctl.yaml.'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -l changed-since -x -d 'Report only on files changed since the Git revision REV (git diff --name-only REV, plus untracked files).'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -s h -l help -d 'Show this help message and exit.'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -s V -l version -d 'Print version information and exit.'
complete -c hookctl -n '__fish_seen_subcommand_from lint' -r -F

complete -c hookctl -n '__fish_seen_subcommand_from rules' -s o -l output -x -d 'text, json or markdown (markdown is docs/rules.md) (default: text).'
complete -c hookctl -n '__fish_seen_subcommand_from rules' -s h -l help -d 'Show this help message and exit.'
complete -c hookctl -n '__fish_seen_subcommand_from rules' -s V -l version -d 'Print version information and exit.'

complete -c hookctl -n '__fish_seen_subcommand_from completion' -s h -l help -d 'Show this help message and exit.'
complete -c hookctl -n '__fish_seen_subcommand_from completion' -s V -l version -d 'Print version information and exit.'
complete -c hookctl -n '__fish_seen_subcommand_from completion' -x -a 'bash zsh fish'
