package dev.hookctl.release;

import dev.hookctl.load.Catalog;
import dev.hookctl.load.LoadResult;
import dev.hookctl.load.Loader;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlReader;
import dev.hookctl.yaml.SourceFile;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The release test manifests (src/test/resources/release) and deterministic inputs. */
final class Fixtures {
    static final Path DIR = Path.of("src", "test", "resources", "release");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private Fixtures() {}

    static Catalog catalog() {
        try {
            LoadResult r = new Loader(Path.of("").toAbsolutePath(), new ByteArrayInputStream(new byte[0]))
                    .load(List.of(DIR.toString()));
            if (!r.diagnostics().isEmpty()) {
                throw new AssertionError("fixtures do not load cleanly: " + r.diagnostics());
            }
            return Catalog.of(r);
        } catch (Loader.MissingInputException e) {
            throw new AssertionError(e);
        }
    }

    static ReleaseInputs inputs() {
        return new ReleaseInputs(new ReleaseOptions(Optional.empty(), Optional.of("1.4.2"), Optional.of("abc123"),
                Optional.empty(), Optional.empty(), Optional.empty()), UserParameters.NONE, PromotionContext.EMPTY,
                Optional.of("https://g.codefresh.io/releases/{product}/{releaseId}"), Optional.empty(),
                IdSource.sequence("test"), CLOCK);
    }

    static ReleaseInputs inputs(Map<String, String> parameters) {
        return inputs().withParameters(UserParameters.of(parameters, Map.of()));
    }

    /** Parses JSON with Jackson (fast for the 1 MB cases). */
    static Object parseJson(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Object.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("output is not JSON: " + e.getMessage());
        }
    }

    /** Parses YAML or JSON text back into plain values, the way Kubernetes reads it (YAML 1.1 types). */
    static Object parse(String text) {
        YamlReader.Result r = new YamlReader().read(new SourceFile(Optional.empty(), "out", text));
        if (!r.problems().isEmpty()) {
            throw new AssertionError("output does not parse: " + r.problems());
        }
        return YamlNode.toPlain(r.documents().get(0).root());
    }
}
