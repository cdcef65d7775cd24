package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java literals the build writes for generated classes read back as the strings they were made from. */
class CommandIndexTest {
    @TempDir
    Path tmp;

    @Test
    void everyCharacterSurvivesTheTripThroughJavac() throws Exception {
        String tricky = "line\nend\r\0tab\t\"quoted\" back\\slash \\u000a del\u007f é \u2028 😀 \u0085";
        Path source = tmp.resolve("Literal.java");
        Files.writeString(source, "public class Literal { public static final String VALUE = "
                + CommandIndex.literal(tricky) + "; }\n", StandardCharsets.UTF_8);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", tmp.toString(), source.toString());
        assertThat(status).as("javac exit status").isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null)) {
            Object value = loader.loadClass("Literal").getField("VALUE").get(null);
            assertThat(value).isEqualTo(tricky);
        }
        assertThat(CommandIndex.literal(tricky)).as("the literal is printable ASCII")
                .matches("[\\x20-\\x7e]*");
    }
}
