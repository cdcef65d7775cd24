package dev.hookctl.release;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Everything besides the manifests that decides a firing's arguments: the user's release options
 * and parameter values, a promotion context, the release URL template of {@code .hookctl.yaml},
 * the folder whose Git checkout gives COMMIT_SHA, and the clock and id source (injected so tests
 * are deterministic).
 */
public record ReleaseInputs(ReleaseOptions options, UserParameters parameters, PromotionContext context,
                            Optional<String> releaseUrlTemplate, Optional<Path> checkout, IdSource ids, Clock clock) {

    /** No options, no Git checkout, random ids, the system clock. */
    public static ReleaseInputs defaults() {
        return new ReleaseInputs(ReleaseOptions.NONE, UserParameters.NONE, PromotionContext.EMPTY, Optional.empty(),
                Optional.empty(), IdSource.random(), Clock.systemUTC());
    }

    public ReleaseInputs withParameters(UserParameters p) {
        return new ReleaseInputs(options, p, context, releaseUrlTemplate, checkout, ids, clock);
    }

    public ReleaseInputs withOptions(ReleaseOptions o) {
        return new ReleaseInputs(o, parameters, context, releaseUrlTemplate, checkout, ids, clock);
    }

    public ReleaseInputs withContext(PromotionContext c) {
        return new ReleaseInputs(options, parameters, c, releaseUrlTemplate, checkout, ids, clock);
    }
}
