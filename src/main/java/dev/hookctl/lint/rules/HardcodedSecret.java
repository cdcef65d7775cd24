package dev.hookctl.lint.rules;

import dev.hookctl.yaml.ValueLocator;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.DocumentCheck;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credential written into a workflow: a chat webhook URL, a bearer token, an Authorization header
 * or a password-like variable with a literal value. The secret is never printed in full.
 */
public final class HardcodedSecret extends Rule implements DocumentCheck {
    public static final RuleInfo INFO = new RuleInfo("hardcoded-secret", Severity.WARNING, "security",
            "A workflow contains a literal secret (webhook URL, token or password).",
            "Hook templates live in the Shared Configuration Repository, which many people can read, and Argo "
                    + "shows every parameter and command line in the UI and in pod specs. A Slack, Teams or "
                    + "Discord webhook URL is itself the credential: anyone holding it can post to the channel. "
                    + "Keep such values in a Kubernetes Secret in the runtime namespace and read them with "
                    + "env.valueFrom.secretKeyRef. The diagnostic shows only the first characters of the value.",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: slack-start-hook
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: notify
              templates:
                - name: notify
                  container:
                    image: curlimages/curl:8.10.1
                    command: [sh, -c]
                    args:
                      - |
                        curl -sf -X POST -H 'Content-Type: application/json' \\
                          -d '{"text":"release started"}' \\
                          https://hooks.slack.com/services/T0000EXAMPLE/B0000EXAMPLE/abcdefghijklmnopqrstuvwx
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: slack-start-hook
              annotations:
                codefresh.io/workflow-origin: promotion
                version: "1.0.0"
            spec:
              serviceAccountName: cf-default-promotion-workflows-sa
              entrypoint: notify
              templates:
                - name: notify
                  container:
                    image: curlimages/curl:8.10.1
                    command: [sh, -c]
                    args:
                      - |
                        curl -sf -X POST -H 'Content-Type: application/json' \\
                          -d '{"text":"release started"}' "$SLACK_WEBHOOK_URL"
                    env:
                      - name: SLACK_WEBHOOK_URL
                        valueFrom:
                          secretKeyRef:
                            name: slack
                            key: webhook-url
            """);

    /**
     * One kind of secret: what it is called in messages, and where in a string it is. The pattern
     * runs only on strings that contain one of the (lower-case) keywords, ignoring ASCII case: most
     * strings of a workflow contain none, and this rule sees every string of every template. Every
     * match of a pattern contains one of its keywords, so the keywords only save work.
     */
    private record Detector(String what, Pattern pattern, int group, String variable, List<String> keywords) {}

    private static final String TOKEN = "[A-Za-z0-9._~+/=-]";

    private static final List<Detector> DETECTORS = List.of(
            new Detector("a Slack webhook URL", Pattern.compile(
                    "https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{8,}"),
                    0, "SLACK_WEBHOOK_URL", List.of("hooks.slack.com")),
            new Detector("a Microsoft Teams webhook URL", Pattern.compile(
                    "https?://[A-Za-z0-9-]+\\.webhook\\.office\\.com/[A-Za-z0-9@/._-]{8,}"),
                    0, "TEAMS_WEBHOOK_URL", List.of(".webhook.office.com")),
            new Detector("a Microsoft Teams webhook URL", Pattern.compile(
                    "https?://outlook\\.office(?:365)?\\.com/webhook/[A-Za-z0-9@/._-]{8,}"),
                    0, "TEAMS_WEBHOOK_URL", List.of("outlook.office")),
            new Detector("a Discord webhook URL", Pattern.compile(
                    "https?://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/[A-Za-z0-9_-]{8,}"),
                    0, "DISCORD_WEBHOOK_URL", List.of("/api/webhooks/")),
            new Detector("a bearer token", Pattern.compile("\\bBearer\\s+(" + TOKEN + "{20,})"),
                    1, "API_TOKEN", List.of("bearer")),
            new Detector("a literal Authorization header", Pattern.compile(
                    "(?i)\\bAuthorization:\\s*(?:(?:Basic|Token|Bot)\\s+)?(" + TOKEN + "{12,})"),
                    1, "API_TOKEN", List.of("authorization:")),
            new Detector("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
                    0, "SLACK_TOKEN", List.of("xox")),
            new Detector("a GitHub token", Pattern.compile(
                    "\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"),
                    0, "GITHUB_TOKEN", List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
            // key=value or key: value in scripts and command lines, e.g. --password=..., api_key: ...
            new Detector("a password or token", Pattern.compile(
                    "(?i)(?:^|[\\s\"'&?;-])[A-Za-z0-9_]*(?:password|passwd|api[_-]?key|apikey|token|secret)"
                            + "\\s*[=:]\\s*[\"']?([^\\s\"'$&{}<>;|]{6,})"),
                    1, "API_TOKEN", List.of("password", "passwd", "api_key", "api-key", "apikey", "token",
                            "secret")));

    /**
     * The keywords of all detectors by their first two characters (ASCII, lower case), as {detector
     * index, keyword}: one pass over a string finds the detectors that may match it, and at most
     * positions one table lookup settles that no keyword starts there.
     */
    private static final Keyword[][] KEYWORDS_BY_FIRST_TWO_CHARS = new Keyword[128 * 128][];

    private record Keyword(int detector, String text) {}

    static {
        for (int i = 0; i < DETECTORS.size(); i++) {
            for (String k : DETECTORS.get(i).keywords()) {
                int pair = k.charAt(0) << 7 | k.charAt(1);
                Keyword[] old = KEYWORDS_BY_FIRST_TWO_CHARS[pair];
                Keyword[] grown = old == null ? new Keyword[1] : java.util.Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = new Keyword(i, k);
                KEYWORDS_BY_FIRST_TWO_CHARS[pair] = grown;
            }
        }
    }

    /**
     * The detectors (a bit each) with a keyword in {@code text}, ignoring ASCII case. The scan runs
     * over the text as ISO-8859-1 bytes (a copy of a Latin-1 string's own array): with C1 only, each
     * {@code String.charAt} is a call with its bounds check, and this loop sees every character of
     * every template. A character outside Latin-1 becomes '?', which no keyword contains, and
     * keywords are ASCII: the candidates are the same.
     */
    private static int candidateDetectors(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int found = 0;
        int n = bytes.length;
        int c = n == 0 ? 0 : lowerAscii(bytes[0]);
        for (int i = 0; i + 1 < n; i++) { // a keyword has at least three characters
            int next = lowerAscii(bytes[i + 1]);
            Keyword[] keywords = c < 128 && next < 128 ? KEYWORDS_BY_FIRST_TWO_CHARS[c << 7 | next] : null;
            if (keywords != null) {
                for (Keyword k : keywords) {
                    if ((found & (1 << k.detector())) == 0 && startsWithIgnoringAsciiCase(bytes, i, k.text())) {
                        found |= 1 << k.detector();
                    }
                }
            }
            c = next;
        }
        return found;
    }

    /** The byte as an unsigned character, ASCII upper case made lower. */
    private static int lowerAscii(byte b) {
        int c = b & 0xFF;
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** {@code keyword} (lower case ASCII) is at {@code offset} of {@code bytes}, ignoring ASCII case. */
    private static boolean startsWithIgnoringAsciiCase(byte[] bytes, int offset, String keyword) {
        if (offset + keyword.length() > bytes.length) {
            return false;
        }
        for (int j = 1; j < keyword.length(); j++) {
            if (lowerAscii(bytes[offset + j]) != keyword.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Parts of variable names that hold a credential (compared in upper case). */
    private static final List<String> SECRET_NAME_PARTS = List.of("PASSWORD", "PASSWD", "TOKEN", "APIKEY",
            "API_KEY", "SECRET", "CREDENTIAL", "WEBHOOK");

    /** Endings of names that only refer to a credential (its file, secret name or endpoint), never hold one. */
    private static final List<String> REFERENCE_NAME_ENDINGS = List.of("_NAME", "_FILE", "_PATH", "_REF",
            "_ENDPOINT", "_HEADER");

    static boolean holdsCredential(String variableName) {
        String upper = variableName.toUpperCase(Locale.ROOT);
        boolean secret = false;
        for (int i = 0; i < SECRET_NAME_PARTS.size(); i++) {
            secret |= upper.contains(SECRET_NAME_PARTS.get(i));
        }
        if (!secret) {
            return false;
        }
        for (int i = 0; i < REFERENCE_NAME_ENDINGS.size(); i++) {
            if (upper.endsWith(REFERENCE_NAME_ENDINGS.get(i))) {
                return false;
            }
        }
        return true;
    }

    public HardcodedSecret() {
        super(INFO);
    }

    @Override
    public Checker checker(LintContext ctx) {
        // One walk per document, with a stack and lists reused across documents (this rule sees
        // every node of every workflow). No visited set: a node shared through aliases is visited
        // once per alias, which the reader bounds (YamlLimits.maxAliasNodes), and a finding
        // reported twice is de-duplicated by the Linter.
        ArrayDeque<YamlNode> todo = new ArrayDeque<>();
        List<Scalar> strings = new ArrayList<>();
        Map<YamlNode, Boolean> reported = new IdentityHashMap<>();
        return d -> {
            if (d.kind().isArgo()) {
                check(ctx, d, todo, strings, reported);
            }
        };
    }

    private void check(LintContext ctx, Document d, ArrayDeque<YamlNode> todo, List<Scalar> strings,
                       Map<YamlNode, Boolean> reported) {
        if (!reported.isEmpty()) {
            reported.clear();
        }
        strings.clear();
        // name/value pairs first (env vars and parameters), as the walk meets them; then free
        // text, in document order, except where a name/value finding was reported.
        todo.push(d.root());
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (n instanceof Scalar s) {
                if (s.isString()) {
                    strings.add(s);
                }
            } else if (n instanceof Mapping m) {
                // the name and value entries are picked up on the way, not looked up again
                YamlNode name = null;
                YamlNode value = null;
                for (int i = m.size() - 1; i >= 0; i--) { // from the end: the last of equal keys wins
                    YamlNode v = m.valueAt(i);
                    todo.push(v);
                    String key = m.nameAt(i);
                    if (name == null && key.equals("name")) {
                        name = v;
                    } else if (value == null && key.equals("value")) {
                        value = v;
                    }
                }
                if (name != null && value != null) {
                    checkNamedValue(ctx, d, name, value, reported);
                }
            } else if (n instanceof Sequence q) {
                for (int i = q.size() - 1; i >= 0; i--) {
                    todo.push(q.item(i));
                }
            }
        }
        for (int i = 0; i < strings.size(); i++) {
            Scalar s = strings.get(i);
            if (reported.isEmpty() || !reported.containsKey(s)) {
                checkText(ctx, d, s);
            }
        }
    }

    /** A mapping with {@code name: nameNode} and {@code value: valueNode}. */
    private void checkNamedValue(LintContext ctx, Document d, YamlNode nameNode, YamlNode valueNode,
                                 Map<YamlNode, Boolean> reported) {
        if (!(nameNode instanceof Scalar nameScalar) || nameScalar.isNull()
                || !(valueNode instanceof Scalar value) || !value.isString()) {
            return;
        }
        String name = nameScalar.value();
        String v = value.value().trim();
        if (!holdsCredential(name) || !looksLiteral(v)) {
            return;
        }
        // A webhook or token pattern inside the value gives the more precise message.
        if (firstFinding(value.value()) != null) {
            return;
        }
        reported.put(value, Boolean.TRUE);
        int offset = value.value().indexOf(v);
        report(ctx, d, value, offset, v.length(), "a literal value for " + Nodes.quote(name), v, name);
    }

    private void checkText(LintContext ctx, Document d, Scalar s) {
        Finding f = firstFinding(s.value());
        if (f != null) {
            report(ctx, d, s, f.start, f.end - f.start, f.what, s.value().substring(f.start, f.end), f.variable);
        }
    }

    private record Finding(String what, int start, int end, String variable) {}

    /** The finding that starts first (the first detector's on a tie), or null. */
    private static Finding firstFinding(String text) {
        if (text.length() < 8) {
            return null; // shorter than any secret the detectors accept
        }
        int candidates = candidateDetectors(text);
        Finding first = null;
        for (int i = 0; candidates != 0 && i < DETECTORS.size(); i++) {
            if ((candidates & (1 << i)) == 0) {
                continue;
            }
            Detector det = DETECTORS.get(i);
            Matcher m = det.pattern().matcher(text);
            while (m.find()) {
                String secret = m.group(det.group());
                if (looksLiteral(secret)) {
                    if (first == null || m.start(det.group()) < first.start) {
                        first = new Finding(det.what(), m.start(det.group()), m.end(det.group()), det.variable());
                    }
                    break;
                }
            }
        }
        return first;
    }

    /** False for empty values, template references and obvious placeholders. */
    static boolean looksLiteral(String v) {
        if (v.isEmpty() || v.contains("{{") || v.contains("$(") || v.contains("${") || v.startsWith("$")) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return !(lower.startsWith("<") || lower.equals("changeme") || repeats(lower, 'x') || repeats(lower, '*')
                || lower.equals("none") || lower.equals("null") || lower.equals("redacted")
                || lower.contains("example.com") || lower.startsWith("secretkeyref"));
    }

    /** {@code s} is {@code c} one or more times (as {@code s.matches("c+")}, without compiling a pattern). */
    private static boolean repeats(String s, char c) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private void report(LintContext ctx, Document d, Scalar scalar, int offset, int length, String what,
                        String secret, String variable) {
        var at = new ValueLocator().locate(d.file(), scalar, offset, offset + length);
        ctx.report(INFO, at, "the workflow contains " + what + " (" + mask(secret) + ") in plain text",
                "move it to a Kubernetes Secret in the runtime namespace and read it from the environment: "
                        + "env: [{name: " + variable + ", valueFrom: {secretKeyRef: {name: <secret>, key: <key>}}}], "
                        + "then use \"$" + variable + "\"");
    }

    /** The first four characters and an ellipsis: enough to find it, not enough to use it. */
    static String mask(String secret) {
        return (secret.length() <= 4 ? secret.substring(0, Math.min(1, secret.length())) : secret.substring(0, 4))
                + "…";
    }
}
