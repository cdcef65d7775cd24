package dev.hookctl.argo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.lint.LintConfig;
import dev.hookctl.testing.Lint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** docs/mistakes-argo.md says exactly what each samples/mistakes/argo-*.yaml yields. */
class ArgoMistakesTest {
    private static final Pattern ROW = Pattern.compile("`(samples/mistakes/[^:`]+):(\\d+):(\\d+) ([a-z0-9-]+)`");

    @TestFactory
    Stream<DynamicTest> everyArgoMistakeYieldsExactlyTheDocumentedDiagnostics() throws Exception {
        Map<String, List<String>> expected = new TreeMap<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("docs/mistakes-argo.md")));
        while (m.find()) {
            expected.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2) + ":" + m.group(3) + " "
                    + m.group(4));
        }
        try (Stream<Path> files = Files.list(Path.of("samples/mistakes"))) {
            assertThat(files.map(p -> "samples/mistakes/" + p.getFileName())
                    .filter(p -> p.contains("/argo-")).sorted().toList())
                    .containsExactlyElementsOf(expected.keySet());
        }
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            var report = Lint.text(Files.readString(Path.of(e.getKey())), LintConfig.EMPTY);
            assertThat(Lint.brief(report)).as(e.getKey()).containsExactlyElementsOf(e.getValue());
        }));
    }
}
