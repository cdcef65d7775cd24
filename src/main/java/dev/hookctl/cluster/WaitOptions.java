package dev.hookctl.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a Workflow: at most {@code timeout} (zero: no limit), streaming the {@code main}
 * container logs or not, stoppable through {@code cancel}. The clock only feeds the elapsed time shown.
 */
public record WaitOptions(Duration timeout, boolean streamLogs, CancellationToken cancel, Clock clock) {
    public WaitOptions {
        Objects.requireNonNull(timeout);
        Objects.requireNonNull(cancel);
        Objects.requireNonNull(clock);
    }

    public static WaitOptions of(Duration timeout, boolean streamLogs, CancellationToken cancel) {
        return new WaitOptions(timeout, streamLogs, cancel, Clock.systemUTC());
    }
}
