package dev.hookctl.cluster;

/** One line of a {@code main} container's log, with the Argo node (or pod) it came from. Secret values are masked. */
public record LogLine(String node, String pod, String text) {
    /** {@code node: text}, the way the log stream is printed. */
    public String formatted() {
        return node + ": " + text;
    }
}
