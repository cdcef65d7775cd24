package dev.hookctl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short, seeded fuzz run (bench/fuzz.sh is the long one): a few hundred mutated manifests
 * through {@code hookctl lint} and {@code hookctl render}, none of which may crash, hang, exit outside 0-3 or, when damaged,
 * go without a diagnostic. -Dfuzz.seed and -Dfuzz.count change the run.
 */
class FuzzTest {
    @TempDir
    Path work;

    @Test
    @Timeout(300)
    void noMutatedManifestBreaksLint() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20_240_601L);
        int count = Integer.getInteger("fuzz.count", 300);
        Fuzz fuzz = new Fuzz(Path.of("").toAbsolutePath(), work);
        Fuzz.Summary s = fuzz.run(seed, count, o -> { });
        assertThat(s.failures())
                .as("seed %d: %d of %d inputs broke a property:%n%s", seed, s.failures().size(), s.inputs(),
                        s.failures().stream().limit(10).map(o -> "#" + o.index() + " " + o.how() + " -> " + o.violations())
                                .collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(s.damaged()).as("the mutations damage some inputs").isGreaterThan(count / 10);
        assertThat(s.exitCodes()).as("clean and damaged inputs both occur").containsKeys(0, 1);
        assertThat(s.renderExitCodes()).as("some mutants still render").containsKey(0);
    }
}
