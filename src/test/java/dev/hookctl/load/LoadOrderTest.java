package dev.hookctl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The loader's documents are in file order, which Catalog.of keeps, also where two files show as one path. */
class LoadOrderTest {
    private static final String FLOW = "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata:\n  name: %s\n";

    private static String flows(String... names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(b.length() == 0 ? "" : "---\n").append(FLOW.formatted(n));
        }
        return b.toString();
    }

    private static List<String> names(List<Document> documents) {
        return documents.stream().map(Document::name).toList();
    }

    @Test
    void theCatalogOfALoadHasItsDocumentsByPathThenInTheirFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.yaml"), flows("b0", "b1"));
        Files.writeString(dir.resolve("a.yaml"), flows("a0", "a1", "a2"));
        Files.createDirectory(dir.resolve("c"));
        Files.writeString(dir.resolve("c").resolve("c.yaml"), flows("c0"));
        LoadResult load = new Loader(dir, new ByteArrayInputStream(new byte[0])).load(List.of("."));
        assertThat(names(Catalog.of(load).documents())).containsExactly("a0", "a1", "a2", "b0", "b1", "c0");
        List<Document> reversed = new ArrayList<>(load.documents());
        Collections.reverse(reversed);
        assertThat(names(new Catalog(reversed).documents()))
                .containsExactly("a0", "a1", "a2", "b0", "b1", "c0");
    }

    @Test
    void aFileNamedLikeStandardInputAndStandardInputEachKeepTheirDocumentsTogether(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("<stdin>"), flows("file0", "file1"));
        var stdin = new ByteArrayInputStream(flows("in0", "in1").getBytes(StandardCharsets.UTF_8));
        LoadResult load = new Loader(dir, stdin).load(List.of("<stdin>", "-"));
        assertThat(names(Catalog.of(load).documents())).containsExactly("file0", "file1", "in0", "in1");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // there a backslash separates folders
    void aBackslashIsPartOfAFileNameNotASeparator(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("a"));
        Files.writeString(dir.resolve("a").resolve("b.yaml"), flows("x"));
        Files.writeString(dir.resolve("a\\b.yaml"), flows("y"));
        LoadResult load = new Loader(dir, new ByteArrayInputStream(new byte[0])).load(List.of("."));
        assertThat(load.files()).extracting(f -> f.displayPath()).containsExactly("a/b.yaml", "a\\b.yaml");
    }
}
