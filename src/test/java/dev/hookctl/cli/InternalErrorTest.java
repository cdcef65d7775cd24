package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bug says so, asks to be reported, and shows its stack trace only with --verbose. */
class InternalErrorTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
            new PrintWriter(err, true), Path.of("").toAbsolutePath(), Map.of(), false, false);

    @Test
    void withoutVerboseItIsTwoLinesAndExitSeventy() {
        int code = Main.internalError(new IllegalStateException("catalog out of sync"), false, console);
        assertThat(code).isEqualTo(70);
        assertThat(err.toString()).startsWith("hookctl: internal error: IllegalStateException: catalog out of sync\n")
                .contains("Please report it").contains("--verbose").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void withVerboseTheStackTraceFollows() {
        Main.internalError(new IllegalStateException("catalog out of sync"), true, console);
        assertThat(err.toString()).contains("Please report it").contains("\tat dev.hookctl.cli.InternalErrorTest");
    }
}
