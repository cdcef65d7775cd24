package dev.hookctl.lint.rules;

import dev.hookctl.yaml.ValueLocator;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import dev.hookctl.lint.LintContext;
import dev.hookctl.lint.Rule;
import dev.hookctl.load.Document;
import dev.hookctl.yaml.Span;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credential written into a workflow: a chat webhook URL, a bearer token, an Authorization header
 * or a password-like variable with a literal value. The secret is never printed in full.
 */
public final class HardcodedSecret extends Rule {
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

    /** One kind of secret: what it is called in messages, and where in a string it is. */
    private record Detector(String what, Pattern pattern, int group, String variable) {}

    private static final String TOKEN = "[A-Za-z0-9._~+/=-]";

    private static final List<Detector> DETECTORS = List.of(
            new Detector("a Slack webhook URL", Pattern.compile(
                    "https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{8,}"),
                    0, "SLACK_WEBHOOK_URL"),
            new Detector("a Microsoft Teams webhook URL", Pattern.compile(
                    "https?://[A-Za-z0-9-]+\\.webhook\\.office\\.com/[A-Za-z0-9@/._-]{8,}"),
                    0, "TEAMS_WEBHOOK_URL"),
            new Detector("a Microsoft Teams webhook URL", Pattern.compile(
                    "https?://outlook\\.office(?:365)?\\.com/webhook/[A-Za-z0-9@/._-]{8,}"),
                    0, "TEAMS_WEBHOOK_URL"),
            new Detector("a Discord webhook URL", Pattern.compile(
                    "https?://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/[A-Za-z0-9_-]{8,}"),
                    0, "DISCORD_WEBHOOK_URL"),
            new Detector("a bearer token", Pattern.compile("\\bBearer\\s+(" + TOKEN + "{20,})"),
                    1, "API_TOKEN"),
            new Detector("a literal Authorization header", Pattern.compile(
                    "(?i)\\bAuthorization:\\s*(?:(?:Basic|Token|Bot)\\s+)?(" + TOKEN + "{12,})"),
                    1, "API_TOKEN"),
            new Detector("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
                    0, "SLACK_TOKEN"),
            new Detector("a GitHub token", Pattern.compile(
                    "\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"),
                    0, "GITHUB_TOKEN"),
            // key=value or key: value in scripts and command lines, e.g. --password=..., api_key: ...
            new Detector("a password or token", Pattern.compile(
                    "(?i)(?:^|[\\s\"'&?;-])[A-Za-z0-9_]*(?:password|passwd|api[_-]?key|apikey|token|secret)"
                            + "\\s*[=:]\\s*[\"']?([^\\s\"'$&{}<>;|]{6,})"),
                    1, "API_TOKEN"));

    /** Variable names that hold a credential. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|TOKEN|API_?KEY|SECRET|CREDENTIAL|WEBHOOK).*");

    /** Names that only refer to a credential (its file, secret name or URL of an endpoint), never hold one. */
    private static final Pattern REFERENCE_NAME = Pattern.compile(
            "(?i).*(_NAME|_FILE|_PATH|_REF|_KEY_NAME|_ENDPOINT|_HEADER)$");

    public HardcodedSecret() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx) {
        for (Document d : ctx.catalog().documents()) {
            if (!d.kind().isArgo()) {
                continue;
            }
            Map<YamlNode, Boolean> reported = new IdentityHashMap<>();
            // name/value pairs first (env vars and parameters), then free text.
            Nodes.forEachMapping(d.root(), m -> checkNamedValue(ctx, d, m, reported));
            Nodes.forEachString(d.root(), s -> {
                if (!reported.containsKey(s)) {
                    checkText(ctx, d, s);
                }
            });
        }
    }

    private void checkNamedValue(LintContext ctx, Document d, Mapping m, Map<YamlNode, Boolean> reported) {
        Optional<String> name = m.text("name");
        Optional<Scalar> value = m.scalar("value").filter(Scalar::isString);
        if (name.isEmpty() || value.isEmpty()) {
            return;
        }
        String v = value.get().value().trim();
        if (!SECRET_NAME.matcher(name.get()).matches() || REFERENCE_NAME.matcher(name.get()).matches()
                || !looksLiteral(v)) {
            return;
        }
        // A webhook or token pattern inside the value gives the more precise message.
        if (firstFinding(value.get().value()).isPresent()) {
            return;
        }
        reported.put(value.get(), Boolean.TRUE);
        int offset = value.get().value().indexOf(v);
        report(ctx, d, value.get(), offset, v.length(), "a literal value for " + Nodes.quote(name.get()), v,
                name.get());
    }

    private void checkText(LintContext ctx, Document d, Scalar s) {
        firstFinding(s.value()).ifPresent(f -> report(ctx, d, s, f.start, f.end - f.start, f.what,
                s.value().substring(f.start, f.end), f.variable));
    }

    private record Finding(String what, int start, int end, String variable) {}

    private static Optional<Finding> firstFinding(String text) {
        List<Finding> found = new ArrayList<>();
        for (Detector det : DETECTORS) {
            Matcher m = det.pattern().matcher(text);
            while (m.find()) {
                String secret = m.group(det.group());
                if (looksLiteral(secret)) {
                    found.add(new Finding(det.what(), m.start(det.group()), m.end(det.group()), det.variable()));
                    break;
                }
            }
        }
        return found.stream().min((a, b) -> Integer.compare(a.start, b.start));
    }

    /** False for empty values, template references and obvious placeholders. */
    static boolean looksLiteral(String v) {
        if (v.isEmpty() || v.contains("{{") || v.contains("$(") || v.contains("${") || v.startsWith("$")) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return !(lower.startsWith("<") || lower.equals("changeme") || lower.matches("x+") || lower.matches("\\*+")
                || lower.equals("none") || lower.equals("null") || lower.equals("redacted")
                || lower.contains("example.com") || lower.startsWith("secretkeyref"));
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
