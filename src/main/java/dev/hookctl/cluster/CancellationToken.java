package dev.hookctl.cluster;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets another thread (the Ctrl-C handler, a test) stop a wait. Cancelling only stops waiting:
 * the Workflow keeps running in the cluster.
 */
public final class CancellationToken {
    private final CountDownLatch cancelled = new CountDownLatch(1);

    public void cancel() {
        cancelled.countDown();
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Sleeps up to {@code d}, returning early (true) when cancelled. */
    boolean awaitCancel(Duration d) throws InterruptedException {
        return cancelled.await(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS);
    }
}
