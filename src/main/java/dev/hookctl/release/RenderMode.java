package dev.hookctl.release;

/** How a firing's Workflow is written. */
public enum RenderMode {
    /** As Codefresh and {@code argo submit --from} create it: a reference to the template plus arguments. */
    REFERENCE,
    /** Self-contained: the template's spec copied in, statically known tags substituted. */
    INLINE
}
