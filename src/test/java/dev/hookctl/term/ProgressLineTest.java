package dev.hookctl.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    final StringWriter err = new StringWriter();
    final StringWriter out = new StringWriter();

    @Test
    void onATerminalTheLineIsRedrawnAndLogsGoAboveIt() {
        ProgressLine p = new ProgressLine(new PrintWriter(err), new PrintWriter(out), true, 80);
        p.show("wf Running  nodes 0/1  1s", true);
        p.println("say: hello");
        p.show("wf Running  nodes 0/1  2s", false);
        p.finish();

        assertThat(err.toString()).isEqualTo("\r\u001b[Kwf Running  nodes 0/1  1s" + "\r\u001b[K" + "wf Running  nodes 0/1  1s"
                + "\r\u001b[Kwf Running  nodes 0/1  2s" + System.lineSeparator());
        assertThat(out.toString()).isEqualTo("say: hello" + System.lineSeparator());
    }

    @Test
    void elsewhereOnlySignificantChangesArePrintedAsPlainLines() {
        ProgressLine p = new ProgressLine(new PrintWriter(err), new PrintWriter(out), false, 80);
        p.show("wf Running  nodes 0/1  1s", true);
        p.show("wf Running  nodes 0/1  2s", false);
        p.show("wf Succeeded  nodes 1/1  3s", true);
        p.finish();

        assertThat(err.toString()).isEqualTo("wf Running  nodes 0/1  1s" + System.lineSeparator()
                + "wf Succeeded  nodes 1/1  3s" + System.lineSeparator()).doesNotContain("\u001b");
    }

    @Test
    void aLineLongerThanTheTerminalIsCutSoItNeverWraps() {
        ProgressLine p = new ProgressLine(new PrintWriter(err), new PrintWriter(out), true, 20);
        p.show("x".repeat(50), true);

        assertThat(err.toString()).isEqualTo("\r\u001b[K" + "x".repeat(19));
    }
}
