package dev.hookctl.argo;


import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.ValueLocator;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlNode.Entry;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlNode.Scalar;
import dev.hookctl.yaml.YamlNode.Sequence;
import dev.hookctl.yaml.YamlReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates Argo objects (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow) the
 * way Argo's {@code workflow/validate} does, with three differences: every problem is reported
 * (Argo stops at the first), each at the node or {@code {{tag}}} at fault, and a few run-time
 * failures Argo's lint lets through are reported as warnings. Messages carry Argo's own text so
 * users can search for it. {@code templateRef}s resolve against the WorkflowTemplates and
 * ClusterWorkflowTemplates of the catalog; a referenced template's own body is reported where it
 * is defined, its argument binding where it is called.
 */
public final class ArgoValidator {
    private static final String[] TYPE_KEYS = {"container", "containerSet", "steps", "script", "resource", "dag",
        "suspend", "data", "http", "plugin"};
    private static final String[] TYPE_NAMES = {"Container", "ContainerSet", "Steps", "Script", "Resource", "DAG",
        "Suspend", "Data", "HTTP", "Plugin"};
    private static final String TYPE_CHOICES = "choose one of: container, containerSet, steps, script, resource, dag, "
            + "suspend, template, template ref";
    private static final String[] CHECKED_PREFIXES = {"item.", "steps.", "inputs.", "outputs.", "pod.", "workflow.",
        "tasks."};
    private static final String[] ALWAYS_ALLOWED = {"outputs.", "workflow.creationTimestamp", "workflow.scheduledTime",
        "workflow.duration", "tasks.name", "steps.name", "node.name"};
    private static final String[] ARTIFACT_LOCATIONS = {"s3", "git", "http", "artifactory", "hdfs", "raw", "oss", "gcs",
        "azure", "plugin"};
    private static final Set<String> RETRY_POLICIES = Set.of("Always", "OnFailure", "OnError", "OnTransientError", "");
    private static final Set<String> RESOURCE_ACTIONS = Set.of("get", "create", "apply", "delete", "replace", "patch");
    private static final Set<String> POD_GC = Set.of("", "OnPodCompletion", "OnPodSuccess", "OnWorkflowCompletion",
            "OnWorkflowSuccess");
    private static final Set<String> CONCURRENCY = Set.of("Allow", "Forbid", "Replace", "");
    private static final Set<String> RESERVED_CONTAINERS = Set.of("wait", "supervisor");
    /** The global variables every workflow has. */
    private static final Set<String> ALWAYS_GLOBAL = Set.of("workflow.name", "workflow.namespace",
            "workflow.mainEntrypoint", "workflow.serviceAccountName", "workflow.uid", "workflow.status",
            "workflow.annotations", "workflow.annotations.json", "workflow.labels", "workflow.labels.json");

    private final Catalog catalog;
    private final ValueLocator locator = new ValueLocator();
    private final YamlReader manifestReader = new YamlReader();
    /**
     * Variable names of a prefix and a name ({@code workflow.parameters.RELEASE_URL}), kept from one
     * document to the next: the same few names recur in every template, and each is otherwise a new
     * string. Bounded, for a run over very many distinct names.
     */
    private final Map<String, Map<String, String>> joinedNames = new HashMap<>();

    public ArgoValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    /** {@code prefix + name}, from {@link #joinedNames} when it was made before. */
    private String joined(String prefix, String name) {
        Map<String, String> byName = joinedNames.computeIfAbsent(prefix, p -> new HashMap<>());
        String joined = byName.get(name);
        if (joined == null) {
            joined = prefix + name;
            if (byName.size() < 4096) {
                byName.put(name, joined);
            }
        }
        return joined;
    }

    /**
     * Whether a workflow spec's {@code arguments.parameters} (or {@code arguments}) holds a value of
     * the wrong kind: Argo cannot decode the workflow, and the wrong-type finding says so, so no
     * parameter can be said to be undeclared.
     */
    public static boolean parametersMisread(Mapping spec) {
        YamlNode args = spec.getOrNull("arguments");
        if (args instanceof Mapping m) {
            return Yaml.isSetAsOther(m, "parameters", Sequence.class) || nameMisread(Yaml.mappings(m, "parameters"));
        }
        return Yaml.isSetAsOther(spec, "arguments", Mapping.class);
    }

    /** Whether one of the named things has a name that is no single value (wrong-type's). */
    static boolean nameMisread(List<Mapping> named) {
        for (Mapping m : named) {
            if (Yaml.isSetAsOther(m, "name", Scalar.class)) {
                return true;
            }
        }
        return false;
    }

    /** Every problem of one Argo document; nothing for other kinds. */
    public List<Diagnostic> validate(Document doc) {
        if (!doc.kind().isArgo()) {
            return List.of();
        }
        ObjectWalk walk = new ObjectWalk(doc);
        walk.run();
        return walk.out;
    }

    /** How a template is called: with placeholder arguments for every input, or with real ones. */
    private record Call(boolean fake, Optional<Mapping> arguments) {
        static final Call FAKE = new Call(true, Optional.empty());

        static Call of(Optional<Mapping> arguments) {
            return new Call(false, arguments);
        }

        Optional<Mapping> parameter(String name) {
            return named(arguments.map(a -> Yaml.mappings(a, "parameters")).orElse(List.of()), name);
        }

        Optional<Mapping> artifact(String name) {
            return named(arguments.map(a -> Yaml.mappings(a, "artifacts")).orElse(List.of()), name);
        }

        private static Optional<Mapping> named(List<Mapping> list, String name) {
            for (Mapping m : list) {
                if (Yaml.text(m, "name").equals(name)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** A template found for a step, task or entrypoint; {@code owner} is where it is defined. */
    private record Callee(Mapping template, Document owner, boolean local) {}

    /** Extra checks for tags inside one step or task (Argo itself misses these). */
    private record Neighbours(Set<String> earlierSiblings, Set<String> dagTasks, Set<String> ancestors,
                              Set<String> caughtByArgo, String self) {
        static final Neighbours NONE = new Neighbours(Set.of(), Set.of(), Set.of(), Set.of(), "");
    }

    private final class ObjectWalk {
        final Document doc;
        final SourceFile file;
        final List<Diagnostic> out = new ArrayList<>();
        final boolean templateValidation;
        final Mapping spec;
        final Map<String, Mapping> templates = new LinkedHashMap<>();
        // Sized for a typical template (a few templates, tags, globals): the defaults of the identity
        // maps are tables of 128 slots, and one walk is made per workflow.
        /** The global variables of this workflow besides those of every workflow (ALWAYS_GLOBAL). */
        final Set<String> globals = new HashSet<>(32);
        /** The names declared in spec.arguments.parameters, in order (made a set only for a hint). */
        final List<String> declaredParameters = new ArrayList<>();
        boolean globalAnyOutputArtifact;
        final Set<Mapping> validatedBodies = Collections.newSetFromMap(new IdentityHashMap<>(4));
        final Set<YamlNode> reportedTags = Collections.newSetFromMap(new IdentityHashMap<>(8));
        /**
         * Unresolved tags already reported, by scalar and offset: a tag inside an inline template is
         * walked twice. Made at the first such tag (most workflows have none).
         */
        Map<Scalar, Set<Integer>> unresolvedReported;
        Optional<Document> referenced = Optional.empty();
        /**
         * spec.templates, or spec.arguments.parameters, holds a value of the wrong kind (a mapping
         * for a list): Argo cannot decode the workflow and wrong-type reports it, so a template name
         * is not "undefined" and a parameter not "undeclared" for want of them.
         */
        final boolean templatesMisread;
        final boolean parametersMisread;

        ObjectWalk(Document doc) {
            this.doc = doc;
            this.file = doc.file();
            this.templateValidation = doc.kind() == Kind.WORKFLOW_TEMPLATE
                    || doc.kind() == Kind.CLUSTER_WORKFLOW_TEMPLATE;
            Mapping s = doc.root().mappingOrNull("spec");
            if (s == null) {
                s = new Mapping(List.of(), doc.root().span());
            }
            if (doc.kind() == Kind.CRON_WORKFLOW) {
                Mapping workflowSpec = s.mappingOrNull("workflowSpec");
                s = workflowSpec != null ? workflowSpec : new Mapping(List.of(), s.span());
            }
            this.spec = s;
            this.parametersMisread = parametersMisread(spec);
            boolean nameMisread = false; // a template Argo cannot find by name
            for (Mapping t : Yaml.mappings(spec, "templates")) {
                templates.putIfAbsent(Yaml.text(t, "name"), t);
                nameMisread |= Yaml.isSetAsOther(t, "name", Scalar.class);
            }
            this.templatesMisread = nameMisread || Yaml.isSetAsOther(spec, "templates", Sequence.class);
        }

        void report(RuleInfo rule, YamlNode at, String message, String hint) {
            out.add(new Diagnostic(rule.id(), rule.severity(), message, hint, doc.at(at), List.of()));
        }

        void report(RuleInfo rule, Location at, String message, String hint) {
            out.add(new Diagnostic(rule.id(), rule.severity(), message, hint, at, List.of()));
        }

        void run() {
            objectChecks();
            checkNames(spec, "templates", "spec.templates", true);
            workflowTemplateRef();
            Mapping args = spec.mappingOrNull("arguments");
            if (args == null) {
                args = new Mapping(List.of(), spec.span());
            }
            checkArguments("spec.arguments.", args, templateValidation);
            registerGlobals(args);
            entrypoint(args);
            onExit(args);
            hooks(spec, "hooks");
            podGc();
            for (Mapping t : Yaml.mappings(spec, "templates")) {
                validateBody(t, doc);
            }
        }

        // ---- object level --------------------------------------------------------------

        void objectChecks() {
            String name = doc.name();
            int max = doc.kind() == Kind.CRON_WORKFLOW ? 52 : 63;
            if (name.length() > max) {
                String what = switch (doc.kind()) {
                    case WORKFLOW_TEMPLATE -> "workflow template";
                    case CLUSTER_WORKFLOW_TEMPLATE -> "cluster workflow template";
                    case CRON_WORKFLOW -> "cron workflow";
                    default -> "workflow";
                };
                report(ArgoRules.NAME, doc.metadata().flatMap(m -> m.get("name")).orElse(doc.root()),
                        what + " name \"" + name + "\" must not be more than " + max
                                + " characters long (currently " + name.length() + ")",
                        "shorten metadata.name: Argo puts it in a label, and labels hold at most 63 characters");
            }
            if (doc.kind() == Kind.CRON_WORKFLOW) {
                cronChecks();
            }
        }

        void cronChecks() {
            Mapping cron = doc.spec().orElse(doc.root());
            boolean hasSchedule = Yaml.isSet(cron, "schedule")
                    || !Yaml.items(cron, "schedules").isEmpty();
            if (!hasSchedule) {
                report(ArgoRules.FIELD_VALUE, doc.spec().<YamlNode>map(s -> s).orElse(doc.root()),
                        "cron workflow must have at least one schedule",
                        "add spec.schedules (or spec.schedule), e.g. \"0 * * * *\"");
            }
            Yaml.scalar(cron, "concurrencyPolicy").ifPresent(p -> {
                if (!CONCURRENCY.contains(p.value())) {
                    report(ArgoRules.FIELD_VALUE, p, "'" + p.value() + "' is not a valid concurrencyPolicy",
                            "use Allow, Forbid or Replace");
                }
            });
            Yaml.scalar(cron, "startingDeadlineSeconds").ifPresent(s -> {
                if (s.type() == YamlNode.ScalarType.INT && s.value().startsWith("-")) {
                    report(ArgoRules.FIELD_VALUE, s, "startingDeadlineSeconds must be positive", "");
                }
            });
        }

        void workflowTemplateRef() {
            Optional<Mapping> ref = Yaml.mapping(spec, "workflowTemplateRef");
            if (ref.isEmpty()) {
                return;
            }
            if (!Yaml.items(spec, "templates").isEmpty()) {
                report(ArgoRules.TEMPLATE_REF, Yaml.keyAt(spec, "templates"),
                        "Templates is invalid field in spec if workflow referred WorkflowTemplate reference",
                        "remove spec.templates: the templates come from the referenced WorkflowTemplate");
            }
            String name = Yaml.text(ref.get(), "name");
            boolean cluster = "true".equals(ref.get().textOrNull("clusterScope"));
            Kind kind = cluster ? Kind.CLUSTER_WORKFLOW_TEMPLATE : Kind.WORKFLOW_TEMPLATE;
            referenced = catalog.find(kind, name);
            if (referenced.isEmpty() && !Tags.hasTags(name)) {
                report(ArgoRules.TEMPLATE_REF, Yaml.at(ref.get(), "name"),
                        (cluster ? "clusterworkflowtemplates" : "workflowtemplates") + ".argoproj.io \"" + name
                                + "\" not found",
                        "no " + kind.kindName() + " named \"" + name + "\" is among the linted files");
            }
        }

        void registerGlobals(Mapping args) {
            List<Mapping> params = new ArrayList<>(Yaml.mappings(args, "parameters"));
            referenced.flatMap(Document::spec).flatMap(s -> Yaml.mapping(s, "arguments"))
                    .ifPresent(a -> params.addAll(Yaml.mappings(a, "parameters")));
            if (!params.isEmpty()) {
                globals.add("workflow.parameters");
                globals.add("workflow.parameters.json");
            }
            for (Mapping p : params) {
                String n = Yaml.text(p, "name");
                if (!n.isEmpty()) {
                    globals.add(joined("workflow.parameters.", n));
                    declaredParameters.add(n);
                }
            }
            List<Mapping> metadataSources = new ArrayList<>();
            if (doc.kind() != Kind.CRON_WORKFLOW) {
                doc.metadata().ifPresent(metadataSources::add);
            } else {
                globals.add("workflow.labels.workflows.argoproj.io/cron-workflow");
            }
            Yaml.mapping(spec, "workflowMetadata").ifPresent(metadataSources::add);
            referenced.flatMap(Document::spec).flatMap(s -> Yaml.mapping(s, "workflowMetadata"))
                    .ifPresent(metadataSources::add);
            for (Mapping m : metadataSources) {
                addKeys(m.mappingOrNull("labels"), "workflow.labels.");
                addKeys(m.mappingOrNull("labelsFrom"), "workflow.labels.");
                addKeys(m.mappingOrNull("annotations"), "workflow.annotations.");
            }
            if (Yaml.isSet(spec, "priority")) {
                globals.add("workflow.priority");
            }
        }

        /** The declared parameters as the set they were (built the same way, so it iterates alike). */
        Set<String> declaredParameterSet() {
            Set<String> set = new HashSet<>();
            for (String n : declaredParameters) {
                set.add(n);
            }
            return set;
        }

        boolean isGlobal(String name) {
            return ALWAYS_GLOBAL.contains(name) || globals.contains(name);
        }

        /** {@code prefix + key} for every key of {@code m}, as global variables. */
        void addKeys(Mapping m, String prefix) {
            for (int i = 0; m != null && i < m.size(); i++) {
                globals.add(joined(prefix, m.nameAt(i)));
            }
        }

        void entrypoint(Mapping args) {
            Optional<Scalar> entry = Yaml.scalar(spec, "entrypoint").filter(s -> !s.value().isEmpty());
            Optional<Mapping> ref = Yaml.mapping(spec, "workflowTemplateRef");
            if (ref.isPresent()) {
                if (referenced.isEmpty()) {
                    return;
                }
                String name = entry.map(Scalar::value).orElseGet(() -> referenced.get().spec()
                        .flatMap(s -> s.text("entrypoint")).orElse(""));
                if (name.isEmpty()) {
                    report(ArgoRules.ENTRYPOINT, ref.get(), "spec.entrypoint is required",
                            "set spec.entrypoint here or in WorkflowTemplate \"" + referenced.get().name() + "\"");
                    return;
                }
                Optional<Mapping> t = templatesOf(referenced.get()).stream()
                        .filter(m -> Yaml.text(m, "name").equals(name)).findFirst();
                if (t.isEmpty()) {
                    report(ArgoRules.TEMPLATE_REF, entry.<YamlNode>map(s -> s).orElse(ref.get()),
                            "template reference " + referenced.get().name() + "." + name + " not found",
                            "the referenced WorkflowTemplate has no template named \"" + name + "\"");
                    return;
                }
                bind(new Callee(t.get(), referenced.get(), false), merged(args), "", ref.get());
                return;
            }
            if (entry.isEmpty()) {
                // a workflowTemplateRef that is no mapping is wrong-type's; it may well supply the entrypoint
                if (!templateValidation && !Yaml.isSetAsOther(spec, "workflowTemplateRef", Mapping.class)) {
                    report(ArgoRules.ENTRYPOINT, spec.size() == 0 ? doc.root() : Yaml.keyAt(doc.root(), "spec"),
                            "spec.entrypoint is required", "name the template the workflow starts with in spec.entrypoint"
                                    + templateNamesHint());
                }
                return;
            }
            Mapping t = templates.get(entry.get().value());
            if (t == null && templatesMisread) {
                return;
            }
            if (t == null) {
                report(ArgoRules.ENTRYPOINT, entry.get(), "template name '" + entry.get().value() + "' undefined",
                        didYouMean(entry.get().value(), templates.keySet()));
                return;
            }
            Callee callee = new Callee(t, doc, true);
            retryPolicy(t);
            bind(callee, templateValidation ? Call.FAKE : Call.of(Optional.of(args)), "", entry.get());
            validateBody(t, doc);
        }

        Call merged(Mapping args) {
            // the validator merges Workflow and template arguments, first occurrence by name winning
            List<YamlNode> params = new ArrayList<>(Yaml.items(args, "parameters"));
            Set<String> seen = new HashSet<>();
            for (YamlNode p : params) {
                if (p instanceof Mapping m) {
                    seen.add(Yaml.text(m, "name"));
                }
            }
            referenced.flatMap(Document::spec).flatMap(s -> Yaml.mapping(s, "arguments")).ifPresent(a -> {
                for (Mapping m : Yaml.mappings(a, "parameters")) {
                    if (seen.add(Yaml.text(m, "name"))) {
                        params.add(m);
                    }
                }
            });
            Mapping mergedArgs = new Mapping(List.of(new Entry(new Scalar("parameters",
                    YamlNode.ScalarType.STRING, args.span()), new Sequence(params, args.span()))), args.span());
            return Call.of(Optional.of(mergedArgs));
        }

        String templateNamesHint() {
            return templates.isEmpty() ? "" : " (templates: " + String.join(", ", templates.keySet()) + ")";
        }

        void onExit(Mapping args) {
            Optional<Scalar> exit = Yaml.scalar(spec, "onExit").filter(s -> !s.value().isEmpty());
            if (exit.isEmpty()) {
                return;
            }
            globals.add("workflow.failures");
            for (Mapping t : Yaml.mappings(spec, "templates")) {
                for (Mapping a : outputs(t, "artifacts")) {
                    if (Names.isParameterReference(Yaml.text(a, "globalName"))) {
                        globalAnyOutputArtifact = true;
                    }
                }
            }
            if (Yaml.has(spec, "workflowTemplateRef")) {
                return;
            }
            Mapping t = templates.get(exit.get().value());
            if (t == null && templatesMisread) {
                return;
            }
            if (t == null) {
                report(ArgoRules.TEMPLATE_UNDEFINED, exit.get(), "template name '" + exit.get().value() + "' undefined",
                        didYouMean(exit.get().value(), templates.keySet()));
                return;
            }
            retryPolicy(t);
            bind(new Callee(t, doc, true), Call.of(Optional.of(args)), "", exit.get());
            validateBody(t, doc);
        }

        void hooks(Mapping holder, String prefix) {
            Yaml.mapping(holder, "hooks").ifPresent(h -> {
                for (Entry e : h.entries()) {
                    if (!e.name().equals("exit") && e.value() instanceof Mapping hook
                            && Yaml.text(hook, "expression").isEmpty()) {
                        report(ArgoRules.HOOK, e.key(), prefix + "." + e.name() + " Expression required",
                                "only the \"exit\" hook runs without a condition: add expression: to \"" + e.name() + "\"");
                    }
                }
            });
        }

        void podGc() {
            Yaml.mapping(spec, "podGC").flatMap(p -> Yaml.scalar(p, "strategy")).ifPresent(s -> {
                if (!POD_GC.contains(s.value())) {
                    report(ArgoRules.FIELD_VALUE, s, "podGC.strategy unknown strategy '" + s.value() + "'",
                            "use OnPodCompletion, OnPodSuccess, OnWorkflowCompletion or OnWorkflowSuccess");
                }
            });
        }

        // ---- names and arguments ------------------------------------------------------------

        /** Rule B over a list of named things; {@code field} is true for template/step/task names. */
        void checkNames(Mapping holder, String key, String prefix, boolean field) {
            List<YamlNode> list = Yaml.items(holder, key);
            Set<String> seen = list.size() > 1 ? new HashSet<>() : null; // one name cannot repeat
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Mapping m)) {
                    continue;
                }
                String name = Yaml.text(m, "name");
                if (name.isEmpty()) {
                    if (!Yaml.isSetAsOther(m, "name", Scalar.class)) { // else wrong-type's
                        report(ArgoRules.NAME, m, prefix + "[" + i + "].name is required", "give it a name");
                    }
                    continue;
                }
                String problems = field ? Names.fieldNameProblems(name)
                        : Names.isParameterName(name) ? "" : Names.PARAMETER_NAME_RULE;
                if (!problems.isEmpty()) {
                    report(ArgoRules.NAME, Yaml.at(m, "name"),
                            prefix + "[" + i + "].name: '" + name + "' is invalid: " + problems,
                            field ? "use letters, digits and '-' only, starting with a letter or digit"
                                    : "use letters, digits, '_' and '-' only");
                } else if (seen != null && !seen.add(name)) {
                    report(ArgoRules.DUPLICATE_NAME, Yaml.at(m, "name"),
                            prefix + "[" + i + "].name '" + name + "' is not unique", "rename one of them");
                }
            }
        }

        /** Rule D; {@code allowEmpty} only for spec.arguments of templates. */
        void checkArguments(String prefix, Mapping args, boolean allowEmpty) {
            checkNames(args, "parameters", prefix + "parameters", false);
            checkNames(args, "artifacts", prefix + "artifacts", false);
            for (Mapping p : Yaml.mappings(args, "parameters")) {
                String n = Yaml.text(p, "name");
                boolean hasValue = Yaml.isSet(p, "value");
                Optional<Mapping> valueFrom = Yaml.mapping(p, "valueFrom");
                if (!hasValue && valueFrom.isEmpty() && !allowEmpty) {
                    report(ArgoRules.ARGUMENT, Yaml.at(p, "name"),
                            prefix + n + ".value or " + prefix + n + ".valueFrom is required",
                            Yaml.has(p, "default") ? "an argument's default does not count: set value" : "set value");
                }
                if (valueFrom.isPresent()) {
                    Mapping vf = valueFrom.get();
                    boolean source = Yaml.isSet(vf, "configMapKeyRef") || !Yaml.text(vf, "event").isEmpty()
                            || Yaml.isSet(vf, "supplied");
                    boolean forbidden = !Yaml.text(vf, "path").isEmpty() || !Yaml.text(vf, "jsonPath").isEmpty()
                            || !Yaml.text(vf, "parameter").isEmpty() || !Yaml.text(vf, "expression").isEmpty();
                    if (!source || forbidden) {
                        report(ArgoRules.ARGUMENT, vf,
                                prefix + n + ".valueFrom only allows: default, configMapKeyRef and supplied",
                                "path, jsonPath, parameter and expression belong to output parameters");
                    }
                }
                if (Yaml.has(p, "enum")) {
                    List<YamlNode> values = Yaml.items(p, "enum");
                    if (values.isEmpty()) {
                        report(ArgoRules.ARGUMENT, Yaml.at(p, "enum"), prefix + n + ".enum should contain at least one value",
                                "list the allowed values, or remove enum");
                        continue;
                    }
                    if (!hasValue) {
                        if (allowEmpty) {
                            // Argo stops checking this argument list here (a quirk kept for fidelity)
                            return;
                        }
                        report(ArgoRules.ARGUMENT, Yaml.at(p, "name"), prefix + n + ".value is required",
                                "set value to one of the enum values");
                        continue;
                    }
                    String v = Yaml.text(p, "value");
                    boolean found = false;
                    for (YamlNode e : values) {
                        if (e instanceof Scalar s && s.value().equals(v)) {
                            found = true;
                        }
                    }
                    if (!found) {
                        report(ArgoRules.ARGUMENT, Yaml.at(p, "value"),
                                prefix + n + ".value should be present in " + prefix + n + ".enum list",
                                "use one of the enum values");
                    }
                }
            }
            for (Mapping a : Yaml.mappings(args, "artifacts")) {
                String n = Yaml.text(a, "name");
                boolean from = !Yaml.text(a, "from").isEmpty();
                if (!from && !hasLocationOrKey(a)) {
                    report(ArgoRules.ARGUMENT, Yaml.at(a, "name"),
                            prefix + n + ".from, artifact location, or key is required",
                            "pass the artifact with from: or give its location (s3, git, http, raw, …)");
                }
                if (from && !Yaml.text(a, "fromExpression").isEmpty()) {
                    report(ArgoRules.ARGUMENT, Yaml.keyAt(a, "fromExpression"),
                            prefix + n + " shouldn't have both `from` and `fromExpression` in Artifact", "keep one");
                }
            }
        }

        boolean hasLocationOrKey(Mapping artifact) {
            for (String k : ARTIFACT_LOCATIONS) {
                if (Yaml.isSet(artifact, k)) {
                    return true;
                }
            }
            return !Yaml.text(artifact, "key").isEmpty();
        }

        // ---- calls -----------------------------------------------------------------------

        /**
         * The template a step, task or hook names, if it can be found; reports what Argo reports when
         * it cannot. Dynamic references ({{…}} in templateRef) resolve to nothing, silently.
         */
        Optional<Callee> resolve(Mapping holder, String prefix) {
            Optional<Mapping> ref = Yaml.mapping(holder, "templateRef");
            String name = Yaml.text(holder, "template");
            if (ref.isPresent()) {
                Mapping r = ref.get();
                if (!name.isEmpty()) {
                    report(ArgoRules.TEMPLATE_REF, Yaml.keyAt(holder, "template"),
                            prefix + "template name cannot be specified with templateRef", "keep template or templateRef");
                    return Optional.empty();
                }
                String wft = Yaml.text(r, "name");
                String tmpl = Yaml.text(r, "template");
                if (Yaml.isSetAsOther(r, "name", Scalar.class) || Yaml.isSetAsOther(r, "template", Scalar.class)) {
                    return Optional.empty(); // wrong-type's
                }
                if (wft.isEmpty()) {
                    report(ArgoRules.TEMPLATE_REF, r, prefix + "resource name is required",
                            "set templateRef.name to the WorkflowTemplate's name");
                    return Optional.empty();
                }
                if (tmpl.isEmpty()) {
                    report(ArgoRules.TEMPLATE_REF, r, prefix + "template name is required",
                            "set templateRef.template to a template of \"" + wft + "\"");
                    return Optional.empty();
                }
                if (Tags.hasTags(wft) || Tags.hasTags(tmpl)) {
                    return Optional.empty();
                }
                boolean cluster = "true".equals(r.textOrNull("clusterScope"));
                Optional<Document> target = catalog.find(cluster ? Kind.CLUSTER_WORKFLOW_TEMPLATE : Kind.WORKFLOW_TEMPLATE,
                        wft);
                if (target.isEmpty()) {
                    report(ArgoRules.TEMPLATE_REF, Yaml.at(r, "name"),
                            prefix + "template reference " + wft + "." + tmpl + " not found",
                            "no " + (cluster ? "ClusterWorkflowTemplate" : "WorkflowTemplate") + " named \"" + wft
                                    + "\" is among the linted files" + (cluster
                                            ? ": add its manifest to the paths linted, or, if it is installed from"
                                                    + " elsewhere, write # hookctl:ignore argo-template-ref -- why"
                                            : catalog.find(Kind.CLUSTER_WORKFLOW_TEMPLATE, wft).isPresent()
                                            ? "; a ClusterWorkflowTemplate has that name: add clusterScope: true"
                                            : " (--cluster also reads those installed in the namespace)"));
                    return Optional.empty();
                }
                for (Mapping t : templatesOf(target.get())) {
                    if (Yaml.text(t, "name").equals(tmpl)) {
                        boolean local = target.get() == doc;
                        return Optional.of(new Callee(t, target.get(), local));
                    }
                }
                List<String> names = new ArrayList<>();
                templatesOf(target.get()).forEach(t -> names.add(Yaml.text(t, "name")));
                report(ArgoRules.TEMPLATE_REF, Yaml.at(r, "template"),
                        prefix + "template reference " + wft + "." + tmpl + " not found", didYouMean(tmpl, names));
                return Optional.empty();
            }
            if (!name.isEmpty()) {
                Mapping t = templates.get(name);
                if (t == null && templatesMisread) {
                    return Optional.empty();
                }
                if (t == null) {
                    report(ArgoRules.TEMPLATE_UNDEFINED, Yaml.at(holder, "template"),
                            prefix + "template name '" + name + "' undefined", didYouMean(name, templates.keySet()));
                    return Optional.empty();
                }
                return Optional.of(new Callee(t, doc, true));
            }
            Optional<Mapping> inline = Yaml.mapping(holder, "inline");
            if (inline.isPresent()) {
                return Optional.of(new Callee(inline.get(), doc, true));
            }
            if (Yaml.isSetAsOther(holder, "template", Scalar.class)) {
                return Optional.empty(); // wrong-type's
            }
            report(ArgoRules.TEMPLATE_UNDEFINED, holder, prefix + "template name '' undefined",
                    "name the template to run with template: (or templateRef:, or inline:)");
            return Optional.empty();
        }

        List<Mapping> templatesOf(Document d) {
            Mapping s = d.spec().orElse(d.root());
            if (d.kind() == Kind.CRON_WORKFLOW) {
                s = Yaml.mapping(s, "workflowSpec").orElse(s);
            }
            return Yaml.mappings(s, "templates");
        }

        /** {@code ProcessArgs}: every input must get a value from the call, its value or its default. */
        void bind(Callee callee, Call call, String prefix, YamlNode at) {
            if (call.fake()) {
                return;
            }
            Mapping t = callee.template();
            String tn = Yaml.text(t, "name");
            Optional<Mapping> inputs = Yaml.mapping(t, "inputs");
            if (inputs.isEmpty()) {
                return;
            }
            for (Mapping p : Yaml.mappings(inputs.get(), "parameters")) {
                if (Yaml.isSetAsOther(p, "name", Scalar.class)) {
                    continue; // an input Argo cannot read (wrong-type's) is not one a caller can be told to pass
                }
                String n = Yaml.text(p, "name");
                boolean value = Yaml.isSet(p, "value") || Yaml.isSet(p, "default");
                Optional<Mapping> valueFrom = Yaml.mapping(p, "valueFrom");
                Optional<Mapping> arg = call.parameter(n);
                if (arg.isPresent()) {
                    if (Yaml.isSet(arg.get(), "value")) {
                        value = true;
                        valueFrom = Optional.empty();
                    } else {
                        value = false;
                        valueFrom = Yaml.mapping(arg.get(), "valueFrom");
                    }
                }
                boolean configMap = valueFrom.filter(v -> Yaml.isSet(v, "configMapKeyRef")).isPresent();
                if (!value && !configMap) {
                    report(ArgoRules.INPUT_NOT_SUPPLIED, at,
                            prefix + "templates." + tn + " inputs.parameters." + n + " was not supplied",
                            "pass it in arguments.parameters, or give the input a value or default"
                                    + (callee.local() ? "" : " (template \"" + tn + "\" of " + callee.owner().kind()
                                    .kindName() + " \"" + callee.owner().name() + "\")"));
                }
            }
            for (Mapping a : Yaml.mappings(inputs.get(), "artifacts")) {
                String n = Yaml.text(a, "name");
                boolean optional = "true".equals(a.textOrNull("optional"));
                if (!optional && !hasLocationOrKey(a) && call.artifact(n).isEmpty()) {
                    report(ArgoRules.INPUT_NOT_SUPPLIED, at,
                            prefix + "templates." + tn + " inputs.artifacts." + n + " was not supplied",
                            "pass it in arguments.artifacts, give the input a location, or mark it optional: true");
                }
            }
        }

        void retryPolicy(Mapping t) {
            Yaml.mapping(t, "retryStrategy").flatMap(r -> Yaml.scalar(r, "retryPolicy")).ifPresent(p -> {
                if (!RETRY_POLICIES.contains(p.value())) {
                    report(ArgoRules.FIELD_VALUE, p, p.value() + " is not a valid RetryPolicy",
                            "use Always, OnFailure, OnError or OnTransientError" + didYouMeanSuffix(p.value(),
                                    List.of("Always", "OnFailure", "OnError", "OnTransientError")));
                }
            });
        }

        // ---- template bodies --------------------------------------------------------------

        /**
         * The index in TYPE_KEYS of the template's type, or -1. Not remembered: a lookup per type key
         * (for the keys a template lacks, mostly a test of its mapping's key filter) costs less than
         * an identity map would.
         */
        int typeIndex(Mapping t) {
            for (int i = 0; i < TYPE_KEYS.length; i++) {
                if (Yaml.isSet(t, TYPE_KEYS[i])) {
                    return i;
                }
            }
            return -1;
        }

        String typeName(Mapping t) {
            int i = typeIndex(t);
            return i < 0 ? "Unknown" : TYPE_NAMES[i];
        }

        boolean isLeaf(Mapping t) {
            String type = typeName(t);
            return !type.equals("Steps") && !type.equals("DAG") && !type.equals("Suspend") && !type.equals("Unknown");
        }

        boolean isPodType(Mapping t) {
            return switch (typeName(t)) {
                case "Container", "ContainerSet", "Script", "Resource", "Data" -> true;
                default -> false;
            };
        }

        List<Mapping> outputs(Mapping t, String key) {
            return Yaml.mapping(t, "outputs").map(o -> Yaml.mappings(o, key)).orElse(List.of());
        }

        /** Validates a template of this document once, wherever it is reached from. */
        void validateBody(Mapping t, Document owner) {
            if (owner != doc || !validatedBodies.add(t)) {
                return;
            }
            String tn = Yaml.text(t, "name");
            retryPolicy(t);
            int types = 0;
            for (int i = typeIndex(t); i >= 0 && i < TYPE_KEYS.length; i++) {
                String k = TYPE_KEYS[i];
                if (Yaml.isSet(t, k)) {
                    types++;
                    if (types == 2) {
                        report(ArgoRules.TEMPLATE_TYPE, Yaml.keyAt(t, k),
                                "templates." + tn + " multiple template types specified. " + TYPE_CHOICES,
                                "split it into one template per type");
                    }
                }
            }
            if (types == 0) {
                report(ArgoRules.TEMPLATE_TYPE, Yaml.has(t, "name") ? Yaml.at(t, "name") : t,
                        "template '" + tn + "' type is unknown",
                        "templates." + tn + " template type unspecified. " + TYPE_CHOICES
                                + typoHint(t));
                return;
            }
            String type = typeName(t);
            boolean leaf = isLeaf(t);
            Scope scope = inputs(t, tn, leaf);
            for (Mapping c : Yaml.mappings(t, "initContainers")) {
                if (Yaml.text(c, "name").isEmpty()) {
                    report(ArgoRules.CONTAINER, c, "initContainers must all have container name", "name it");
                }
            }
            if (isPodType(t)) {
                scope.add("pod.name");
            }
            if (Yaml.isSet(t, "retryStrategy")) {
                scope.add("retries");
            }
            if (leaf) {
                for (Mapping a : outputs(t, "artifacts")) {
                    if (!Yaml.text(a, "path").isEmpty()) {
                        scope.add("outputs.artifacts." + Yaml.text(a, "name") + ".path");
                    }
                }
            }
            Yaml.scalar(t, "timeout").ifPresent(s -> {
                if (!leaf) {
                    report(ArgoRules.FIELD_PLACEMENT, Yaml.keyAt(t, "timeout"),
                            type + " template doesn't support timeout field",
                            "set timeout on the leaf templates it runs, or use activeDeadlineSeconds on the workflow");
                } else if (isInteger(s.value())) {
                    report(ArgoRules.FIELD_VALUE, s, tn + " has invalid duration format in timeout",
                            "write a duration with a unit, e.g. \"" + s.value() + "s\"");
                }
            });
            if (Yaml.isSet(t, "pendingTimeout") && !leaf) {
                report(ArgoRules.FIELD_PLACEMENT, Yaml.keyAt(t, "pendingTimeout"),
                        type + " template doesn't support pendingTimeout field", "set it on the leaf templates");
            }
            switch (type) {
                case "Steps" -> steps(t, tn, scope);
                case "DAG" -> dag(t, tn, scope);
                default -> leaf(t, tn, scope);
            }
            outputsOf(t, tn, type, leaf, scope);
            Yaml.mapping(t, "archiveLocation").ifPresent(a -> gitRepo(a, "templates." + tn + ".archiveLocation"));
            metrics(t, tn);
        }

        String typoHint(Mapping t) {
            List<String> keys = List.of(TYPE_KEYS);
            for (Entry e : t.entries()) {
                Optional<String> close = dev.hookctl.diag.Suggestions.closest(e.name(), keys);
                if (close.isPresent() && !keys.contains(e.name())) {
                    return "; did you mean \"" + close.get() + "\" instead of \"" + e.name() + "\"?";
                }
            }
            return "";
        }

        Scope inputs(Mapping t, String tn, boolean leaf) {
            Scope scope = new Scope();
            Optional<Mapping> inputs = Yaml.mapping(t, "inputs");
            scope.anyInput = Yaml.isSetAsOther(t, "inputs", Mapping.class) || inputs.isPresent()
                    && (Yaml.isSetAsOther(inputs.get(), "parameters", Sequence.class)
                            || Yaml.isSetAsOther(inputs.get(), "artifacts", Sequence.class)
                            || nameMisread(Yaml.mappings(inputs.get(), "parameters"))
                            || nameMisread(Yaml.mappings(inputs.get(), "artifacts")));
            if (inputs.isEmpty()) {
                return scope;
            }
            checkNames(inputs.get(), "parameters", "templates." + tn + ".inputs.parameters", false);
            checkNames(inputs.get(), "artifacts", "templates." + tn + ".inputs.artifacts", false);
            List<Mapping> params = Yaml.mappings(inputs.get(), "parameters");
            for (Mapping p : params) {
                scope.add(joined("inputs.parameters.", Yaml.text(p, "name")));
            }
            if (!params.isEmpty()) {
                scope.add("inputs.parameters");
            }
            for (Mapping a : Yaml.mappings(inputs.get(), "artifacts")) {
                String ref = "inputs.artifacts." + Yaml.text(a, "name");
                scope.add(ref);
                if (leaf) {
                    scope.add(ref + ".path");
                } else if (!Yaml.text(a, "path").isEmpty()) {
                    report(ArgoRules.FIELD_PLACEMENT, Yaml.keyAt(a, "path"),
                            "templates." + tn + "." + ref + ".path only valid in container/script templates",
                            "artifact paths belong to the templates that run a container");
                }
                if (!Yaml.text(a, "from").isEmpty()) {
                    report(ArgoRules.FIELD_PLACEMENT, Yaml.keyAt(a, "from"),
                            "templates." + tn + "." + ref + ".from not valid in inputs",
                            "from: belongs to the arguments of the step or task that passes the artifact");
                }
                gitRepo(a, "templates." + tn + "." + ref);
            }
            return scope;
        }

        void gitRepo(Mapping location, String prefix) {
            Yaml.mapping(location, "git").ifPresent(g -> {
                if (Yaml.text(g, "repo").isEmpty()) {
                    report(ArgoRules.FIELD_VALUE, g, prefix + ".git.repo is required", "set git.repo to the repository URL");
                }
            });
        }

        void metrics(Mapping t, String tn) {
            Yaml.mapping(t, "metrics").ifPresent(m -> {
                for (Mapping metric : Yaml.mappings(m, "prometheus")) {
                    String n = Yaml.text(metric, "name");
                    boolean valid = !n.isEmpty();
                    for (int i = 0; i < n.length(); i++) {
                        if (!Names.isAlnum(n.charAt(i)) && n.charAt(i) != '_') {
                            valid = false;
                        }
                    }
                    if (!valid) {
                        report(ArgoRules.FIELD_VALUE, Yaml.at(metric, "name"), "templates." + tn + " metric name '" + n
                                + "' is invalid. Metric names must contain alphanumeric characters or '_'", "");
                        continue;
                    }
                    for (Mapping label : Yaml.mappings(metric, "labels")) {
                        String k = Yaml.text(label, "key");
                        boolean ok = !k.isEmpty();
                        for (int i = 0; i < k.length(); i++) {
                            if (!Names.isAlnum(k.charAt(i)) && k.charAt(i) != '_') {
                                ok = false;
                            }
                        }
                        if (!ok) {
                            report(ArgoRules.FIELD_VALUE, Yaml.at(label, "key"), "metric label '" + k
                                    + "' is invalid: keys may only contain alphanumeric characters or '_'", "");
                        }
                    }
                    if (Yaml.text(metric, "help").isEmpty()) {
                        report(ArgoRules.FIELD_VALUE, Yaml.at(metric, "name"), "templates." + tn + " metric '" + n
                                + "' must contain a help string under 'help: ' field", "add help:");
                    }
                }
            });
        }

        // ---- leaves ----------------------------------------------------------------------

        void leaf(Mapping t, String tn, Scope scope) {
            checkTags(t, scope, "templates." + tn + ": ", Neighbours.NONE);
            Optional<Mapping> container = Yaml.mapping(t, "container");
            if (container.isPresent()) {
                Map<String, String> mounts = new HashMap<>();
                List<Mapping> vms = Yaml.mappings(container.get(), "volumeMounts");
                for (int i = 0; i < vms.size(); i++) {
                    String path = Yaml.text(vms.get(i), "mountPath");
                    String prev = mounts.putIfAbsent(path, "container.volumeMounts." + Yaml.text(vms.get(i), "name"));
                    if (prev != null) {
                        report(ArgoRules.CONTAINER, Yaml.at(vms.get(i), "mountPath"), "templates." + tn
                                + ".container.volumeMounts[" + i + "].mountPath '" + path + "' already mounted in "
                                + prev, "mount each path once");
                    }
                }
                List<Mapping> arts = Yaml.mapping(t, "inputs").map(in -> Yaml.mappings(in, "artifacts")).orElse(List.of());
                for (int i = 0; i < arts.size(); i++) {
                    String path = Yaml.text(arts.get(i), "path");
                    String prev = mounts.putIfAbsent(path, "inputs.artifacts." + Yaml.text(arts.get(i), "name"));
                    if (prev != null) {
                        report(ArgoRules.CONTAINER, Yaml.at(arts.get(i), "path"), "templates." + tn
                                + ".inputs.artifacts[" + i + "].path '" + path + "' already mounted in " + prev,
                                "load the artifact to a path no volume is mounted at");
                    }
                }
                image(container.get(), t, tn, "container");
            }
            Yaml.mapping(t, "script").ifPresent(s -> image(s, t, tn, "script"));
            Yaml.mapping(t, "containerSet").ifPresent(cs -> containerSet(cs, t, tn));
            for (Mapping s : Yaml.mappings(t, "sidecars")) {
                String n = Yaml.text(s, "name");
                if (RESERVED_CONTAINERS.contains(n)) {
                    report(ArgoRules.CONTAINER, Yaml.at(s, "name"), "templates." + tn + ".sidecars: \"" + n
                            + "\" is a reserved Argo container name", "rename the sidecar");
                }
            }
            Yaml.mapping(t, "resource").ifPresent(r -> resource(r, t, tn));
            Yaml.scalar(t, "activeDeadlineSeconds").ifPresent(s -> {
                boolean ok;
                if (s.type() == YamlNode.ScalarType.INT) {
                    ok = !s.value().startsWith("-");
                } else {
                    String v = s.value();
                    ok = (isInteger(v) && !v.startsWith("-")) || (v.startsWith("{{") && v.endsWith("}}"));
                }
                if (!ok) {
                    report(ArgoRules.FIELD_VALUE, s, "templates." + tn
                            + ".activeDeadlineSeconds must be a positive integer > 0 or an argo variable",
                            "give a number of seconds, e.g. 300");
                }
            });
            if (Yaml.isSet(t, "parallelism")) {
                report(ArgoRules.FIELD_PLACEMENT, Yaml.keyAt(t, "parallelism"),
                        "templates." + tn + ".parallelism is only valid for steps and dag templates",
                        "set parallelism on the steps or dag template that runs this one");
            }
        }

        void image(Mapping c, Mapping t, String tn, String kind) {
            if (!Yaml.text(c, "image").isEmpty() || Yaml.isSetAsOther(c, "image", Scalar.class)) {
                return; // set, or wrong-type's
            }
            boolean defaulted = Yaml.mapping(spec, "templateDefaults").flatMap(d -> d.mapping(kind))
                    .map(d -> !Yaml.text(d, "image").isEmpty()).orElse(false);
            if (!defaulted) {
                report(ArgoRules.CONTAINER, Yaml.keyAt(t, kind), "templates." + tn + "." + kind + ".image may not be empty",
                        "set " + kind + ".image (or spec.templateDefaults." + kind + ".image)");
            }
        }

        void containerSet(Mapping cs, Mapping t, String tn) {
            List<Mapping> containers = Yaml.mappings(cs, "containers");
            String prefix = "templates." + tn + ".containerSet.";
            if (containers.isEmpty()) {
                report(ArgoRules.CONTAINER, cs, prefix + "containers must have at least one container", "");
                return;
            }
            checkNames(cs, "containers", prefix + "containers", true);
            Set<String> names = new HashSet<>();
            containers.forEach(c -> names.add(Yaml.text(c, "name")));
            for (Mapping c : containers) {
                for (YamlNode d : Yaml.items(c, "dependencies")) {
                    if (d instanceof Scalar s && !names.contains(s.value())) {
                        report(ArgoRules.CONTAINER, s, prefix + "containers." + Yaml.text(c, "name") + " dependency '"
                                + s.value() + "' not defined", didYouMean(s.value(), names));
                    }
                }
                String n = Yaml.text(c, "name");
                if (RESERVED_CONTAINERS.contains(n)) {
                    report(ArgoRules.CONTAINER, Yaml.at(c, "name"), prefix + "containers: \"" + n
                            + "\" is a reserved Argo container name", "rename the container");
                }
            }
            boolean io = Yaml.mapping(t, "inputs").map(i -> !Yaml.items(i, "artifacts").isEmpty()).orElse(false)
                    || !outputs(t, "parameters").isEmpty() || !outputs(t, "artifacts").isEmpty();
            if (io && !names.contains("main")) {
                report(ArgoRules.CONTAINER, Yaml.keyAt(cs, "containers"),
                        prefix + "containers must have a container named \"main\" for input or output",
                        "name the container that reads inputs or writes outputs \"main\"");
            }
        }

        void resource(Mapping r, Mapping t, String tn) {
            String action = Yaml.text(r, "action");
            if (!Tags.hasTags(action) && !RESOURCE_ACTIONS.contains(action)) {
                report(ArgoRules.RESOURCE, Yaml.at(r, "action"),
                        "templates." + tn + ".resource.action must be one of: get, create, apply, delete, replace, patch",
                        didYouMean(action, RESOURCE_ACTIONS));
            }
            if (action.equals("get") || action.equals("delete")) {
                return;
            }
            boolean manifest = !Yaml.text(r, "manifest").isEmpty();
            boolean from = Yaml.isSet(r, "manifestFrom");
            if (!manifest && !from) {
                report(ArgoRules.RESOURCE, r, "either templates." + tn + ".resource.manifest or templates." + tn
                        + ".resource.manifestFrom must be specified", "give the manifest to " + action);
            }
            if (manifest && from) {
                report(ArgoRules.RESOURCE, Yaml.keyAt(r, "manifestFrom"),
                        "shouldn't have both `manifest` and `manifestFrom` specified in `Manifest` for resource template",
                        "keep one");
            }
            Yaml.mapping(r, "manifestFrom").flatMap(m -> Yaml.mapping(m, "artifact")).ifPresent(a -> {
                String n = Yaml.text(a, "name");
                boolean found = Yaml.mapping(t, "inputs").map(i -> Yaml.mappings(i, "artifacts").stream()
                        .anyMatch(x -> Yaml.text(x, "name").equals(n))).orElse(false);
                if (!found) {
                    report(ArgoRules.RESOURCE, Yaml.at(a, "name"),
                            "artifact " + n + " in `manifestFrom` refer to a non-exist artifact",
                            "declare it in inputs.artifacts");
                }
            });
            if (manifest) {
                Scalar m = Yaml.scalar(r, "manifest").orElseThrow();
                String text = m.value();
                if (Tags.hasTags(text)) {
                    StringBuilder sb = new StringBuilder(text.length());
                    int copied = 0;
                    for (Tag tag : Tags.parse(text)) {
                        sb.append(text, copied, tag.start()).append("placeholder");
                        copied = tag.end();
                    }
                    text = sb.append(text, copied, text.length()).toString();
                }
                var read = manifestReader.read(new SourceFile(Optional.empty(), "manifest", text));
                if (!read.problems().isEmpty() && read.problems().stream()
                        .anyMatch(p -> p.code().equals(dev.hookctl.yaml.YamlProblem.SYNTAX))) {
                    report(ArgoRules.RESOURCE, m, "templates." + tn + ".resource.manifest must be a valid yaml",
                            read.problems().get(0).message() + " (line " + read.problems().get(0).span().line()
                                    + " of the manifest)");
                }
            }
        }

        // ---- outputs ---------------------------------------------------------------------

        void outputsOf(Mapping t, String tn, String type, boolean leaf, Scope scope) {
            Optional<Mapping> outs = Yaml.mapping(t, "outputs");
            if (outs.isEmpty()) {
                return;
            }
            checkNames(outs.get(), "parameters", "templates." + tn + ".outputs.parameters ", false);
            checkNames(outs.get(), "artifacts", "templates." + tn + ".outputs.artifacts ", false);
            if (!leaf) {
                checkTags(outs.get(), scope, "templates." + tn + ".outputs ", Neighbours.NONE);
            }
            for (Mapping a : Yaml.mappings(outs.get(), "artifacts")) {
                String ref = "outputs.artifacts." + Yaml.text(a, "name");
                if (!leaf && !Yaml.text(a, "path").isEmpty()) {
                    report(ArgoRules.OUTPUT, Yaml.keyAt(a, "path"),
                            "templates." + tn + "." + ref + ".path only valid in container/script templates",
                            "a steps or dag template passes an artifact on with from:");
                }
                globalName(a, "templates." + tn + "." + ref);
            }
            for (Mapping p : Yaml.mappings(outs.get(), "parameters")) {
                String ref = "templates." + tn + ".outputs.parameters." + Yaml.text(p, "name");
                boolean value = Yaml.isSet(p, "value");
                Optional<Mapping> vf = Yaml.mapping(p, "valueFrom");
                if (vf.isPresent() && value) {
                    report(ArgoRules.OUTPUT, Yaml.keyAt(p, "valueFrom"),
                            ref + " has both valueFrom and value specified, choose one", "keep one");
                } else if (!value && vf.isEmpty()) {
                    report(ArgoRules.OUTPUT, Yaml.at(p, "name"), ref + " does not have valueFrom or value specified",
                            "say where the value comes from, e.g. valueFrom.path");
                } else if (vf.isPresent()) {
                    Mapping v = vf.get();
                    int kinds = 0;
                    for (String k : List.of("path", "jqFilter", "jsonPath", "parameter", "expression")) {
                        if (!Yaml.text(v, k).isEmpty()) {
                            kinds++;
                        }
                    }
                    if (Yaml.isSet(v, "supplied")) {
                        kinds++;
                    }
                    if (kinds == 0) {
                        report(ArgoRules.OUTPUT, v, "valueFrom type unspecified. choose one of: path, jqFilter, "
                                + "jsonPath, parameter, raw, expression", "(output parameter " + ref + ")");
                    } else if (kinds > 1) {
                        report(ArgoRules.OUTPUT, v,
                                "multiple valueFrom types specified. choose one of: path, jqFilter, jsonPath, parameter, raw",
                                "(output parameter " + ref + ")");
                    }
                    switch (type) {
                        case "Container", "ContainerSet", "Script" -> {
                            if (Yaml.text(v, "path").isEmpty()) {
                                report(ArgoRules.OUTPUT, v, ref + ".path must be specified for " + type + " templates",
                                        "read the value from a file the container writes: valueFrom.path");
                            }
                        }
                        case "Resource" -> {
                            if (Yaml.text(v, "jqFilter").isEmpty() && Yaml.text(v, "jsonPath").isEmpty()) {
                                report(ArgoRules.OUTPUT, v, ref + " .jqFilter or jsonPath must be specified for "
                                        + type + " templates", "");
                            }
                        }
                        case "DAG", "Steps" -> {
                            boolean param = !Yaml.text(v, "parameter").isEmpty();
                            boolean expr = !Yaml.text(v, "expression").isEmpty();
                            if (!param && !expr) {
                                report(ArgoRules.OUTPUT, v, ref + ".parameter or expression must be specified for "
                                        + type + " templates", "e.g. parameter: \"{{steps.x.outputs.parameters.y}}\"");
                            } else if (param && expr) {
                                report(ArgoRules.OUTPUT, v, ref + " shouldn't have both `from` and `expression` "
                                        + "specified in `ValueFrom` for " + type + " templates", "keep one");
                            }
                        }
                        default -> { }
                    }
                }
                globalName(p, ref);
            }
        }

        void globalName(Mapping named, String ref) {
            String g = Yaml.text(named, "globalName");
            if (!g.isEmpty() && !Names.isParameterReference(g) && !Names.isParameterName(g)) {
                report(ArgoRules.NAME, Yaml.at(named, "globalName"), ref + ".globalName: " + Names.PARAMETER_NAME_RULE,
                        "");
            }
        }

        /**
         * Whether the template a step or task calls is named by a value of a type Argo cannot read
         * ({@code template: [echo]}): wrong-type reports it, and what the template outputs is unknown.
         */
        static boolean templateMisread(Mapping holder) {
            YamlNode ref = holder.getOrNull("templateRef");
            return Yaml.isSetAsOther(holder, "template", Scalar.class) || Yaml.isSetAsOther(holder, "templateRef", Mapping.class)
                    || ref instanceof Mapping r && (Yaml.isSetAsOther(r, "name", Scalar.class)
                            || Yaml.isSetAsOther(r, "template", Scalar.class));
        }

        /** What a finished step or task makes available to the ones after it. */
        void addOutputs(Optional<Callee> callee, String kind, String name, Scope scope, boolean aggregate,
                        boolean ancestor) {
            String base = kind + "." + name;
            scope.add(base + ".id");
            scope.add(base + ".startedAt");
            scope.add(base + ".finishedAt");
            scope.add(base + ".hostNodeName");
            if (ancestor) {
                scope.add(base + ".status");
            }
            if (callee.isEmpty()) {
                return;
            }
            Mapping t = callee.get().template();
            if ("true".equals(t.textOrNull("daemon"))) {
                scope.add(base + ".ip");
            }
            String type = typeName(t);
            boolean main = Yaml.mapping(t, "containerSet").map(cs -> Yaml.mappings(cs, "containers").stream()
                    .anyMatch(c -> Yaml.text(c, "name").equals("main"))).orElse(false);
            if (type.equals("Container") || main || type.equals("Script") || type.equals("Data") || type.equals("HTTP")
                    || type.equals("Plugin")) {
                scope.add(base + ".outputs.result");
                scope.add(base + ".exitCode");
            }
            for (Mapping p : outputs(t, "parameters")) {
                scope.add(base + ".outputs.parameters." + Yaml.text(p, "name"));
                String g = Yaml.text(p, "globalName");
                if (!g.isEmpty()) {
                    if (Names.isParameterReference(g)) {
                        scope.anyWorkflowOutputParameter = true;
                    } else {
                        scope.add("workflow.outputs.parameters." + g);
                        globals.add("workflow.outputs.parameters." + g);
                    }
                }
            }
            for (Mapping a : outputs(t, "artifacts")) {
                scope.add(base + ".outputs.artifacts." + Yaml.text(a, "name"));
                String g = Yaml.text(a, "globalName");
                if (!g.isEmpty()) {
                    if (Names.isParameterReference(g)) {
                        scope.anyWorkflowOutputArtifact = true;
                    } else {
                        scope.add("workflow.outputs.artifacts." + g);
                        globals.add("workflow.outputs.artifacts." + g);
                    }
                }
            }
            if (aggregate) {
                if (type.equals("Script") || type.equals("ContainerSet")) {
                    scope.add(base + ".outputs.result");
                    scope.add(base + ".exitCode");
                }
                scope.add(base + ".outputs.parameters");
            }
        }

        // ---- steps -----------------------------------------------------------------------

        void nonLeaf(Mapping t, String tn) {
            if (Yaml.isSet(t, "activeDeadlineSeconds")) {
                report(ArgoRules.FIELD_PLACEMENT, Yaml.keyAt(t, "activeDeadlineSeconds"),
                        "templates." + tn + ".activeDeadlineSeconds is only valid for leaf templates",
                        "set it on the templates that run containers");
            }
        }

        void steps(Mapping t, String tn, Scope scope) {
            nonLeaf(t, tn);
            Set<String> names = new HashSet<>();
            List<YamlNode> groups = Yaml.items(t, "steps");
            for (int g = 0; g < groups.size(); g++) {
                List<Mapping> group = groups.get(g) instanceof Sequence s ? s.mappings()
                        : groups.get(g) instanceof Mapping m ? List.of(m) : List.of();
                Set<String> earlier = new HashSet<>();
                for (Mapping step : group) {
                    String sn = Yaml.text(step, "name");
                    String at = "templates." + tn + ".steps[" + g + "]";
                    if (sn.isEmpty()) {
                        if (!Yaml.isSetAsOther(step, "name", Scalar.class)) { // else wrong-type's
                            report(ArgoRules.NAME, step, at + ".name is required", "give the step a name");
                        }
                        continue;
                    }
                    if (!names.add(sn)) {
                        report(ArgoRules.DUPLICATE_NAME, Yaml.at(step, "name"), at + ".name '" + sn + "' is not unique",
                                "step names must be unique across all groups of a template");
                    } else {
                        String problems = stepNameProblems(sn);
                        if (!problems.isEmpty()) {
                            report(ArgoRules.NAME, Yaml.at(step, "name"),
                                    at + ".name '" + sn + "' is invalid: " + problems,
                                    "use letters, digits and '-' only (no '_' or '.')");
                        }
                    }
                    String prefix = at + "." + sn + " ";
                    scope.add("steps." + sn + ".status");
                    loops(step, prefix, scope);
                    Yaml.mapping(step, "arguments").ifPresent(a -> checkArguments(at + "." + sn + ".arguments.", a, false));
                    Optional<Callee> callee = resolve(step, prefix);
                    callee.ifPresent(c -> {
                        if (c.local()) {
                            validateBody(c.template(), c.owner());
                        }
                    });
                    if (hasExitHook(step)) {
                        addOutputs(callee, "steps", sn, scope, false, false);
                    }
                    hooks(step, at + "." + sn);
                    Scope stepScope = scope.copy();
                    Yaml.mapping(step, "inline").flatMap(i -> Yaml.mapping(i, "inputs")).ifPresent(i -> Yaml.mappings(i, "parameters")
                            .forEach(p -> stepScope.add("inputs.parameters." + Yaml.text(p, "name"))));
                    checkTags(step, stepScope, "templates." + tn + ".steps ",
                            new Neighbours(earlier, Set.of(), Set.of(), Set.of(), sn));
                    boolean aggregate = !Yaml.items(step, "withItems").isEmpty() || !Yaml.text(step, "withParam").isEmpty();
                    addOutputs(callee, "steps", sn, scope, aggregate, false);
                    if (callee.isEmpty() && templateMisread(step)) {
                        scope.addAnyUnder("steps." + sn + ".");
                    }
                    earlier.add(sn);
                    callee.ifPresent(c -> bind(c, Call.of(Yaml.mapping(step, "arguments")), prefix, callSite(step)));
                }
            }
        }

        String stepNameProblems(String name) {
            return Names.fieldNameProblems(name);
        }

        boolean hasExitHook(Mapping holder) {
            return Yaml.isSet(holder, "onExit") || Yaml.mapping(holder, "hooks").map(h -> Yaml.has(h, "exit")).orElse(false);
        }

        YamlNode callSite(Mapping holder) {
            YamlNode arguments = holder.keyOrNull("arguments");
            if (arguments != null) {
                return arguments;
            }
            YamlNode templateRef = holder.keyOrNull("templateRef");
            return templateRef != null ? templateRef : Yaml.at(holder, "template");
        }

        void loops(Mapping holder, String prefix, Scope scope) {
            List<YamlNode> items = Yaml.items(holder, "withItems");
            boolean param = !Yaml.text(holder, "withParam").isEmpty();
            Optional<Mapping> sequence = Yaml.mapping(holder, "withSequence");
            int defined = (items.isEmpty() ? 0 : 1) + (param ? 1 : 0) + (sequence.isPresent() ? 1 : 0);
            if (defined > 1) {
                report(ArgoRules.LOOP, holder, prefix + "only one of withItems, withParam, withSequence can be specified",
                        "keep one loop source");
                return;
            }
            if (!items.isEmpty()) {
                for (YamlNode item : items) {
                    if (item instanceof Scalar s) {
                        if (s.isNull()) {
                            report(ArgoRules.LOOP, s, prefix + "unsupported withItems type: null",
                                    "give each item a value");
                        } else {
                            scope.add("item");
                        }
                    } else if (item instanceof Sequence q) {
                        for (int i = 0; i < q.size(); i++) {
                            scope.add("item.[" + i + "]");
                        }
                    } else if (item instanceof Mapping m) {
                        m.entries().forEach(e -> scope.add("item." + e.name()));
                    }
                }
            } else if (param) {
                scope.add("item");
                scope.anyItem = true;
            } else if (sequence.isPresent()) {
                if (Yaml.isSet(sequence.get(), "count") && Yaml.isSet(sequence.get(), "end")) {
                    report(ArgoRules.LOOP, sequence.get(),
                            prefix + "only one of count or end can be defined in withSequence", "keep count or end");
                }
                scope.add("item");
            }
        }

        // ---- DAGs ------------------------------------------------------------------------

        /** One task's dependencies: the task names with the node that names each (for positions). */
        record Dependency(String task, YamlNode node, int start, int end, boolean items) {}

        List<Dependency> dependencies(Mapping task) {
            List<Dependency> out = new ArrayList<>();
            Optional<Scalar> depends = Yaml.scalar(task, "depends").filter(s -> !s.value().isEmpty());
            if (depends.isPresent()) {
                for (Depends.Atom a : Depends.atoms(depends.get().value())) {
                    out.add(new Dependency(a.task(), depends.get(), a.start(), a.end(), a.itemsBased()));
                }
                return out;
            }
            for (YamlNode d : Yaml.items(task, "dependencies")) {
                if (d instanceof Scalar s && !s.isNull()) {
                    out.add(new Dependency(s.value(), s, 0, s.value().length(), false));
                }
            }
            return out;
        }

        Location dependencyAt(Dependency d) {
            if (d.node() instanceof Scalar s && s.value().length() >= d.end()) {
                return locator.locate(file, s, d.start(), d.end());
            }
            return doc.at(d.node());
        }

        void dag(Mapping t, String tn, Scope scope) {
            nonLeaf(t, tn);
            Mapping dag = Yaml.mapping(t, "dag").orElse(new Mapping(List.of(), t.span()));
            List<Mapping> tasks = Yaml.mappings(dag, "tasks");
            if (Yaml.isSetAsOther(t, "dag", Mapping.class) || Yaml.isSetAsOther(dag, "tasks", Sequence.class)) {
                return; // wrong-type reports it: Argo cannot read the workflow, so it has no tasks to judge
            }
            if (tasks.isEmpty()) {
                report(ArgoRules.DAG, Yaml.keyAt(t, "dag"), "templates." + tn + " must have at least one task",
                        "add tasks under dag.tasks");
                return;
            }
            boolean usingDepends = tasks.stream().anyMatch(x -> !Yaml.text(x, "depends").isEmpty());
            Map<String, Mapping> byName = new LinkedHashMap<>();
            Map<String, List<Dependency>> deps = new HashMap<>();
            boolean sortable = true;
            for (Mapping task : tasks) {
                String n = Yaml.text(task, "name");
                if (byName.containsKey(n)) {
                    report(ArgoRules.DUPLICATE_NAME, Yaml.at(task, "name"),
                            "templates." + tn + " sorting failed: duplicated nodeName " + n, "rename one of the tasks");
                    sortable = false;
                }
                byName.put(n, task);
                deps.put(n, dependencies(task));
            }
            for (Mapping task : tasks) {
                for (Dependency d : deps.get(Yaml.text(task, "name"))) {
                    if (!byName.containsKey(d.task())) {
                        String word = d.task();
                        String hint = switch (word) {
                            case "and", "or", "not", "AND", "OR", "NOT" -> "depends only knows &&, || and !: write "
                                    + (word.equalsIgnoreCase("and") ? "&&" : word.equalsIgnoreCase("or") ? "||" : "!");
                            default -> didYouMean(word, byName.keySet());
                        };
                        report(ArgoRules.DAG_DEPENDENCY, dependencyAt(d),
                                "templates." + tn + " sorting failed: invalid dependency " + word, hint);
                        sortable = false;
                    }
                }
            }
            List<String> order = sortable ? topologicalOrder(tasks, deps, t, tn) : null;
            checkNames(dag, "tasks", "templates." + tn + ".tasks", true);
            Map<String, Optional<Callee>> callees = new HashMap<>();
            List<Mapping> ordered = new ArrayList<>();
            if (order != null) {
                for (String n : order) {
                    ordered.add(byName.get(n));
                }
            } else {
                ordered.addAll(tasks);
            }
            for (Mapping task : ordered) {
                String n = Yaml.text(task, "name");
                String prefix = "templates." + tn + ".tasks." + n + " ";
                boolean hasDeps = !Yaml.text(task, "depends").isEmpty() || !Yaml.items(task, "dependencies").isEmpty();
                if ((usingDepends || hasDeps) && !n.isEmpty() && n.charAt(0) >= '0' && n.charAt(0) <= '9') {
                    report(ArgoRules.DAG, Yaml.at(task, "name"), prefix
                            + "name cannot begin with a digit when using either 'depends' or 'dependencies'",
                            "start the task name with a letter");
                }
                if (usingDepends && !Yaml.items(task, "dependencies").isEmpty()) {
                    report(ArgoRules.DAG, Yaml.keyAt(task, "dependencies"),
                            "templates." + tn + " cannot use both 'depends' and 'dependencies' in the same DAG template",
                            "write it as depends: \"" + String.join(" && ", dependencies(task).stream()
                                    .map(Dependency::task).toList()) + "\"");
                }
                if (usingDepends && Yaml.isSet(task, "continueOn")) {
                    report(ArgoRules.DAG, Yaml.keyAt(task, "continueOn"), "templates." + tn
                            + " cannot use 'continueOn' when using 'depends'. Instead use 'dep-task.Failed'/'dep-task.Errored'",
                            "in the dependent task write e.g. depends: \"" + n + ".Succeeded || " + n + ".Failed\"");
                }
                Optional<Callee> callee = resolve(task, prefix);
                callee.ifPresent(c -> {
                    if (c.local()) {
                        validateBody(c.template(), c.owner());
                    }
                });
                callees.put(n, callee);
                boolean aggregate = !Yaml.items(task, "withItems").isEmpty() || !Yaml.text(task, "withParam").isEmpty();
                addOutputs(callee, "tasks", n, scope, aggregate, false);
                if (callee.isEmpty() && templateMisread(task)) {
                    scope.addAnyUnder("tasks." + n + ".");
                }
                Optional<Scalar> depends = Yaml.scalar(task, "depends").filter(s -> !s.value().isEmpty());
                if (depends.isPresent()) {
                    for (Depends.Atom a : Depends.atoms(depends.get().value())) {
                        if (a.result().isPresent() && !Depends.RESULTS.contains(a.result().get())) {
                            report(ArgoRules.DAG_DEPENDENCY, locator.locate(file, depends.get(), a.start(), a.end()),
                                    prefix + "task result '" + a.result().get() + "' for task '" + a.task()
                                            + "' is invalid", "results are " + String.join(", ", List.of("Succeeded",
                                            "Failed", "Errored", "Skipped", "Omitted", "Daemoned", "AnySucceeded",
                                            "AllFailed")) + didYouMeanSuffix(a.result().get(), Depends.RESULTS));
                        }
                    }
                    boolean namesKnown = deps.getOrDefault(n, List.of()).stream().allMatch(d -> byName.containsKey(d.task()));
                    Depends.syntaxProblem(depends.get().value()).filter(p -> namesKnown).ifPresent(p -> report(ArgoRules.DEPENDS_SYNTAX,
                            locator.locate(file, depends.get(), p.offset(), Math.min(depends.get().value().length(),
                                    p.offset() + 1)),
                            prefix + "depends \"" + depends.get().value() + "\" cannot be evaluated: " + p.message(),
                            "Argo's lint accepts it, the controller fails the DAG with \"unable to evaluate expression\"; "
                                    + "use task names, task.Result, &&, ||, ! and parentheses"));
                }
                for (Dependency d : deps.getOrDefault(n, List.of())) {
                    Mapping target = byName.get(d.task());
                    if (d.items() && target != null && Yaml.items(target, "withItems").isEmpty()
                            && Yaml.text(target, "withParam").isEmpty() && !Yaml.isSet(target, "withSequence")) {
                        report(ArgoRules.DAG_DEPENDENCY, dependencyAt(d), prefix + "dependency '" + d.task()
                                + "' uses an items-based condition such as .AnySucceeded or .AllFailed but does not "
                                + "contain any items", "use .Succeeded/.Failed for a task without a loop");
                    }
                }
            }
            Optional<Scalar> target = Yaml.scalar(dag, "target");
            if (target.isPresent()) {
                checkTags(target.get(), scope, "templates." + tn + ".targets ", Neighbours.NONE);
                int offset = 0;
                for (String name : target.get().value().split(" ", -1)) {
                    if (!Names.isParameterReference(name) && !byName.containsKey(name)) {
                        report(ArgoRules.DAG, locator.locate(file, target.get(), offset, offset + name.length()),
                                "templates." + tn + ".targets: target '" + name + "' is not defined",
                                didYouMean(name, byName.keySet()));
                    }
                    offset += name.length() + 1;
                }
            }
            Map<String, Set<String>> ancestry = new HashMap<>();
            for (Mapping task : ordered) {
                String n = Yaml.text(task, "name");
                if (Yaml.has(task, "hooks")) {
                    scope.add("tasks." + n + ".status");
                }
                // the first pass already put every task's outputs in scope (Argo adds them again here)
                Optional<Callee> callee = callees.getOrDefault(n, Optional.empty());
                Scope taskScope = scope.copy();
                Set<String> ancestors = dependenciesMisread(task) ? otherThan(n, byName.keySet())
                        : ancestors(n, deps, byName.keySet(), ancestry);
                for (String a : ancestors) {
                    Mapping at = byName.get(a);
                    boolean aggregate = !Yaml.items(at, "withItems").isEmpty() || !Yaml.text(at, "withParam").isEmpty();
                    addOutputs(callees.getOrDefault(a, Optional.empty()), "tasks", a, taskScope, aggregate, true);
                }
                Yaml.mapping(task, "inline").flatMap(i -> Yaml.mapping(i, "inputs")).ifPresent(i -> Yaml.mappings(i, "parameters")
                        .forEach(p -> taskScope.add("inputs.parameters." + Yaml.text(p, "name"))));
                String prefix = "templates." + tn + ".tasks." + n + " ";
                loops(task, prefix, taskScope);
                Set<String> caught = new HashSet<>();
                Yaml.mapping(task, "arguments").ifPresent(args -> {
                    for (Mapping p : Yaml.mappings(args, "parameters")) {
                        String v = Yaml.text(p, "value");
                        missingDependency(v, ancestors, prefix, "parameter", p, Yaml.at(p, "value"), caught);
                    }
                    for (Mapping a : Yaml.mappings(args, "artifacts")) {
                        String v = Yaml.text(a, "from");
                        missingDependency(v, ancestors, prefix, "artifact", a, Yaml.at(a, "from"), caught);
                    }
                    checkArguments("templates." + tn + ".tasks." + n + ".arguments.", args, false);
                });
                checkTags(task, taskScope, prefix, new Neighbours(Set.of(), byName.keySet(), ancestors, caught, n));
                callee.ifPresent(c -> bind(c, Call.of(Yaml.mapping(task, "arguments")), prefix, callSite(task)));
            }
        }

        /**
         * Whether a task's depends or dependencies is of a type Argo cannot read ({@code dependencies: a},
         * {@code depends: [a]}): wrong-type reports it, and as any task may be meant, none is said to be
         * missing from it.
         */
        static boolean dependenciesMisread(Mapping task) {
            if (Yaml.isSetAsOther(task, "depends", Scalar.class) || Yaml.isSetAsOther(task, "dependencies", Sequence.class)) {
                return true;
            }
            for (YamlNode d : Yaml.items(task, "dependencies")) {
                if (!(d instanceof Scalar)) {
                    return true;
                }
            }
            return false;
        }

        static Set<String> otherThan(String task, Set<String> tasks) {
            Set<String> others = new HashSet<>(tasks);
            others.remove(task);
            return others;
        }

        void missingDependency(String value, Set<String> ancestors, String prefix, String what, Mapping named,
                               YamlNode at, Set<String> caught) {
            if (!value.startsWith("{{tasks.")) {
                return;
            }
            String[] parts = value.split("\\.", -1);
            String ref = parts.length > 1 ? parts[1] : "";
            if (!ancestors.contains(ref)) {
                caught.add(ref);
                report(ArgoRules.DAG_DEPENDENCY, at, prefix + "missing dependency '" + ref + "' for " + what + " '"
                        + Yaml.text(named, "name") + "'", "add " + ref + " to this task's depends");
            }
        }

        Set<String> ancestors(String task, Map<String, List<Dependency>> deps, Set<String> known,
                              Map<String, Set<String>> memo) {
            Set<String> out = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            todo.push(task);
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String cur = todo.pop();
                if (!seen.add(cur)) {
                    continue;
                }
                for (Dependency d : deps.getOrDefault(cur, List.of())) {
                    if (known.contains(d.task()) && !d.task().equals(task)) {
                        out.add(d.task());
                    }
                    todo.push(d.task());
                }
            }
            memo.put(task, out);
            return out;
        }

        /** Kahn's algorithm in document order; reports a cycle at each task on it and returns null then. */
        List<String> topologicalOrder(List<Mapping> tasks, Map<String, List<Dependency>> deps, Mapping t, String tn) {
            Map<String, Integer> pending = new LinkedHashMap<>();
            Map<String, List<String>> next = new HashMap<>();
            for (Mapping task : tasks) {
                String n = Yaml.text(task, "name");
                Set<String> unique = new LinkedHashSet<>();
                for (Dependency d : deps.get(n)) {
                    unique.add(d.task());
                }
                pending.put(n, unique.size());
                for (String d : unique) {
                    next.computeIfAbsent(d, k -> new ArrayList<>()).add(n);
                }
            }
            List<String> order = new ArrayList<>();
            Deque<String> ready = new ArrayDeque<>();
            pending.forEach((n, c) -> {
                if (c == 0) {
                    ready.add(n);
                }
            });
            while (!ready.isEmpty()) {
                String n = ready.poll();
                order.add(n);
                for (String m : next.getOrDefault(n, List.of())) {
                    int c = pending.merge(m, -1, Integer::sum);
                    if (c == 0) {
                        ready.add(m);
                    }
                }
            }
            if (order.size() == tasks.size()) {
                return order;
            }
            for (Mapping task : tasks) {
                String n = Yaml.text(task, "name");
                if (!order.contains(n) && onCycle(n, deps)) {
                    YamlNode at = Yaml.has(task, "depends") ? Yaml.at(task, "depends") : Yaml.at(task, "dependencies");
                    report(ArgoRules.DAG_DEPENDENCY, at, "templates." + tn + " sorting failed: graph with cycle",
                            "task \"" + n + "\" depends, directly or not, on itself");
                }
            }
            return null;
        }

        boolean onCycle(String start, Map<String, List<Dependency>> deps) {
            Deque<String> todo = new ArrayDeque<>();
            Set<String> seen = new HashSet<>();
            deps.getOrDefault(start, List.of()).forEach(d -> todo.push(d.task()));
            while (!todo.isEmpty()) {
                String cur = todo.pop();
                if (cur.equals(start)) {
                    return true;
                }
                if (seen.add(cur)) {
                    deps.getOrDefault(cur, List.of()).forEach(d -> todo.push(d.task()));
                }
            }
            return false;
        }

        // ---- variables -------------------------------------------------------------------

        /** Checks every {{tag}} in the strings (and keys) under {@code node} against the scope. */
        void checkTags(YamlNode node, Scope scope, String prefix, Neighbours around) {
            Deque<YamlNode> todo = new ArrayDeque<>();
            todo.push(node);
            while (!todo.isEmpty()) {
                YamlNode n = todo.pop();
                if (n instanceof Scalar s) {
                    if (s.isString() && s.value().indexOf("{{") >= 0) {
                        checkString(s, scope, prefix, around);
                    }
                } else if (n instanceof Mapping m) {
                    for (int i = m.size() - 1; i >= 0; i--) {
                        todo.push(m.valueAt(i));
                        if (m.nameAt(i).indexOf("{{") >= 0) {
                            todo.push(m.keyAt(i));
                        }
                    }
                } else if (n instanceof Sequence q) {
                    for (int i = q.size() - 1; i >= 0; i--) {
                        todo.push(q.item(i));
                    }
                }
            }
        }

        void checkString(Scalar s, Scope scope, String prefix, Neighbours around) {
            boolean firstVisit = reportedTags.add(s);
            for (Tag tag : Tags.parse(s.value())) {
                if (tag instanceof Tag.Simple simple) {
                    checkSimple(s, simple, scope, prefix, around, firstVisit);
                } else if (!firstVisit) {
                    continue;
                } else if (tag instanceof Tag.Expression e) {
                    e.syntaxProblem().ifPresent(p -> report(ArgoRules.TAG_SYNTAX,
                            locator.locate(file, s, p.index(), Math.min(s.value().length(), p.index() + 1)),
                            "expression " + e.text() + ": " + p.message(),
                            "Argo's lint skips expressions; this one fails when the workflow runs"));
                } else {
                    report(ArgoRules.TAG_SYNTAX, locator.locate(file, s, tag.start(), tag.start() + 2),
                            "'{{' is never closed: Cannot find end tag=\"}}\"",
                            "Argo cannot parse a template with an unterminated tag: close it with }}");
                }
            }
        }

        void checkSimple(Scalar s, Tag.Simple tag, Scope scope, String prefix, Neighbours around, boolean firstVisit) {
            String name = tag.name();
            if (!resolvable(name, scope)) {
                if (unresolvedReported == null) {
                    unresolvedReported = new IdentityHashMap<>(4);
                }
                if (!unresolvedReported.computeIfAbsent(s, k -> new HashSet<>()).add(tag.start())) {
                    return;
                }
                report(ArgoRules.UNRESOLVED_VARIABLE, locator.locate(file, s, tag.start(), tag.end()),
                        prefix + "failed to resolve " + tag.text(), unresolvedHint(name, scope));
                return;
            }
            if (templateValidation && firstVisit && !parametersMisread && name.startsWith("workflow.parameters.")
                    && !name.equals("workflow.parameters.json") && !isGlobal(name)) {
                String p = name.substring("workflow.parameters.".length());
                report(ArgoRules.UNDECLARED_PARAMETER, locator.locate(file, s, tag.start(), tag.end()),
                        "workflow parameter \"" + p + "\" is not declared in spec.arguments.parameters",
                        "Argo's template lint accepts it, but a Workflow submitted from this template fails with "
                                + "\"failed to resolve " + tag.text() + "\" unless it passes -p " + p + "=…; declare it"
                                + didYouMeanSuffix(p, declaredParameterSet()));
            }
            if (name.startsWith("steps.") && !around.earlierSiblings().isEmpty()) {
                String step = segment(name, 1);
                if (around.earlierSiblings().contains(step) && !name.equals("steps." + step + ".status")) {
                    report(ArgoRules.SIBLING_REFERENCE, locator.locate(file, s, tag.start(), tag.end()),
                            "step \"" + around.self() + "\" references " + tag.text() + " of step \"" + step
                                    + "\", which runs in parallel in the same step group",
                            "Argo's lint accepts it but the value does not exist yet at run time; move \"" + step
                                    + "\" to an earlier group (a separate '- - name:' entry)");
                }
            }
            if (name.startsWith("tasks.") && !around.dagTasks().isEmpty()) {
                String task = segment(name, 1);
                if (around.dagTasks().contains(task) && !task.equals(around.self())
                        && !around.ancestors().contains(task) && !around.caughtByArgo().contains(task)) {
                    report(ArgoRules.TASK_NOT_ANCESTOR, locator.locate(file, s, tag.start(), tag.end()),
                            "task \"" + around.self() + "\" references " + tag.text() + " but does not depend on task \""
                                    + task + "\"",
                            "Argo's lint accepts it, but \"" + task + "\" may not have run yet; add it to depends");
                }
            }
        }

        String segment(String name, int index) {
            String[] parts = name.split("\\.", index + 2);
            return parts.length > index ? parts[index] : "";
        }

        boolean resolvable(String name, Scope scope) {
            boolean checked = false;
            for (String p : CHECKED_PREFIXES) {
                if (name.startsWith(p)) {
                    checked = true;
                    break;
                }
            }
            if (!checked || scope.has(name) || isGlobal(name)) {
                return true;
            }
            if (scope.anyItem && (name.equals("item") || name.startsWith("item."))) {
                return true;
            }
            if (scope.anyInput && name.startsWith("inputs.")) {
                return true;
            }
            if (scope.hasAnyUnder(name)) {
                return true;
            }
            if (scope.anyWorkflowOutputParameter && name.startsWith("workflow.outputs.parameters.")) {
                return true;
            }
            if ((scope.anyWorkflowOutputArtifact || globalAnyOutputArtifact)
                    && name.startsWith("workflow.outputs.artifacts.")) {
                return true;
            }
            for (String p : ALWAYS_ALLOWED) {
                if (name.startsWith(p)) {
                    return true;
                }
            }
            return (templateValidation || parametersMisread) && name.startsWith("workflow.parameters");
        }

        String unresolvedHint(String name, Scope scope) {
            List<String> candidates = new ArrayList<>();
            String root = name.contains(".") ? name.substring(0, name.indexOf('.') + 1) : name;
            for (String n : scope.names) {
                if (n.startsWith(root)) {
                    candidates.add(n);
                }
            }
            String close = dev.hookctl.diag.Suggestions.didYouMean(name, candidates);
            if (!close.isEmpty()) {
                return close;
            }
            if (name.startsWith("inputs.parameters.")) {
                return "declare it in this template's inputs.parameters";
            }
            if (name.startsWith("workflow.parameters.")) {
                return "declare it in spec.arguments.parameters";
            }
            if (name.startsWith("steps.")) {
                return "only steps of earlier groups (and their declared outputs) can be referenced";
            }
            if (name.startsWith("tasks.")) {
                return "reference a task of this DAG, its declared outputs, or .status of a task it depends on";
            }
            if (name.startsWith("workflow.labels.") || name.startsWith("workflow.annotations.")) {
                return "declare the key in metadata or spec.workflowMetadata, or use {{=workflow.labels['…']}}";
            }
            return "";
        }
    }

    static boolean isInteger(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String didYouMean(String wrong, java.util.Collection<String> candidates) {
        return dev.hookctl.diag.Suggestions.didYouMean(wrong, candidates);
    }

    static String didYouMeanSuffix(String wrong, java.util.Collection<String> candidates) {
        String s = didYouMean(wrong, candidates);
        return s.isEmpty() ? "" : "; " + s;
    }
}
