package dev.hookctl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Generates the bash, zsh and fish completion scripts from the command model, so every command,
 * option and parameter (including commands added later) completes without hand-written shell
 * code. What a value completes to is {@link ValueKind}'s decision: fixed choices, files, or flow,
 * hook and environment names that the script asks {@code hookctl __complete KIND} for, which
 * reads the manifests of the current folder (or the -f paths on the command line; with --flow,
 * the flow's hooks and environments).
 */
final class Completions {
    private Completions() {}

    /** The shells a script can be generated for. */
    static final List<String> SHELLS = List.of("bash", "zsh", "fish");

    static String script(String shell, CommandSpec top) {
        return switch (shell) {
            case "bash" -> bash(top);
            case "zsh" -> zsh(top);
            case "fish" -> fish(top);
            default -> throw new IllegalArgumentException(shell);
        };
    }

    /** The file a script is committed as, under completions/. */
    static String fileName(String shell) {
        return switch (shell) {
            case "bash" -> "hookctl.bash";
            case "zsh" -> "hookctl.zsh";
            case "fish" -> "hookctl.fish";
            default -> throw new IllegalArgumentException(shell);
        };
    }

    private static List<CommandSpec> visibleSubcommands(CommandSpec spec) {
        List<CommandSpec> out = new ArrayList<>();
        for (var e : spec.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            // aliases map to the same spec: list each command once, under its name
            if (e.getKey().equals(sub.name()) && !sub.usageMessage().hidden()) {
                out.add(sub);
            }
        }
        return out;
    }

    private static List<OptionSpec> visibleOptions(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.hidden()).toList();
    }

    private static String words(List<String> words) {
        return String.join(" ", words);
    }

    // ---------------------------------------------------------------- bash

    static String bash(CommandSpec top) {
        StringBuilder b = new StringBuilder();
        b.append("# bash completion for hookctl. Generated from the command model by `hookctl completion bash`;\n")
                .append("# do not edit (completions/ is regenerated and checked by the tests).\n")
                .append("# Use: source this file (e.g. from ~/.bashrc), or copy it to\n")
                .append("# ~/.local/share/bash-completion/completions/hookctl.\n")
                .append("# Flow, hook and environment names come from `hookctl __complete KIND`, which reads the\n")
                .append("# manifests under the current folder (or the command line's -f paths).\n\n");
        b.append("""
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

                """);
        for (CommandSpec sub : visibleSubcommands(top)) {
            b.append(bashCommand(sub));
        }
        b.append("_hookctl() {\n")
                .append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=\"\" cmd=\"\" cmd_at=0 i\n")
                .append("  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}\n")
                .append("  # --opt=value: bash splits at '=', so the option is two words back\n")
                .append("  if [[ $cur == = ]]; then cur=\"\"; elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then prev=${COMP_WORDS[COMP_CWORD - 2]}; fi\n")
                .append("  for ((i = 1; i < COMP_CWORD; i++)); do\n")
                .append("    case \"${COMP_WORDS[i]}\" in -*) ;; *) cmd=${COMP_WORDS[i]}; cmd_at=$i; break ;; esac\n")
                .append("  done\n")
                .append("  COMPREPLY=()\n")
                .append("  case \"$cmd\" in\n")
                .append("    \"\")\n")
                .append("      if [[ $cur == -* ]]; then _hookctl_reply \"")
                .append(words(optionNames(top))).append("\"; else _hookctl_reply \"")
                .append(words(visibleSubcommands(top).stream().map(CommandSpec::name).toList())).append("\"; fi ;;\n");
        for (CommandSpec sub : visibleSubcommands(top)) {
            List<String> names = new ArrayList<>(List.of(sub.name()));
            names.addAll(List.of(sub.aliases()));
            b.append("    ").append(String.join("|", names)).append(") _hookctl_").append(fn(sub)).append(" ;;\n");
        }
        b.append("  esac\n}\n\ncomplete -F _hookctl hookctl\n");
        return b.toString();
    }

    private static String fn(CommandSpec sub) {
        return sub.name().replaceAll("[^A-Za-z0-9]", "_");
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        for (OptionSpec o : visibleOptions(spec)) {
            out.addAll(List.of(o.names()));
        }
        return out;
    }

    private static String bashCommand(CommandSpec sub) {
        StringBuilder b = new StringBuilder("_hookctl_").append(fn(sub)).append("() {\n");
        List<String> valued = new ArrayList<>();
        StringBuilder cases = new StringBuilder();
        for (OptionSpec o : visibleOptions(sub)) {
            ValueKind kind = ValueKind.of(o);
            if (kind == ValueKind.NONE) {
                continue;
            }
            valued.addAll(List.of(o.names()));
            cases.append("    ").append(String.join("|", o.names())).append(") ").append(bashValue(o, kind))
                    .append("; return ;;\n");
        }
        if (cases.length() > 0) {
            b.append("  case \"$prev\" in\n").append(cases).append("  esac\n");
        }
        b.append("  if [[ $cur == -* ]]; then _hookctl_reply \"").append(words(optionNames(sub)))
                .append("\"; return; fi\n");
        List<PositionalParamSpec> positionals = sub.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        if (!positionals.isEmpty()) {
            b.append("  local pos\n  pos=$(_hookctl_position \"").append(words(valued)).append("\")\n");
            for (PositionalParamSpec p : positionals) {
                CommandLine.Range r = p.index();
                String test = r.isUnspecified() || r.max() == Integer.MAX_VALUE
                        ? "pos >= " + r.min() : "pos >= " + r.min() + " && pos <= " + r.max();
                b.append("  if ((").append(test).append(")); then ").append(bashValue(p, ValueKind.of(p)))
                        .append("; return; fi\n");
            }
        }
        b.append("}\n\n");
        return b.toString();
    }

    private static String bashValue(ArgSpec arg, ValueKind kind) {
        return switch (kind) {
            case CHOICES -> "_hookctl_reply \"" + words(ValueKind.candidates(arg)) + "\"";
            case FLOW, HOOK, ENVIRONMENT -> "_hookctl_names " + kind.listName().orElseThrow();
            case FILE -> "_hookctl_files";
            case NONE, TEXT -> ":";
        };
    }

    // ---------------------------------------------------------------- zsh

    /** zsh runs the bash script through its bash-completion emulation. */
    static String zsh(CommandSpec top) {
        return "# zsh completion for hookctl. Generated from the command model by `hookctl completion zsh`;\n"
                + "# do not edit. Use: source this file from ~/.zshrc (after compinit). It runs the bash\n"
                + "# completion through zsh's bashcompinit, so both shells complete the same way.\n"
                + "autoload -U +X compinit && compinit -C\n"
                + "autoload -U +X bashcompinit && bashcompinit\n\n"
                + bash(top).lines().dropWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
    }

    // ---------------------------------------------------------------- fish

    static String fish(CommandSpec top) {
        StringBuilder b = new StringBuilder();
        b.append("# fish completion for hookctl. Generated from the command model by `hookctl completion fish`;\n")
                .append("# do not edit. Use: copy to ~/.config/fish/completions/hookctl.fish.\n")
                .append("# Flow, hook and environment names come from `hookctl __complete KIND` (current folder,\n")
                .append("# or the command line's -f paths).\n\n")
                .append("complete -c hookctl -f\n");
        for (OptionSpec o : visibleOptions(top)) {
            b.append(fishOption("__fish_use_subcommand", o)).append('\n');
        }
        for (CommandSpec sub : visibleSubcommands(top)) {
            b.append("complete -c hookctl -n __fish_use_subcommand -a ").append(sub.name()).append(" -d ")
                    .append(fishQuote(summary(sub.usageMessage().description()))).append('\n');
        }
        for (CommandSpec sub : visibleSubcommands(top)) {
            String cond = "'__fish_seen_subcommand_from " + sub.name()
                    + (sub.aliases().length == 0 ? "" : " " + String.join(" ", sub.aliases())) + "'";
            b.append('\n');
            for (OptionSpec o : visibleOptions(sub)) {
                b.append(fishOption(cond, o)).append('\n');
            }
            for (PositionalParamSpec p : sub.positionalParameters()) {
                if (p.hidden()) {
                    continue;
                }
                String values = fishValues(p, ValueKind.of(p));
                if (!values.isEmpty()) {
                    b.append("complete -c hookctl -n ").append(cond).append(values).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String fishOption(String condition, OptionSpec o) {
        StringBuilder b = new StringBuilder("complete -c hookctl -n ").append(condition);
        for (String name : o.names()) {
            if (name.startsWith("--")) {
                b.append(" -l ").append(name.substring(2));
            } else if (name.length() == 2) {
                b.append(" -s ").append(name.substring(1));
            } else {
                b.append(" -o ").append(name.substring(1));
            }
        }
        b.append(fishValues(o, ValueKind.of(o)));
        b.append(" -d ").append(fishQuote(summary(o.description())));
        return b.toString();
    }

    private static String fishValues(ArgSpec arg, ValueKind kind) {
        return switch (kind) {
            case NONE -> "";
            case CHOICES -> " -x -a " + fishQuote(words(ValueKind.candidates(arg)));
            case FLOW, HOOK, ENVIRONMENT -> " -x -a " + fishQuote("(hookctl __complete "
                    + kind.listName().orElseThrow() + " -- (commandline -opc) 2>/dev/null)");
            case FILE -> " -r -F";
            case TEXT -> arg.isOption() ? " -x" : "";
        };
    }

    /** The first sentence of a description, without picocli's ${...} variables. */
    private static String summary(String[] description) {
        if (description.length == 0) {
            return "";
        }
        String s = description[0].replaceAll("\\s*\\(default: \\$\\{DEFAULT-VALUE}\\)", "")
                .replaceAll("\\$\\{[^}]*}", "");
        int dot = s.indexOf(". ");
        s = dot > 0 ? s.substring(0, dot + 1) : s;
        return s;
    }

    private static String fishQuote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
