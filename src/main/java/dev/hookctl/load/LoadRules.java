package dev.hookctl.load;

import dev.hookctl.diag.RuleInfo;
import dev.hookctl.diag.Severity;
import java.util.List;
import java.util.Set;

/** The rules the loader itself reports: problems with the bytes and the YAML, before any manifest rule. */
public final class LoadRules {
    private LoadRules() {}

    public static final RuleInfo YAML_SYNTAX = new RuleInfo("yaml-syntax", Severity.ERROR, "yaml",
            "The file is not valid YAML.",
            "A file that does not parse is not synced by the Configuration Runtime: the flow or hook it holds "
                    + "does not exist for Codefresh. hookctl reports the first syntax error with its position; "
                    + "documents before it in the same file are still linted. It cannot be turned off or given "
                    + "another severity: a file that cannot be read is not checked at all.",
            "metadata:\n  name: slack-hook\n   annotations: {}\n",
            "metadata:\n  name: slack-hook\n  annotations: {}\n");

    public static final RuleInfo YAML_DUPLICATE_KEY = new RuleInfo("yaml-duplicate-key", Severity.WARNING, "yaml",
            "A mapping repeats a key.",
            "Tools disagree on a repeated key: Argo's CLI and lenient Kubernetes decoders silently keep the last "
                    + "value, while strict decoding (kubectl --validate=strict, Argo CD with strict validation) refuses "
                    + "the manifest. Either way one of the two values is lost. hookctl, like the lenient readers, "
                    + "keeps the last one; the diagnostic points at it and names the line of the first.",
            "spec:\n  entrypoint: main\n  entrypoint: notify\n",
            "spec:\n  entrypoint: main\n");

    public static final RuleInfo YAML_LIMIT = new RuleInfo("yaml-limit", Severity.ERROR, "yaml",
            "The file exceeds a safety limit (size, nesting depth, alias expansion or document count).",
            "Limits keep lint fast and bounded on hostile input such as alias bombs. No real manifest comes "
                    + "near them: 8 MiB per file, 200 levels of nesting, 100,000 nodes reached through aliases, "
                    + "10,000 documents per file. It cannot be turned off or given another severity: a file "
                    + "that cannot be read is not checked at all.",
            "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n# ... repeated ten times\n",
            "a: [x, y]\n");

    public static final RuleInfo YAML_ENCODING = new RuleInfo("yaml-encoding", Severity.ERROR, "yaml",
            "The file is not valid UTF-8.",
            "Kubernetes and Codefresh read manifests as UTF-8; other encodings corrupt names and messages. "
                    + "The diagnostic points at the first invalid byte. It cannot be turned off or given another "
                    + "severity: a file that cannot be read is not checked at all.",
            "# a Latin-1 encoded file with the byte 0xE9 in: caf\\xE9\n",
            "# the same file saved as UTF-8: café\n");

    public static final RuleInfo IO_ERROR = new RuleInfo("io-error", Severity.ERROR, "yaml",
            "A file or folder under the given paths cannot be read.",
            "An unreadable file (permissions, a broken link, a link loop) would silently leave manifests out "
                    + "of the lint; hookctl names it and exits with code 3 once everything else is linted. It "
                    + "cannot be turned off or given another severity: a file that cannot be read is not checked "
                    + "at all.",
            "# a folder containing a symbolic link to one of its parents\n",
            "# every file under the path is readable\n");

    public static final RuleInfo UNKNOWN_KIND = new RuleInfo("unknown-kind", Severity.WARNING, "manifest",
            "A document's kind is a near miss of a kind hookctl knows.",
            "Documents of kinds hookctl does not know are skipped silently, as they should be (ConfigMaps, "
                    + "Applications). But a kind one or two letters away from PromotionFlow, WorkflowTemplate and "
                    + "the others, in the same API group, is a typo: the runtime ignores the manifest too.",
            "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlows\nmetadata:\n  name: web-release\nspec:\n"
                    + "  triggerEnvironment: dev\n  steps:\n    - environment: prod\n      dependsOn: [dev]\n",
            "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata:\n  name: web-release\nspec:\n"
                    + "  triggerEnvironment: dev\n  steps:\n    - environment: prod\n      dependsOn: [dev]\n");

    /**
     * The rules that say a file was not read, so not checked: configuration cannot turn them off or
     * lower them ({@code "*": off} passes them by), or a lint would say "no problems" of a file it
     * never saw. A path listed under {@code ignore:} drops them with its other findings, as asked.
     */
    public static final Set<String> ALWAYS_REPORTED = Set.of(YAML_SYNTAX.id(), YAML_LIMIT.id(), YAML_ENCODING.id(),
            IO_ERROR.id());

    public static List<RuleInfo> all() {
        return List.of(YAML_SYNTAX, YAML_DUPLICATE_KEY, YAML_LIMIT, YAML_ENCODING, IO_ERROR, UNKNOWN_KIND);
    }
}
