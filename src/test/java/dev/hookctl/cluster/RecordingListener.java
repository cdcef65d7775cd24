package dev.hookctl.cluster;

import java.util.ArrayList;
import java.util.List;

/** Collects what a wait reports, for assertions. */
final class RecordingListener implements WaitListener {
    final List<WorkflowProgress> progress = new ArrayList<>();
    final List<LogLine> logs = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @Override
    public synchronized void progress(WorkflowProgress p, boolean changed) {
        if (changed) {
            progress.add(p);
        }
    }

    @Override
    public synchronized void log(LogLine line) {
        logs.add(line);
    }

    @Override
    public synchronized void notice(String text) {
        notices.add(text);
    }

    synchronized int progressCount() {
        return progress.size();
    }

    synchronized List<String> phases() {
        return progress.stream().map(WorkflowProgress::phase).distinct().toList();
    }

    synchronized List<String> logLines() {
        return logs.stream().map(LogLine::formatted).toList();
    }
}
