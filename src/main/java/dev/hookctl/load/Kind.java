package dev.hookctl.load;

import java.util.Optional;

/** The manifest kinds hookctl understands, with the apiVersion each must carry. */
public enum Kind {
    PROMOTION_FLOW("codefresh.io", "v1beta1", "PromotionFlow"),
    PRODUCT("codefresh.io", "v1beta1", "Product"),
    PROMOTION_POLICY("codefresh.io", "v1beta1", "PromotionPolicy"),
    PROMOTION_TEMPLATE("codefresh.io", "v1beta1", "PromotionTemplate"),
    WORKFLOW("argoproj.io", "v1alpha1", "Workflow"),
    WORKFLOW_TEMPLATE("argoproj.io", "v1alpha1", "WorkflowTemplate"),
    CLUSTER_WORKFLOW_TEMPLATE("argoproj.io", "v1alpha1", "ClusterWorkflowTemplate"),
    CRON_WORKFLOW("argoproj.io", "v1alpha1", "CronWorkflow");

    private final String group;
    private final String version;
    private final String kindName;
    // asked of every document by several checks: worked out once
    private final String apiVersion;
    private final boolean argo;
    private final boolean codefresh;

    Kind(String group, String version, String kindName) {
        this.group = group;
        this.version = version;
        this.kindName = kindName;
        this.apiVersion = group + "/" + version;
        this.argo = group.equals("argoproj.io");
        this.codefresh = group.equals("codefresh.io");
    }

    public String group() {
        return group;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kindName() {
        return kindName;
    }

    public boolean isArgo() {
        return argo;
    }

    public boolean isCodefresh() {
        return codefresh;
    }

    /**
     * The kind a document declares, judged by its group and kind name; the version is checked
     * by a rule, so a wrong version is still linted as the kind it was meant to be.
     */
    public static Optional<Kind> of(String apiVersion, String kind) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : apiVersion;
        for (Kind k : values()) {
            if (k.kindName.equals(kind) && k.group.equals(group)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
