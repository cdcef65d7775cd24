package dev.hookctl.cluster;

/**
 * Receives what happens while waiting. Calls come from several threads (the watch, one per followed
 * pod log) but never at the same time: the client serialises them.
 */
public interface WaitListener {
    /** The Workflow changed, or time passed (then {@code changed} is false: only the elapsed time moved). */
    void progress(WorkflowProgress progress, boolean changed);

    /** A line of a pod's {@code main} container log. */
    void log(LogLine line);

    /** Something worth a line on stderr that is not a failure (a watch resumed, a log could not be read). */
    void notice(String text);

    WaitListener SILENT = new WaitListener() {
        @Override
        public void progress(WorkflowProgress progress, boolean changed) {
        }

        @Override
        public void log(LogLine line) {
        }

        @Override
        public void notice(String text) {
        }
    };
}
