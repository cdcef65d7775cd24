package dev.hookctl.release;

import java.util.Optional;

/**
 * What the user states about the release on the command line ({@code --product},
 * {@code --release-version}, {@code --commit}, {@code --release-id}, {@code --release-url},
 * {@code --error-message}). Each overrides what hookctl would derive or invent.
 */
public record ReleaseOptions(Optional<String> product, Optional<String> version, Optional<String> commit,
                             Optional<String> releaseId, Optional<String> releaseUrl, Optional<String> errorMessage) {
    public static final ReleaseOptions NONE = new ReleaseOptions(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
}
