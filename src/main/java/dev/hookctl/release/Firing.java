package dev.hookctl.release;

import java.util.Optional;

/**
 * One hook firing in a simulated release: its place in the timeline ({@code order} from 1;
 * {@code group} is the parallel group of an environment-level firing, 0 for the release level),
 * the event, the hook, what happened, and the Workflow it creates (absent when the hook's
 * template is not in the files).
 */
public record Firing(int order, int group, ReleaseEvent event, String hook, Result result, String detail,
                     Optional<RenderedWorkflow> rendered, PromotionContext exported) implements TimelineEntry {

    /** What became of a firing. */
    public enum Result {
        SUCCEEDED("succeeded"),
        /** Made to fail with --fail-hook. */
        FAILED("failed"),
        /** Argo refuses the Workflow: missing arguments, or no template of that name. */
        REFUSED("refused");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean ok() {
        return result == Result.SUCCEEDED;
    }

    /** "03-slack-fail-hook.yaml": the file {@code --render-dir} writes this firing's Workflow to. */
    public String fileName(int totalFirings) {
        int width = Math.max(2, String.valueOf(totalFirings).length());
        return String.format("%0" + width + "d-%s.yaml", order, fileSafe(hook));
    }

    private static String fileSafe(String hook) {
        return hook.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Whether a file name has the shape {@link #fileName} gives: two or more digits, '-', a name, ".yaml". */
    public static boolean looksLikeFileName(String name) {
        return name.matches("[0-9]{2,}-[A-Za-z0-9._-]+\\.yaml");
    }

    /**
     * Whether a file is a Workflow that {@code --render-dir} wrote: named as {@link #fileName} names
     * it, and its first line is the header {@link RenderedWorkflow#header()} starts with, for the
     * hook the name says. A file the user wrote and happened to name like that is not one.
     */
    public static boolean isRenderedFile(String name, String firstLine) {
        if (!looksLikeFileName(name)) {
            return false;
        }
        Optional<String> hook = RenderedWorkflow.hookOfHeader(firstLine);
        return hook.isPresent() && name.substring(name.indexOf('-') + 1).equals(fileSafe(hook.get()) + ".yaml");
    }
}
