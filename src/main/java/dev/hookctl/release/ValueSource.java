package dev.hookctl.release;

/** Where a rendered argument value came from, highest precedence first. */
public enum ValueSource {
    /** {@code -p NAME=VALUE}. */
    PARAMETER("-p"),
    /** {@code --parameter-file}. */
    PARAMETER_FILE("--parameter-file"),
    /** The promotion context (given, or exported by an earlier hook in a simulation). */
    PROMOTION_CONTEXT("promotion context"),
    /** A release option such as {@code --product}. */
    FLAG("option"),
    /** {@code .hookctl.yaml}. */
    CONFIG("configuration"),
    /** Worked out from the manifests, the Git checkout or the event. */
    DERIVED("derived"),
    /** Made up by hookctl because nothing real was available. Always shown as such. */
    INVENTED("invented"),
    /** The template's own value (Argo merges it; it is not passed in the Workflow). */
    TEMPLATE("template");

    private final String label;

    ValueSource(String label) {
        this.label = label;
    }

    /** How the text output shows this source, in brackets. */
    public String label() {
        return label;
    }

    /** How {@code simulate -o json} spells this source: a stable contract, documented in docs/simulate.md. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
