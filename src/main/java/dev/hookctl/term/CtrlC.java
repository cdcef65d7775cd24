package dev.hookctl.term;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT, SIGTERM) during a wait into a cancellation instead of an abrupt exit: a
 * shutdown hook runs {@code onInterrupt} (cancel the wait), then holds the JVM until the command has
 * printed how to follow or delete the Workflow it leaves running ({@link #finished()}), at most
 * {@link #GRACE}. The process then exits with 130, as after any Ctrl-C. No jline, no internal API.
 */
public final class CtrlC implements AutoCloseable {
    public static final Duration GRACE = Duration.ofSeconds(3);

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private CtrlC(Runnable onInterrupt) {
        this.hook = new Thread(() -> {
            onInterrupt.run();
            try {
                finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hookctl-ctrl-c");
    }

    /** Installs the handler until {@link #close()}. */
    public static CtrlC onInterrupt(Runnable onInterrupt) {
        CtrlC c = new CtrlC(onInterrupt);
        Runtime.getRuntime().addShutdownHook(c.hook);
        return c;
    }

    /** The command has printed what it had to say; the JVM may go. */
    public void finished() {
        finished.countDown();
    }

    /** Removes the handler (normal end of the wait). During a shutdown there is nothing to remove. */
    @Override
    public void close() {
        finished();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C already started the shutdown: the hook is running and now released
        }
    }
}
