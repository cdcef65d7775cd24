package dev.hookctl.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintReport;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {"diagnostics": [...], "summary": {...}}}: a stable contract, documented in
 * docs/formats.md. Positions are 1-based; endColumn is exclusive.
 */
public final class JsonReporter implements Reporter {
    /**
     * Jackson's streaming writer only: the reports are maps, lists, strings and numbers, and
     * creating an ObjectMapper costs a one-file lint about 60 ms of class loading.
     */
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(LintReport report, List<RuleInfo> rules, ReportOptions options, Appendable out)
            throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", obj("name", "hookctl", "version", options.toolVersion()));
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", d.ruleId());
            m.put("severity", d.severity().label());
            m.put("message", d.message());
            m.put("hint", d.hint());
            putLocation(m, d.location());
            List<Object> related = new ArrayList<>();
            for (Location r : d.related()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                putLocation(rm, r);
                related.add(rm);
            }
            m.put("related", related);
            diags.add(m);
        }
        root.put("diagnostics", diags);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        summary.put("files", report.files());
        summary.put("flows", report.flows());
        summary.put("hookTemplates", report.hookTemplates());
        summary.put("otherManifests", report.otherManifests());
        summary.put("skippedDocuments", report.skippedDocuments());
        root.put("summary", summary);
        out.append(pretty(root)).append('\n');
    }

    private static void putLocation(Map<String, Object> m, Location l) {
        m.put("file", l.file().displayPath());
        m.put("line", l.span().line());
        m.put("column", l.span().column());
        m.put("endLine", l.span().endLine());
        m.put("endColumn", l.span().endColumn());
    }

    /** An ordered JSON object from alternating keys and values (Map.of has no stable order). */
    static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Two-space indented JSON with "\n" line ends on every platform. */
    static String pretty(Object value) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.setPrettyPrinter(printer);
            write(g, value);
        }
        return w.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
        }
    }
}
