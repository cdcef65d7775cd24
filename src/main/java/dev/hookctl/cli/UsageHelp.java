package dev.hookctl.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;

/**
 * hookctl's own renderer of picocli's usage help sections, producing the same text as picocli's
 * default renderers, byte for byte, ANSI styles included.
 *
 * <p>picocli lays out help with {@code Help.TextTable}, which finds line breaks with
 * {@code java.text.BreakIterator} (the first use loads the locale providers and reads the break
 * rules from the runtime image) and formats every line with {@code String.format}; on a cold JVM
 * that was a third of {@code hookctl --help}. This class lays the same columns out itself and
 * breaks lines by the rules the JDK's line iterator applies to the characters hookctl's texts use
 * ({@link #nextBreak}). Whatever it does not know how to render identically (markup, format
 * specifiers other than {@code %n} and {@code %%}, characters outside its break rules, argument
 * groups, custom synopses, default-value rows, ...) is left to picocli's renderer for that
 * section, so help is never rendered differently, only more slowly. {@code UsageHelpTest} compares
 * both renderings for every hookctl command at several widths, with and without colour.
 */
final class UsageHelp {
    private UsageHelp() {}

    /**
     * Makes the command and every subcommand it has now render their help through this class
     * (picocli copies the section map only to subcommands present at the time).
     */
    static void install(CommandLine cl) {
        Map<String, IHelpSectionRenderer> sections = new HashMap<>();
        for (Map.Entry<String, IHelpSectionRenderer> e : cl.getHelpSectionMap().entrySet()) {
            IHelpSectionRenderer fallback = e.getValue() instanceof Section s ? s.fallback : e.getValue();
            sections.put(e.getKey(), new Section(e.getKey(), fallback));
        }
        cl.setHelpSectionMap(sections);
    }

    /** Whether a command renders its help through this class. */
    static boolean installedOn(CommandLine cl) {
        for (IHelpSectionRenderer r : cl.getHelpSectionMap().values()) {
            if (!(r instanceof Section)) {
                return false;
            }
        }
        return !cl.getHelpSectionMap().isEmpty();
    }

    /** Thrown (without a stack trace) when a section holds something only picocli renders correctly. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** One section: ours when we can render it identically, else picocli's. */
    static final class Section implements IHelpSectionRenderer {
        private final int kind;
        final IHelpSectionRenderer fallback;

        Section(String key, IHelpSectionRenderer fallback) {
            this.kind = kindOf(key);
            this.fallback = fallback;
        }

        @Override
        public String render(Help help) {
            if (kind < 0 || help.getClass() != Help.class) {
                return fallback.render(help);
            }
            try {
                return new Rendering(help).section(kind);
            } catch (Unsupported e) {
                return fallback.render(help);
            }
        }

        /** What picocli's renderer would be used for, for tests; null when ours renders the section. */
        String unsupported(Help help) {
            if (kind < 0 || help.getClass() != Help.class) {
                return "section";
            }
            try {
                new Rendering(help).section(kind);
                return null;
            } catch (Unsupported e) {
                return e.getMessage();
            }
        }
    }

    private static final int HEADER_HEADING = 0;
    private static final int HEADER = 1;
    private static final int SYNOPSIS_HEADING = 2;
    private static final int SYNOPSIS = 3;
    private static final int DESCRIPTION_HEADING = 4;
    private static final int DESCRIPTION = 5;
    private static final int PARAMETER_LIST_HEADING = 6;
    private static final int AT_FILE_PARAMETER = 7;
    private static final int PARAMETER_LIST = 8;
    private static final int OPTION_LIST_HEADING = 9;
    private static final int OPTION_LIST = 10;
    private static final int END_OF_OPTIONS = 11;
    private static final int COMMAND_LIST_HEADING = 12;
    private static final int COMMAND_LIST = 13;
    private static final int EXIT_CODE_LIST_HEADING = 14;
    private static final int EXIT_CODE_LIST = 15;
    private static final int FOOTER_HEADING = 16;
    private static final int FOOTER = 17;

    private static int kindOf(String key) {
        switch (key) {
            case UsageMessageSpec.SECTION_KEY_HEADER_HEADING: return HEADER_HEADING;
            case UsageMessageSpec.SECTION_KEY_HEADER: return HEADER;
            case UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING: return SYNOPSIS_HEADING;
            case UsageMessageSpec.SECTION_KEY_SYNOPSIS: return SYNOPSIS;
            case UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING: return DESCRIPTION_HEADING;
            case UsageMessageSpec.SECTION_KEY_DESCRIPTION: return DESCRIPTION;
            case UsageMessageSpec.SECTION_KEY_PARAMETER_LIST_HEADING: return PARAMETER_LIST_HEADING;
            case UsageMessageSpec.SECTION_KEY_AT_FILE_PARAMETER: return AT_FILE_PARAMETER;
            case UsageMessageSpec.SECTION_KEY_PARAMETER_LIST: return PARAMETER_LIST;
            case UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING: return OPTION_LIST_HEADING;
            case UsageMessageSpec.SECTION_KEY_OPTION_LIST: return OPTION_LIST;
            case UsageMessageSpec.SECTION_KEY_END_OF_OPTIONS: return END_OF_OPTIONS;
            case UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING: return COMMAND_LIST_HEADING;
            case UsageMessageSpec.SECTION_KEY_COMMAND_LIST: return COMMAND_LIST;
            case UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING: return EXIT_CODE_LIST_HEADING;
            case UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST: return EXIT_CODE_LIST;
            case UsageMessageSpec.SECTION_KEY_FOOTER_HEADING: return FOOTER_HEADING;
            case UsageMessageSpec.SECTION_KEY_FOOTER: return FOOTER;
            default: return -1;
        }
    }

    /** The rendering of one section for one {@link Help}. */
    private static final class Rendering {
        private final Help help;
        private final CommandSpec spec;
        private final UsageMessageSpec usage;
        private final Help.ColorScheme scheme;
        private final int width;

        Rendering(Help help) {
            this.help = help;
            this.spec = help.commandSpec();
            this.usage = spec.usageMessage();
            this.scheme = help.colorScheme();
            if (usage.autoWidth()) {
                throw new Unsupported("terminal width detection");
            }
            this.width = usage.width();
        }

        String section(int kind) {
            switch (kind) {
                case HEADER_HEADING: return heading(usage.headerHeading());
                case HEADER: return lines(usage.header());
                case SYNOPSIS_HEADING: return heading(usage.synopsisHeading());
                case SYNOPSIS: return synopsis();
                case DESCRIPTION_HEADING: return blank(usage.descriptionHeading()) ? "" : heading(usage.descriptionHeading());
                case DESCRIPTION: return lines(usage.description());
                case PARAMETER_LIST_HEADING:
                    noAtFile();
                    return spec.positionalParameters().isEmpty() ? "" : heading(usage.parameterListHeading());
                case AT_FILE_PARAMETER:
                    noAtFile();
                    return "";
                case PARAMETER_LIST: return parameterList();
                case OPTION_LIST_HEADING:
                    noEndOfOptions();
                    return visible(spec.options()).isEmpty() ? "" : heading(usage.optionListHeading());
                case OPTION_LIST: return optionList();
                case END_OF_OPTIONS:
                    noEndOfOptions();
                    return "";
                case COMMAND_LIST_HEADING: return help.subcommands().isEmpty() ? "" : heading(usage.commandListHeading());
                case COMMAND_LIST: return commandList();
                case EXIT_CODE_LIST_HEADING: return heading(usage.exitCodeListHeading());
                case EXIT_CODE_LIST:
                    if (!usage.exitCodeList().isEmpty()) {
                        throw new Unsupported("exit code list");
                    }
                    return "";
                case FOOTER_HEADING: return heading(usage.footerHeading());
                case FOOTER: return lines(usage.footer());
                default: throw new Unsupported("section");
            }
        }

        private void noAtFile() {
            if (spec.parser().expandAtFiles() && usage.showAtFileInUsageHelp()) {
                throw new Unsupported("@-file parameter");
            }
        }

        private void noEndOfOptions() {
            if (usage.showEndOfOptionsDelimiterInUsageHelp()) {
                throw new Unsupported("end-of-options delimiter");
            }
        }

        private void noGroups() {
            if (!spec.argGroups().isEmpty()) {
                throw new Unsupported("argument groups");
            }
        }

        // ---- texts: headings, header, description, footer

        /** A heading: its lines laid out, the last line end dropped, its trailing spaces kept. */
        private String heading(String text) {
            Table table = Table.oneColumn(width, 0);
            addLines(table, text);
            String s = table.render(ansi());
            String eol = lineSeparator();
            if (s.endsWith(eol)) {
                s = s.substring(0, s.length() - eol.length());
            }
            int trailing = 0;
            for (int i = text == null ? -1 : text.length() - 1; i >= 0 && text.charAt(i) == ' '; i--) {
                trailing++;
            }
            return trailing == 0 ? s : s + " ".repeat(trailing);
        }

        private String lines(String[] texts) {
            if (texts == null) {
                return "";
            }
            Table table = Table.oneColumn(width, 0);
            for (String text : texts) {
                addLines(table, text);
            }
            return table.render(ansi());
        }

        private void addLines(Table table, String text) {
            for (String line : splitLines(formatted(text))) {
                table.addRow(new Styled[] {Styled.plain(line)});
            }
        }

        // ---- synopsis

        private String synopsis() {
            if (usage.customSynopsis() != null && usage.customSynopsis().length > 0) {
                throw new Unsupported("custom synopsis");
            }
            if (usage.abbreviateSynopsis() || !usage.sortSynopsis()) {
                throw new Unsupported("synopsis style");
            }
            noGroups();
            noEndOfOptions();
            noAtFile();
            int headingLength = synopsisHeadingLength();
            String name = spec.qualifiedName();
            Styled.Builder b = new Styled.Builder();
            b.plain("X".repeat(headingLength)).styled(name, style(scheme.commandStyles()));

            List<OptionSpec> options = new ArrayList<>(spec.options());
            options.sort(ARITY_THEN_NAME);
            StringBuilder cluster = new StringBuilder("-");
            List<OptionSpec> rest = new ArrayList<>();
            for (OptionSpec o : options) {
                if (o.hidden()) {
                    continue;
                }
                supported(o);
                String shortest = o.shortestName();
                boolean clustered = spec.parser().posixClusteredShortOptionsAllowed() && o.typeInfo().isBoolean()
                        && o.arity().max() <= 0 && shortest.length() == 2 && shortest.startsWith("-");
                if (clustered) {
                    cluster.append(shortest.substring(1));
                } else {
                    rest.add(o);
                }
            }
            if (cluster.length() > 1) {
                b.plain(" [").styled(cluster.toString(), style(scheme.optionStyles())).plain("]");
            }
            for (OptionSpec o : rest) {
                b.plain(" [").styled(o.shortestName(), style(scheme.optionStyles()));
                optionLabel(b, o);
                b.plain("]");
                if (o.isMultiValue()) {
                    b.plain("...");
                }
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if (!p.hidden()) {
                    supported(p);
                    b.plain(" ");
                    positionalLabel(b, p);
                }
            }
            if (!spec.subcommands().isEmpty()) {
                String label = usage.synopsisSubcommandLabel();
                noMarkup(label);
                b.plain(" ").plain(label);
            }

            int indent = headingLength + name.length() + 1;
            if (indent > usage.synopsisAutoIndentThreshold() * width) {
                indent = usage.synopsisIndent() < 0 ? headingLength : usage.synopsisIndent();
                indent = Math.min(indent, (int) (0.9 * width));
            }
            Table table = Table.oneColumn(width, indent);
            table.addRow(new Styled[] {b.build()});
            return table.render(ansi()).substring(headingLength);
        }

        /** The length of the synopsis heading's last line, which the synopsis continues. */
        private int synopsisHeadingLength() {
            String h = usage.synopsisHeading();
            noMarkup(h);
            int start = 0;
            for (int i = 0; i < h.length(); i++) {
                char c = h.charAt(i);
                if (c == '\n' || c == '\r') {
                    start = i + 1;
                } else if (c == '%' && i + 1 < h.length() && h.charAt(i + 1) == 'n') {
                    start = i + 2;
                    i++;
                }
            }
            return h.length() - start;
        }

        // ---- option and parameter lists

        private String optionList() {
            noGroups();
            noAtFile();
            if (!usage.sortOptions()) {
                throw new Unsupported("unsorted options");
            }
            List<OptionSpec> options = visible(spec.options());
            options.sort(NAME);
            Table table = listTable();
            for (OptionSpec o : options) {
                supported(o);
                String[] names = shortestFirst(o.names());
                boolean hasShort = names[0].length() == 2;
                String shortName = hasShort ? names[0] : "";
                String separator = hasShort && names.length > 1 ? "," : "";
                Styled.Builder longNames = longOptionText(o, names, hasShort);
                addDescribedRow(table, new Styled[] {Styled.EMPTY, styled(shortName, scheme.optionStyles()),
                        Styled.plain(separator), longNames.build(), null}, o.description());
            }
            return table.render(ansi());
        }

        private Styled.Builder longOptionText(OptionSpec o, String[] names, boolean hasShort) {
            StringBuilder longNames = new StringBuilder();
            for (int i = hasShort ? 1 : 0; i < names.length; i++) {
                longNames.append(longNames.length() == 0 ? "" : ", ").append(names[i]);
            }
            if (longNames.length() == 0 && o.arity().max() > 0) {
                throw new Unsupported("short option with a parameter and no long name");
            }
            Styled.Builder b = new Styled.Builder().styled(longNames.toString(), style(scheme.optionStyles()));
            optionLabel(b, o);
            return b;
        }

        private String parameterList() {
            noGroups();
            noAtFile();
            Table table = listTable();
            String marker = String.valueOf(usage.requiredOptionMarker());
            for (PositionalParamSpec p : visible(spec.positionalParameters())) {
                supported(p);
                Styled.Builder label = new Styled.Builder();
                positionalLabel(label, p);
                addDescribedRow(table, new Styled[] {styled(p.arity().min() > 0 ? marker : "", scheme.parameterStyles()),
                        Styled.EMPTY, Styled.EMPTY, label.build(), null}, p.description());
            }
            return table.render(ansi());
        }

        /** Adds an option's or parameter's rows: its columns and first description line, then the others. */
        private void addDescribedRow(Table table, Styled[] first, String[] description) {
            List<String> lines = new ArrayList<>();
            for (String d : description) {
                noMarkup(d);
                for (String line : splitLines(d)) {
                    lines.add(line);
                }
            }
            first[4] = lines.isEmpty() ? Styled.EMPTY : Styled.plain(lines.get(0));
            table.addRow(first);
            for (int i = 1; i < lines.size(); i++) {
                table.addRow(new Styled[] {Styled.EMPTY, Styled.EMPTY, Styled.EMPTY, Styled.EMPTY, Styled.plain(lines.get(i))});
            }
        }

        /** picocli's option list columns: marker, short name, comma, long names and label, description. */
        private Table listTable() {
            int longWidth = longColumnWidth();
            return new Table(new int[] {2, 2, 1, longWidth, width - 5 - longWidth}, new int[] {0, 0, 0, 1, 1},
                    new int[] {Table.TRUNCATE, Table.SPAN, Table.TRUNCATE, Table.SPAN, Table.WRAP}, 2);
        }

        /** The long-name column fits every long name and label shorter than the usage's maximum. */
        private int longColumnWidth() {
            int limit = usage.longOptionsMaxWidth() + 1;
            int max = 0;
            for (OptionSpec o : visible(spec.options())) {
                supported(o);
                String[] names = shortestFirst(o.names());
                int length = longOptionText(o, names, names[0].length() == 2).length();
                if (length < limit) {
                    max = Math.max(max, length);
                }
            }
            for (PositionalParamSpec p : visible(spec.positionalParameters())) {
                supported(p);
                Styled.Builder label = new Styled.Builder();
                positionalLabel(label, p);
                if (label.length() < limit) {
                    max = Math.max(max, label.length());
                }
            }
            return max + 3;
        }

        private void supported(ArgSpec arg) {
            if (arg.hideParamSyntax() || (arg.splitRegex() != null && !arg.splitRegex().isEmpty())) {
                throw new Unsupported("parameter syntax");
            }
            if (arg.showDefaultValue() == Help.Visibility.ALWAYS
                    || (usage.showDefaultValues() && arg.showDefaultValue() != Help.Visibility.NEVER)) {
                throw new Unsupported("default value rows");
            }
            if (arg instanceof OptionSpec o && (o.negatable() || o.required() || o.originallyRequired())) {
                throw new Unsupported("negatable or required option");
            }
        }

        /** {@code =LABEL} after an option that takes one value; nothing after a flag. */
        private void optionLabel(Styled.Builder b, OptionSpec o) {
            Range arity = o.arity();
            if (arity.max() == 0) {
                return;
            }
            if (arity.min() != 1 || arity.max() != 1 || arity.isVariable()) {
                throw new Unsupported("option arity " + arity);
            }
            b.plain(spec.parser().separator()).styled(o.paramLabel(), style(scheme.optionParamStyles()));
        }

        /** {@code LABEL}, {@code [LABEL]}, {@code LABEL...} or {@code [LABEL...]}. */
        private void positionalLabel(Styled.Builder b, PositionalParamSpec p) {
            Range arity = p.arity();
            Range index = p.index();
            boolean variable;
            int min;
            if (arity.max() == 0) {
                throw new Unsupported("positional without values");
            } else if (index.min() == index.max() && !index.isVariable()) {
                variable = arity.isVariable();
                min = arity.min();
                if (!variable && arity.max() != 1) {
                    throw new Unsupported("positional arity " + arity);
                }
            } else if (p.isMultiValue() && index.isVariable()) {
                variable = true;
                min = arity.min();
            } else {
                throw new Unsupported("positional index " + index);
            }
            if (min > 1) {
                throw new Unsupported("positional arity " + arity);
            }
            String open = min == 0 ? "[" : "";
            b.plain(open).styled(p.paramLabel(), style(scheme.parameterStyles())).plain(variable ? "..." : "")
                    .plain(min == 0 ? "]" : "");
        }

        // ---- subcommands

        private String commandList() {
            Map<String, Help> subcommands = help.subcommands();
            if (subcommands.isEmpty()) {
                return "";
            }
            int longest = 0;
            for (String key : subcommands.keySet()) {
                longest = Math.max(longest, key.length());
            }
            int nameWidth = Math.min(longest, width / 2) + 2;
            Table table = new Table(new int[] {nameWidth, width - nameWidth}, new int[] {2, 2},
                    new int[] {Table.SPAN, Table.WRAP}, 2);
            for (Map.Entry<String, Help> e : subcommands.entrySet()) {
                if (e.getKey().indexOf(',') >= 0) {
                    throw new Unsupported("command aliases");
                }
                UsageMessageSpec sub = e.getValue().commandSpec().usageMessage();
                String summary = sub.header() != null && sub.header().length > 0 ? sub.header()[0]
                        : sub.description() != null && sub.description().length > 0 ? sub.description()[0] : "";
                List<String> lines = splitLines(formatted(summary));
                for (int i = 0; i < lines.size(); i++) {
                    table.addRow(new Styled[] {i == 0 ? styled(e.getKey(), scheme.commandStyles()) : Styled.EMPTY,
                            Styled.plain(lines.get(i))});
                }
            }
            return table.render(ansi());
        }

        // ---- helpers

        private boolean ansi() {
            return scheme.ansi().enabled();
        }

        private Styled styled(String text, List<IStyle> styles) {
            return new Styled.Builder().styled(text, style(styles)).build();
        }

        /** The escape codes picocli puts around text of these styles. */
        private String[] style(List<IStyle> styles) {
            StringBuilder on = new StringBuilder();
            StringBuilder off = new StringBuilder();
            for (int i = 0; i < styles.size(); i++) {
                on.append(styles.get(i).on());
                off.append(styles.get(styles.size() - 1 - i).off());
            }
            off.append(scheme.resetStyle().off());
            return new String[] {on.toString(), off.toString()};
        }
    }

    private static <T extends ArgSpec> List<T> visible(List<T> args) {
        List<T> result = new ArrayList<>();
        for (T a : args) {
            if (!a.hidden()) {
                result.add(a);
            }
        }
        return result;
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

    private static String lineSeparator() {
        return System.getProperty("line.separator");
    }

    private static void noMarkup(String text) {
        if (text != null && text.contains("@|")) {
            throw new Unsupported("markup");
        }
    }

    /** What {@code String.format(text)} gives for the only specifiers hookctl's texts use. */
    static String formatted(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('%') < 0) {
            noMarkup(text);
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                sb.append(c);
            } else if (i + 1 < text.length() && text.charAt(i + 1) == 'n') {
                sb.append(System.lineSeparator());
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '%') {
                sb.append('%');
                i++;
            } else {
                throw new Unsupported("format specifier");
            }
        }
        String result = sb.toString();
        noMarkup(result);
        return result;
    }

    /** Lines split at CR LF, LF or CR; always at least one. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static String[] shortestFirst(String[] names) {
        String[] sorted = names.clone();
        Arrays.sort(sorted, SHORTEST_FIRST);
        return sorted;
    }

    private static final Comparator<String> SHORTEST_FIRST = new Comparator<String>() {
        @Override
        public int compare(String a, String b) {
            return a.length() - b.length();
        }
    };

    /** picocli's option order: by shortest name without its dashes, case-insensitively, lower case first. */
    private static final Comparator<OptionSpec> NAME = new Comparator<OptionSpec>() {
        @Override
        public int compare(OptionSpec o1, OptionSpec o2) {
            String s1 = withoutPrefix(o1.shortestName());
            String s2 = withoutPrefix(o2.shortestName());
            int result = s1.toUpperCase().compareTo(s2.toUpperCase());
            result = result == 0 ? -s1.compareTo(s2) : result;
            return o1.help() == o2.help() ? result : o2.help() ? -1 : 1;
        }
    };

    /** picocli's synopsis order: flags first, then by arity, single before repeatable, then by name. */
    private static final Comparator<OptionSpec> ARITY_THEN_NAME = new Comparator<OptionSpec>() {
        @Override
        public int compare(OptionSpec o1, OptionSpec o2) {
            int result = o1.arity().max() - o2.arity().max();
            if (result == 0) {
                result = o1.arity().min() - o2.arity().min();
            }
            if (result == 0 && o1.isMultiValue() != o2.isMultiValue()) {
                result = o1.isMultiValue() ? 1 : -1;
            }
            return result == 0 ? NAME.compare(o1, o2) : result;
        }
    };

    private static String withoutPrefix(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isJavaIdentifierPart(name.charAt(i))) {
                return name.substring(i);
            }
        }
        return name;
    }

    // ---- line breaking

    /*
     * The JDK's line iterator (java.text.BreakIterator.getLineInstance) puts a break after each
     * "word": opening brackets, then a run of ordinary characters or a number (digits with single
     * '.' or ',' between them), then closing punctuation, then spaces. picocli hides '-' from it, so
     * a hyphen is an ordinary character. The iterator's state machine does more than that around
     * quotes, empty brackets and other punctuation; texts with those are refused (Unsupported),
     * and UsageHelpTest checks these rules against the JDK on random strings of the characters
     * allowed here.
     */

    private static final int OTHER = 0;
    private static final int ORDINARY = 1;
    private static final int OPENING = 2;
    private static final int CLOSING = 3;
    private static final int SPACE = 4;
    private static final int QUOTE = 5;

    private static final byte[] CLASS = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            CLASS[c] = ORDINARY;
            CLASS[c - 'a' + 'A'] = ORDINARY;
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = ORDINARY;
        }
        for (char c : "*/<=>@|~_-#&+^`\\".toCharArray()) {
            CLASS[c] = ORDINARY;
        }
        for (char c : "([{".toCharArray()) {
            CLASS[c] = OPENING;
        }
        for (char c : ")]}.,:;".toCharArray()) {
            CLASS[c] = CLOSING;
        }
        CLASS[' '] = SPACE;
        CLASS['\''] = QUOTE;
    }

    private static int classOf(char c) {
        return c < 128 ? CLASS[c] : OTHER;
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }

    /** Refuses text whose line breaks these rules might not find as the JDK does. */
    static void checkBreakable(CharSequence s, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            int k = classOf(c);
            if (k == OTHER) {
                throw new Unsupported("character U+" + Integer.toHexString(c));
            }
            char next = i + 1 < end ? s.charAt(i + 1) : ' ';
            if (k == OPENING && classOf(next) == CLOSING) {
                throw new Unsupported("empty brackets");
            }
            if (k == QUOTE) {
                char prev = i > from ? s.charAt(i - 1) : ' ';
                if (!(prev == ' ' || letter(prev)) || !(next == ' ' || letter(next) || classOf(next) == CLOSING)) {
                    throw new Unsupported("quote");
                }
            }
        }
    }

    /** The end of the word that starts at {@code from}: where the JDK's line iterator breaks next. */
    static int nextBreak(CharSequence s, int from, int end) {
        int i = from;
        while (i < end && classOf(s.charAt(i)) == OPENING) {
            i++;
        }
        int core = i;
        while (i < end && (classOf(s.charAt(i)) == ORDINARY || classOf(s.charAt(i)) == QUOTE)) {
            i++;
        }
        int result = afterSuffix(s, i, end);
        int n = core;
        if (n < end && digit(s.charAt(n))) {
            while (n < end && digit(s.charAt(n))) {
                n++;
            }
            while (n + 1 < end && (s.charAt(n) == '.' || s.charAt(n) == ',') && digit(s.charAt(n + 1))) {
                n++;
                while (n < end && digit(s.charAt(n))) {
                    n++;
                }
            }
            result = Math.max(result, afterSuffix(s, n, end));
        }
        return result;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int afterSuffix(CharSequence s, int i, int end) {
        while (i < end && classOf(s.charAt(i)) == CLOSING) {
            i++;
        }
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // ---- styled text and the table

    /** Text with styled ranges, each with the escape codes that open and close it. */
    static final class Styled {
        static final Styled EMPTY = new Styled("", new Span[0]);

        final String text;
        final Span[] spans;

        private Styled(String text, Span[] spans) {
            this.text = text;
            this.spans = spans;
        }

        static Styled plain(String text) {
            return new Styled(text, new Span[0]);
        }

        static final class Builder {
            private final StringBuilder text = new StringBuilder();
            private final List<Span> spans = new ArrayList<>();

            Builder plain(String s) {
                text.append(s);
                return this;
            }

            Builder styled(String s, String[] style) {
                if (!s.isEmpty()) {
                    spans.add(new Span(text.length(), s.length(), style[0], style[1]));
                    text.append(s);
                }
                return this;
            }

            int length() {
                return text.length();
            }

            Styled build() {
                return new Styled(text.toString(), spans.toArray(new Span[0]));
            }
        }
    }

    /** A styled range; in a cell it may reach past the cell's text (as picocli's do). */
    static final class Span {
        final int start;
        final int length;
        final String on;
        final String off;

        Span(int start, int length, String on, String off) {
            this.start = start;
            this.length = length;
            this.on = on;
            this.off = off;
        }
    }

    /** One cell of the table: at most its column's width of text. */
    private static final class Cell {
        final int max;
        final StringBuilder text = new StringBuilder();
        final List<Span> spans = new ArrayList<>();

        Cell(int max) {
            this.max = max;
        }

        /** Copies {@code length} characters of the value from {@code from}, starting at column {@code offset}. */
        void copy(Styled value, int from, int length, int offset) {
            while (text.length() < offset) {
                text.append(' ');
            }
            int at = text.length();
            for (Span span : value.spans) {
                if (span.start < from + length && span.start + span.length > from) {
                    spans.add(new Span(span.start - from + at, span.length, span.on, span.off));
                }
            }
            text.append(value.text, from, from + length);
        }

        void appendTo(StringBuilder out, boolean ansi) {
            if (!ansi || spans.isEmpty()) {
                out.append(text);
                return;
            }
            Span current = null;
            for (int i = 0; i < text.length(); i++) {
                Span span = null;
                for (Span s : spans) {
                    if (i >= s.start && i < s.start + s.length) {
                        span = s;
                        break;
                    }
                }
                if (span != current) {
                    if (current != null) {
                        out.append(current.off);
                    }
                    if (span != null) {
                        out.append(span.on);
                    }
                    current = span;
                }
                out.append(text.charAt(i));
            }
            if (current != null) {
                out.append(current.off);
            }
        }
    }

    /**
     * Columns of text as picocli lays help out: a value truncated to its column, spanning into the
     * next columns, or wrapped onto further rows at line breaks (indented by {@code wrapIndent}).
     */
    private static final class Table {
        static final int TRUNCATE = 0;
        static final int SPAN = 1;
        static final int WRAP = 2;

        private final int[] widths;
        private final int[] indents;
        private final int[] overflows;
        private final int wrapIndent;
        private final List<Cell> cells = new ArrayList<>();

        Table(int[] widths, int[] indents, int[] overflows, int wrapIndent) {
            this.widths = widths;
            this.indents = indents;
            this.overflows = overflows;
            this.wrapIndent = wrapIndent;
        }

        static Table oneColumn(int width, int wrapIndent) {
            return new Table(new int[] {width}, new int[] {0}, new int[] {WRAP}, wrapIndent);
        }

        private int rows() {
            return cells.size() / widths.length;
        }

        private void addEmptyRow() {
            for (int width : widths) {
                cells.add(new Cell(width));
            }
        }

        private Cell cell(int row, int col) {
            return cells.get(row * widths.length + col);
        }

        void addRow(Styled[] values) {
            addEmptyRow();
            for (int col = 0; col < values.length; col++) {
                int row = rows() - 1;
                long end = put(row, col, values[col]);
                if ((end != (((long) row) << 32 | col)) && col != values.length - 1) {
                    addEmptyRow();
                }
            }
        }

        /** Writes a value from a cell on; returns the last row and column written, packed. */
        private long put(int row, int col, Styled value) {
            if (value.text.isEmpty()) {
                return ((long) row) << 32 | col;
            }
            int indent = indents[col];
            int from = 0;
            int left = value.text.length();
            switch (overflows[col]) {
                case TRUNCATE:
                    copy(value, from, left, cell(row, col), indent);
                    return ((long) row) << 32 | col;
                case SPAN: {
                    int first = col;
                    while (true) {
                        boolean last = col == widths.length - 1;
                        int written = last ? wrap(value, from, left, cell(row, col), indent)
                                : copy(value, from, left, cell(row, col), indent);
                        from += written;
                        left -= written;
                        indent = 0;
                        if (left == 0) {
                            return ((long) row) << 32 | col;
                        }
                        col++;
                        if (col >= widths.length) {
                            addEmptyRow();
                            row++;
                            col = first;
                            indent = indents[first] + wrapIndent;
                        }
                    }
                }
                default:
                    while (true) {
                        int written = wrap(value, from, left, cell(row, col), indent);
                        if (written == 0 && cell(row, col).max <= indent) {
                            throw new Unsupported("column too narrow");
                        }
                        from += written;
                        left -= written;
                        indent = indents[col] + wrapIndent;
                        if (left == 0) {
                            return ((long) row) << 32 | col;
                        }
                        row++;
                        addEmptyRow();
                    }
            }
        }

        private static int copy(Styled value, int from, int length, Cell cell, int offset) {
            int n = Math.min(length, cell.max - offset);
            cell.copy(value, from, n, offset);
            return n;
        }

        /** Copies the words that fit (a word counts with its trailing spaces); a word too long for any line is cut. */
        private static int wrap(Styled value, int from, int length, Cell cell, int offset) {
            int end = from + length;
            checkBreakable(value.text, from, end);
            int written = 0;
            for (int start = from; start < end; ) {
                int next = nextBreak(value.text, start, end);
                int word = next - start;
                if (cell.max < offset + written + word) {
                    break;
                }
                cell.copy(value, start, word, offset + written);
                written += word;
                start = next;
            }
            if (written == 0 && length + offset > cell.max) {
                written = copy(value, from, length, cell, offset);
            }
            return written;
        }

        String render(boolean ansi) {
            String eol = lineSeparator();
            StringBuilder out = new StringBuilder();
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                cell.appendTo(row, ansi);
                int col = i % widths.length;
                for (int pad = widths[col] - cell.text.length(); pad > 0; pad--) {
                    row.append(' ');
                }
                if (col == widths.length - 1) {
                    int last = row.length();
                    while (last > 0 && row.charAt(last - 1) == ' ') {
                        last--;
                    }
                    out.append(row, 0, last).append(eol);
                    row.setLength(0);
                }
            }
            return out.toString();
        }
    }
}
