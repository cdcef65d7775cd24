package dev.hookctl.cli;

import dev.hookctl.release.ReleaseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The release facts a user can state, and the arguments they can give (render, simulate, fire). */
final class ReleaseOptionsMixin {
    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE",
            description = "Give an argument a value (repeatable; highest precedence).")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--parameter-file", paramLabel = "FILE", converter = PathConverter.Text.class, description = "A YAML or JSON map of argument values.")
    String parameterFile;

    @Option(names = "--promotion-context", paramLabel = "JSON|@FILE",
            description = "The promotion context earlier hooks exported: a JSON object, or @FILE holding one.")
    String promotionContext;

    @Option(names = "--product", paramLabel = "NAME", description = "PRODUCT_NAME (default: the only Product that uses the flow).")
    String product;

    @Option(names = "--release-version", paramLabel = "VERSION", description = "VERSION of the release.")
    String version;

    @Option(names = "--commit", paramLabel = "SHA", description = "COMMIT_SHA (default: HEAD of the Git checkout of the files).")
    String commit;

    @Option(names = "--release-id", paramLabel = "ID", description = "RELEASE_ID (default: a new UUID, marked invented).")
    String releaseId;

    @Option(names = "--release-url", paramLabel = "URL",
            description = "RELEASE_URL (default: release.urlTemplate of .hookctl.yaml).")
    String releaseUrl;

    ReleaseOptions toOptions(Optional<String> errorMessage) {
        return new ReleaseOptions(Optional.ofNullable(product), Optional.ofNullable(version), Optional.ofNullable(commit),
                Optional.ofNullable(releaseId), Optional.ofNullable(releaseUrl), errorMessage);
    }

    List<String> parameterList() {
        return new ArrayList<>(parameters);
    }
}
