package dev.hookctl.release;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Writes plain trees (Map, List, String, numbers, booleans, null) as YAML or JSON. YAML output is
 * written for readers that resolve YAML 1.1 (Kubernetes, Argo): any string a plain scalar could
 * turn into something else ({@code yes}, {@code 1.10}, {@code 2024-01-01}, {@code ~}, {@code 0x1F})
 * is quoted, so values come back exactly as strings.
 */
public final class Manifests {
    private Manifests() {}

    private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static YAMLFactory yamlFactory() {
        DumperOptions dumper = new DumperOptions();
        dumper.setSplitLines(false); // long values stay on one line instead of folding
        dumper.setWidth(Integer.MAX_VALUE);
        dumper.setAllowUnicode(true);
        dumper.setIndent(2);
        dumper.setIndicatorIndent(2);
        dumper.setIndentWithIndicator(true);
        return YAMLFactory.builder()
                .dumperOptions(dumper)
                .stringQuotingChecker(new StrictQuoting())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
    }

    public static String yaml(Object tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two-space indented JSON, "\n" line ends, ending with a newline. */
    public static String json(Object tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            g.setPrettyPrinter(printer);
            JSON.writeValue(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    /**
     * Plain style only for strings that are plainly text: a letter or '/' first, then letters,
     * digits, spaces and {@code _./@,+:=?&%-}, no ": ", no trailing space or colon, and not a YAML 1.1 keyword.
     * Everything else is double-quoted (or a literal block when it has line breaks).
     */
    static final class StrictQuoting extends StringQuotingChecker {
        private static final long serialVersionUID = 1L;
        private static final Pattern SAFE = Pattern.compile("[A-Za-z/][A-Za-z0-9 _./@,+:=?&%-]*");
        private static final Set<String> KEYWORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
                "null", "nan", "inf");

        static boolean needsQuotes(String s) {
            return s.isEmpty() || !SAFE.matcher(s).matches() || s.endsWith(" ") || s.endsWith(":") || s.contains(": ")
                    || KEYWORDS.contains(s.toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean needToQuoteName(String name) {
            return needsQuotes(name) && !name.matches("[A-Za-z0-9][A-Za-z0-9_./-]*[A-Za-z0-9]") || isReservedKeyword(name)
                    || KEYWORDS.contains(name.toLowerCase(Locale.ROOT)) || looksLikeYAMLNumber(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return needsQuotes(value);
        }
    }
}
