package dev.hookctl.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** {@link Prompter} on jline3: line editing, tab completion, masked input. */
final class JLinePrompter implements Prompter {
    private final Terminal terminal;
    private boolean interrupted;

    private JLinePrompter(Terminal terminal) {
        this.terminal = terminal;
    }

    static JLinePrompter system() throws IOException {
        return new JLinePrompter(TerminalBuilder.builder().system(true).build());
    }

    static JLinePrompter streams(InputStream in, OutputStream out) throws IOException {
        // no local echo: the line reader draws what it accepts, and a masked value must not be echoed as typed
        Attributes attributes = new Attributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        // Ctrl-C sends an interrupt, as a tty's default settings make it do
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        return new JLinePrompter(TerminalBuilder.builder().system(false).streams(in, out).type("xterm")
                .encoding(StandardCharsets.UTF_8).size(new Size(120, 40)).attributes(attributes).build());
    }

    @Override
    public Optional<String> ask(String name, String description, List<String> candidates, boolean secret) {
        PrintWriter w = terminal.writer();
        if (!description.isEmpty()) {
            w.println(description);
            w.flush();
        }
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .completer(candidates.isEmpty() || secret ? NullCompleter.INSTANCE : new StringsCompleter(candidates))
                // a value typed here must never land in a history file
                .variable(LineReader.HISTORY_FILE, null)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        Attributes before = terminal.getAttributes();
        interrupted = false;
        try {
            if (secret) {
                // keys typed ahead of the prompt would otherwise be echoed by the tty itself
                Attributes quiet = new Attributes(before);
                quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
                terminal.setAttributes(quiet);
            }
            String line = secret ? reader.readLine(name + ": ", '*') : reader.readLine(name + ": ");
            String value = line.trim();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (UserInterruptException e) {
            interrupted = true;
            return Optional.empty();
        } catch (EndOfFileException e) {
            return Optional.empty();
        } finally {
            terminal.setAttributes(before);
        }
    }

    @Override
    public boolean confirm(FiringSummary summary) {
        PrintWriter w = terminal.writer();
        summary.lines().forEach(w::println);
        w.flush();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        interrupted = false;
        try {
            String answer = reader.readLine(summary.question()).trim().toLowerCase(Locale.ROOT);
            return answer.equals("y") || answer.equals("yes");
        } catch (UserInterruptException e) {
            interrupted = true;
            return false;
        } catch (EndOfFileException e) {
            return false;
        }
    }

    @Override
    public boolean interrupted() {
        return interrupted;
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // the terminal is going away with the process anyway
        }
    }
}
