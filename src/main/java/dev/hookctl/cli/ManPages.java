package dev.hookctl.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes roff manual pages (section 1) from the command model: hookctl(1) with the command list
 * and exit codes, and one hookctl-COMMAND(1) per visible subcommand. docs/man/ holds the
 * generated pages; a test keeps them current. View one with {@code man -l docs/man/hookctl-lint.1}.
 */
final class ManPages {
    private ManPages() {}

    /** File name to page text, for the top command and each visible subcommand. */
    static Map<String, String> pages(CommandSpec top, String version) {
        Map<String, String> out = new LinkedHashMap<>();
        List<CommandSpec> subs = new ArrayList<>();
        for (var e : top.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (e.getKey().equals(sub.name()) && !sub.usageMessage().hidden()) {
                subs.add(sub);
            }
        }
        out.put("hookctl.1", page(top, subs, version));
        for (CommandSpec sub : subs) {
            out.put("hookctl-" + sub.name() + ".1", page(sub, List.of(), version));
        }
        return out;
    }

    private static String page(CommandSpec spec, List<CommandSpec> subs, String version) {
        String title = spec.qualifiedName("-");
        String[] description = spec.usageMessage().description();
        StringBuilder b = new StringBuilder();
        b.append(".\\\" Generated from the command model by hookctl's ManPages; do not edit.\n");
        b.append(".TH ").append(esc(title.toUpperCase(java.util.Locale.ROOT))).append(" 1 \"\" \"hookctl ")
                .append(esc(version)).append("\" \"hookctl manual\"\n");
        b.append(".SH NAME\n").append(esc(title)).append(" \\- ")
                .append(esc(description.length == 0 ? "" : strip(description[0]))).append('\n');
        b.append(".SH SYNOPSIS\n.B ").append(esc(spec.qualifiedName())).append('\n');
        if (!spec.options().isEmpty()) {
            b.append("[\\fIOPTIONS\\fR]\n");
        }
        if (!subs.isEmpty()) {
            b.append("\\fICOMMAND\\fR\n");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            boolean optional = p.arity().min() == 0;
            b.append(optional ? "[" : "").append("\\fI").append(esc(p.paramLabel())).append("\\fR")
                    .append(p.arity().max() > 1 ? "..." : "").append(optional ? "]" : "").append('\n');
        }
        b.append(".SH DESCRIPTION\n");
        for (String line : description) {
            b.append(esc(strip(line))).append("\n.br\n");
        }
        if (!subs.isEmpty()) {
            b.append(".SH COMMANDS\n");
            for (CommandSpec sub : subs) {
                b.append(".TP\n.B ").append(esc(sub.name())).append('\n');
                String[] d = sub.usageMessage().description();
                b.append(esc(d.length == 0 ? "" : strip(d[0]))).append(" See \\fBhookctl-")
                        .append(esc(sub.name())).append("\\fR(1).\n");
            }
        }
        if (!spec.positionalParameters().isEmpty()) {
            b.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : spec.positionalParameters()) {
                b.append(".TP\n.I ").append(esc(p.paramLabel())).append('\n').append(esc(text(p))).append('\n');
            }
        }
        if (!spec.options().isEmpty()) {
            b.append(".SH OPTIONS\n");
            for (OptionSpec o : spec.options()) {
                if (o.hidden()) {
                    continue;
                }
                b.append(".TP\n.B ").append(esc(String.join(", ", o.names())));
                if (o.arity().max() > 0) {
                    b.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
                }
                b.append('\n').append(esc(text(o))).append('\n');
            }
        }
        b.append(".SH EXIT STATUS\n");
        for (ExitCode c : ExitCode.values()) {
            b.append(".TP\n.B ").append(c.code()).append('\n').append(esc(c.meaning())).append('\n');
        }
        b.append(".SH SEE ALSO\n");
        b.append(spec.parent() == null ? "docs/lint.md, docs/ci.md, \\fBhookctl completion\\fR" : "\\fBhookctl\\fR(1)")
                .append('\n');
        return b.toString();
    }

    private static String text(ArgSpec a) {
        StringBuilder s = new StringBuilder();
        for (String line : a.description()) {
            s.append(s.length() == 0 ? "" : " ").append(line.replace("${DEFAULT-VALUE}",
                    a.defaultValue() == null ? "" : a.defaultValue()));
        }
        return strip(s.toString());
    }

    /** Drops picocli's %n line breaks and any ${...} variables that are left. */
    private static String strip(String s) {
        return s.replace("%n", " ").replaceAll("\\$\\{[^}]*}", "").trim();
    }

    /** Escapes roff: backslashes, and a leading dot or quote that would start a request. */
    private static String esc(String s) {
        String e = s.replace("\\", "\\e").replace("-", "\\-");
        return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
    }
}
