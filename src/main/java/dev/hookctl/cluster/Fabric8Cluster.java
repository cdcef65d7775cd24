package dev.hookctl.cluster;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** {@link ClusterClient} on fabric8's kubernetes-client with the JDK HTTP client. */
final class Fabric8Cluster implements ClusterClient {
    private final KubernetesClient client;
    private final ClusterTarget target;
    private final Redaction redaction;
    private final FailureTranslator failures;

    Fabric8Cluster(KubernetesClient client, ClusterTarget target, Redaction redaction, ConnectionSettings settings,
                   ForeignAnswers foreignAnswers) {
        this.client = client;
        this.target = target;
        this.redaction = redaction;
        this.failures = new FailureTranslator(target, settings.connectTimeout(), settings.requestTimeout(), this::argoInstalled,
                foreignAnswers::last);
    }

    static ClusterClient connect(ConnectionSettings settings, Redaction redaction) throws ClusterException {
        KubeconfigResolver.Resolved resolved;
        try {
            resolved = KubeconfigResolver.resolve(settings);
        } catch (ClusterException e) {
            throw new ClusterException(e.problem().redacted(redaction));
        }
        ForeignAnswers foreignAnswers = new ForeignAnswers();
        KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(resolved.config())
                .withHttpClientFactory(new JdkHttpClientFactory())
                .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor(ForeignAnswers.NAME, foreignAnswers))
                .build();
        return new Fabric8Cluster(client, resolved.target(), redaction.withValues(resolved.credentials()), settings,
                foreignAnswers);
    }

    @Override
    public ClusterTarget target() {
        return target;
    }

    Redaction redaction() {
        return redaction;
    }

    KubernetesClient client() {
        return client;
    }

    @Override
    public Applied apply(Map<String, ?> template, boolean dryRun) throws ClusterException {
        String kind = String.valueOf(template.get("kind"));
        ResourceDefinitionContext rdc = switch (kind) {
            case "WorkflowTemplate" -> ArgoResources.WORKFLOW_TEMPLATES;
            case "ClusterWorkflowTemplate" -> ArgoResources.CLUSTER_WORKFLOW_TEMPLATES;
            default -> throw new IllegalArgumentException("apply takes a WorkflowTemplate or ClusterWorkflowTemplate, not " + kind);
        };
        GenericKubernetesResource resource = toResource(template);
        String name = Objects.requireNonNull(resource.getMetadata().getName(), "a template to apply needs metadata.name");
        String ns = rdc.isNamespaceScoped() ? target.namespace() : "";
        if (rdc.isNamespaceScoped()) {
            resource.getMetadata().setNamespace(ns);
        }
        String rbac = ArgoResources.rbacName(rdc);
        GenericKubernetesResource existing = call(new Access("get", rbac, ns), kind, name,
                () -> templates(rdc).withName(name).get());
        if (existing == null) {
            call(new Access("create", rbac, ns), kind, name, () -> {
                Resource<GenericKubernetesResource> r = templates(rdc).resource(resource);
                return dryRun ? r.dryRun().create() : r.create();
            });
            return new Applied(kind, name, ns, Applied.Action.CREATED, dryRun);
        }
        resource.getMetadata().setResourceVersion(existing.getMetadata().getResourceVersion());
        call(new Access("update", rbac, ns), kind, name, () -> {
            Resource<GenericKubernetesResource> r = templates(rdc).resource(resource);
            return dryRun ? r.dryRun().update() : r.update();
        });
        return new Applied(kind, name, ns, Applied.Action.UPDATED, dryRun);
    }

    private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> templates(
            ResourceDefinitionContext rdc) {
        return rdc.isNamespaceScoped()
                ? client.genericKubernetesResources(rdc).inNamespace(target.namespace())
                : client.genericKubernetesResources(rdc);
    }

    @Override
    public Submitted submit(Map<String, ?> workflow, SubmitOptions options) throws ClusterException {
        if (!"Workflow".equals(workflow.get("kind")) || !ArgoResources.API_VERSION.equals(workflow.get("apiVersion"))) {
            throw new IllegalArgumentException("submit takes an " + ArgoResources.API_VERSION + " Workflow, not "
                    + workflow.get("apiVersion") + " " + workflow.get("kind"));
        }
        GenericKubernetesResource resource = toResource(workflow);
        String ns = target.namespace();
        resource.getMetadata().setNamespace(ns);
        if (options.checkTemplateRef()) {
            requireReferencedTemplate(workflow);
        }
        String name = resource.getMetadata().getName() == null ? "" : resource.getMetadata().getName();
        GenericKubernetesResource created = call(new Access("create", ArgoResources.rbacName(ArgoResources.WORKFLOWS), ns),
                "Workflow", name, () -> {
                    Resource<GenericKubernetesResource> r = client.genericKubernetesResources(ArgoResources.WORKFLOWS)
                            .inNamespace(ns).resource(resource);
                    return options.dryRun() ? r.dryRun().create() : r.create();
                });
        ObjectMeta meta = created.getMetadata();
        String createdName = meta != null && meta.getName() != null ? meta.getName()
                : resource.getMetadata().getGenerateName() == null ? name : resource.getMetadata().getGenerateName();
        return new Submitted(createdName, ns, options.dryRun(), redaction.apply(toMap(created)));
    }

    private void requireReferencedTemplate(Map<String, ?> workflow) throws ClusterException {
        if (!(workflow.get("spec") instanceof Map<?, ?> spec) || !(spec.get("workflowTemplateRef") instanceof Map<?, ?> ref)
                || !(ref.get("name") instanceof String templateName)) {
            return;
        }
        boolean clusterScope = Boolean.TRUE.equals(ref.get("clusterScope"));
        ResourceDefinitionContext rdc = clusterScope ? ArgoResources.CLUSTER_WORKFLOW_TEMPLATES : ArgoResources.WORKFLOW_TEMPLATES;
        String ns = clusterScope ? "" : target.namespace();
        String kind = rdc.getKind();
        GenericKubernetesResource found = call(new Access("get", ArgoResources.rbacName(rdc), ns), kind, templateName,
                () -> templates(rdc).withName(templateName).get());
        if (found == null) {
            // fabric8 turns any 404 into null: tell "template missing" from "Argo missing"
            throw new ClusterException((argoInstalled()
                    ? Problems.templateNotFound(kind, templateName, ns)
                    : Problems.argoNotInstalled(target)).redacted(redaction));
        }
    }

    @Override
    public WaitOutcome await(String workflowName, WaitOptions options, WaitListener listener) throws ClusterException {
        return new WorkflowWaiter(this, workflowName, options, listener).run();
    }

    @Override
    public List<Map<String, Object>> workflowTemplates() throws ClusterException {
        String ns = target.namespace();
        List<GenericKubernetesResource> items = call(
                new Access("list", ArgoResources.rbacName(ArgoResources.WORKFLOW_TEMPLATES), ns), "WorkflowTemplate", "",
                () -> client.genericKubernetesResources(ArgoResources.WORKFLOW_TEMPLATES).inNamespace(ns).list().getItems());
        List<Map<String, Object>> out = new ArrayList<>();
        items.stream()
                .sorted(Comparator.comparing(r -> r.getMetadata().getName()))
                .forEach(r -> {
                    Map<String, Object> m = toMap(r);
                    // the list response leaves kind/apiVersion off its items
                    m.putIfAbsent("apiVersion", ArgoResources.API_VERSION);
                    m.putIfAbsent("kind", "WorkflowTemplate");
                    out.add(m);
                });
        return out;
    }

    @Override
    public void close() {
        client.close();
    }

    /** Runs one request, turning fabric8's exception into a redacted {@link ClusterProblem}. */
    <T> T call(Access access, String kind, String name, Supplier<T> request) throws ClusterException {
        try {
            return request.get();
        } catch (KubernetesClientException e) {
            throw new ClusterException(failures.translate(e, access, kind, name).redacted(redaction));
        }
    }

    ClusterProblem transportProblem(Throwable t) {
        return failures.transport(t).redacted(redaction);
    }

    /** Whether the API server serves Argo's group; asked only to explain a 404. */
    boolean argoInstalled() {
        try {
            APIResourceList list = client.getApiResources(ArgoResources.API_VERSION);
            if (list == null) {
                return false;
            }
            List<APIResource> resources = list.getResources();
            return resources == null || resources.isEmpty()
                    || resources.stream().anyMatch(r -> "workflows".equals(r.getName()));
        } catch (KubernetesClientException e) {
            return e.getCode() != 404;
        }
    }

    GenericKubernetesResource toResource(Map<String, ?> tree) {
        GenericKubernetesResource r = client.getKubernetesSerialization().convertValue(tree, GenericKubernetesResource.class);
        if (r.getMetadata() == null) {
            r.setMetadata(new ObjectMeta());
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> toMap(GenericKubernetesResource r) {
        return new LinkedHashMap<>(client.getKubernetesSerialization().convertValue(r, Map.class));
    }
}
