package dev.hookctl.cli;

import dev.hookctl.cluster.ConnectionSettings;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * kubectl's cluster options, for every command that talks to a cluster ({@code fire}, and
 * {@code lint/simulate --cluster}): the connection plus {@code -n}. Only fabric8-free types here:
 * picocli loads this class for every command.
 */
final class ClusterOptions {
    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "Namespace (default: the context's namespace, else default).")
    String namespace;

    /** The first of these options the command line gives (see {@link ConnectionOptions#given}). */
    Optional<String> given() {
        return namespace != null ? Optional.of("-n/--namespace") : connection.given();
    }

    /** The settings, or empty when --request-timeout is no duration (the caller reports a usage error). */
    Optional<ConnectionSettings> settings(Console console) {
        return connection.settings(console, Optional.ofNullable(namespace));
    }

    /** The settings, or the usage error about --request-timeout already printed. */
    ReleaseSession.Result<ConnectionSettings> settingsOrReport(Console console) {
        return connection.settingsOrReport(console, Optional.ofNullable(namespace));
    }
}
