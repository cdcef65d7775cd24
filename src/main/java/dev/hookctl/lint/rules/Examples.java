package dev.hookctl.lint.rules;

/** Builders for the example manifests in rule documentation, so examples stay short and uniform. */
final class Examples {
    private Examples() {}

    /** A PromotionFlow named web-release with the given spec body (written without indentation). */
    static String flow(String spec) {
        return "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata:\n  name: web-release\nspec:\n"
                + spec.stripTrailing().indent(2);
    }

    /** A hook WorkflowTemplate with the given name, extra metadata lines and spec body. */
    static String hook(String name, String spec) {
        return "apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata:\n  name: " + name
                + "\n  annotations:\n    codefresh.io/workflow-origin: promotion\nspec:\n" + spec.stripTrailing().indent(2);
    }

    /** A minimal valid hook body: service account, entrypoint and one container template. */
    static final String HOOK_BODY = """
            serviceAccountName: cf-default-promotion-workflows-sa
            entrypoint: main
            templates:
              - name: main
                container:
                  image: alpine:3.20
                  command: [echo, done]
            """;
}
