package dev.hookctl.release;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes release ids; injected so tests and golden output are deterministic. */
@FunctionalInterface
public interface IdSource {
    String newReleaseId();

    /** Random UUIDs, as Codefresh release ids look. */
    static IdSource random() {
        return () -> UUID.randomUUID().toString();
    }

    /**
     * One random UUID, the same on every call: for a caller that renders the same firing several
     * times (fire, after prompting for missing arguments) and must keep one RELEASE_ID.
     */
    static IdSource once() {
        String id = UUID.randomUUID().toString();
        return () -> id;
    }

    /** Name-based UUIDs from a counter: the same sequence on every run. */
    static IdSource sequence(String seed) {
        AtomicInteger n = new AtomicInteger();
        return () -> UUID.nameUUIDFromBytes((seed + "#" + n.incrementAndGet())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
