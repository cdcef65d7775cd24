package dev.hookctl.cli;

import dev.hookctl.diag.PhaseTimes;
import dev.hookctl.diag.Suggestions;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The entry point. {@link #run} takes streams and returns the exit code, so tests run the real command line. */
public final class Main {
    static {
        // picocli registers converters for java.sql, java.time and java.nio.file types by reflection
        // on every CommandLine it builds (loading java.sql and the time-zone rules at each start),
        // and decides for each of the 19 by matching its name against these patterns, compiled
        // each time: a pattern per type and CommandLine, ~9 ms of a start with ".*" against two
        // longer ones. No hookctl option has such a type but Path, which names PathConverter.
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", ".*");
        }
        // picocli looks for Groovy's Closure class once; the failed lookup opens every jar of the
        // class path (most classes come from the AppCDS archive, so none is open yet): ~20 ms
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    private Main() {}

    public static void main(String[] args) {
        PhaseTimes.mark("jvm");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        boolean tty = System.console() != null;
        Console console = new Console(System.in, out, err, Path.of("").toAbsolutePath(), System.getenv(), tty, tty);
        int code = run(args, console);
        out.flush();
        err.flush();
        PhaseTimes.mark("exit");
        PhaseTimes.print(err);
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; never calls System.exit. */
    public static int run(String[] args, Console console) {
        args = helpCommand(args);
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        try {
            CommandLine cl = configure(CommandTree.forArgs(new ConsoleFactory(console), args), console);
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(e, verbose, console);
        }
    }

    /**
     * {@code hookctl help [COMMAND]} ({@link HelpCommand}), as git, kubectl and argo take it: the
     * same as {@code hookctl [COMMAND] --help}, rewritten here so that the tree is built for COMMAND
     * alone. {@code help NOPE} is NOPE alone, which picocli reports as an unknown command with the
     * closest one (with --help it would print the top command's help instead). The help command's
     * own options and a second COMMAND are left to picocli, which parses them as {@code help}'s: its
     * help, or a usage error.
     */
    static String[] helpCommand(String[] args) {
        if (args.length == 0 || !args[0].equals("help")) {
            return args;
        }
        if (args.length == 1 || args.length == 2 && args[1].equals("help")) {
            return new String[] {"--help"}; // help about help: the top command's, which lists the commands
        }
        if (args.length > 2 || args[1].startsWith("-")) {
            return args;
        }
        if (!CommandTree.isCommand(args[1])) {
            return new String[] {args[1]};
        }
        return new String[] {args[1], "--help"};
    }

    /** The whole command model, every subcommand built in full (for completions, manual pages, tests). */
    static CommandLine commandLine(Console console) {
        return configure(CommandTree.full(new ConsoleFactory(console)), console);
    }

    static CommandLine configure(CommandLine cl, Console console) {
        cl.setOut(console.out());
        cl.setErr(console.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExpandAtFiles(false); // '@FILE' is ours: --promotion-context @ctx.json
        cl.getCommandSpec().usageMessage()
                .footerHeading("%nExit codes:%n")
                .footer((ExitCode.helpSection() + "%nRun 'hookctl COMMAND --help' for the options of a command.")
                        .split("\\R"));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.expandedArgs().contains("--verbose")
                    || parseResult.expandedArgs().contains("-v");
            return internalError(e, verbose, console);
        });
        cl.setParameterExceptionHandler(Main::usageError);
        UsageHelp.install(cl); // last: picocli gives the section map only to the subcommands present now
        return cl;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("hookctl: " + usageMessage(e));
        usageHint(e).ifPresent(h -> err.println("hint: " + h));
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    /**
     * picocli's parse errors in our words: what is wrong, in the terms of the command line the user
     * typed. Errors this does not know keep picocli's message, which names the option and value.
     */
    static String usageMessage(ParameterException e) {
        String message = String.valueOf(e.getMessage());
        if (e.getCause() instanceof PathConverter.Rejected r && e.getArgSpec() != null) {
            // as LintCommand words a refused PATH argument
            return (e.getArgSpec() instanceof OptionSpec o ? o.longestName() : e.getArgSpec().paramLabel() + " argument")
                    + ": " + r.getMessage();
        }
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            String more = u.getUnmatched().size() > 1 ? " (and " + (u.getUnmatched().size() - 1) + " more)" : "";
            if (u.isUnknownOption()) {
                return "unknown option " + first + more;
            }
            if (u.getCommandLine().getParent() == null && !u.getCommandLine().getSubcommands().isEmpty()
                    && u.getCommandLine().getParseResult() != null
                    && u.getCommandLine().getParseResult().originalArgs().indexOf(first) == 0) {
                return "unknown command \"" + first + "\"";
            }
            return "unexpected argument \"" + first + "\"" + more;
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec missing = m.getMissing().get(0);
            if (missing instanceof OptionSpec o) {
                String needs = "option " + o.longestName() + " needs a value (" + o.paramLabel() + ")";
                if (message.startsWith("Missing required parameter for option")) {
                    return needs; // the option was last on the line
                }
                // the option was followed by another option: "Expected parameter for option
                // '--fail-on' but found '-o'", which is no missing required option
                int found = message.lastIndexOf(" but found '");
                if (message.startsWith("Expected parameter ") && found > 0 && message.endsWith("'")) {
                    return needs + ", not the option " + message.substring(found + " but found '".length(),
                            message.length() - 1);
                }
                return "missing required option " + o.longestName() + " " + o.paramLabel();
            }
            return "missing " + missing.paramLabel();
        }
        return message;
    }

    /**
     * How to fix a parse error, when there is more to say than the message: the closest name to a
     * mistyped option or command (our {@link Suggestions}, not picocli's, which only looks at names
     * that share the first two letters: "--fial-on" got "--file"), the values an option takes.
     */
    static Optional<String> usageHint(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            CommandSpec spec = u.getCommandLine().getCommandSpec();
            String first = u.getUnmatched().get(0);
            if (u.isUnknownOption()) {
                // long names only: every one-letter option is one letter away from every other
                String wrong = first.indexOf('=') > 0 ? first.substring(0, first.indexOf('=')) : first;
                List<String> names = new ArrayList<>();
                for (OptionSpec o : spec.options()) {
                    for (String name : o.hidden() ? new String[0] : o.names()) {
                        if (name.length() > 2) {
                            names.add(name);
                        }
                    }
                }
                return wrong.length() <= 2 ? Optional.empty()
                        : Optional.of(Suggestions.didYouMean(wrong, names)).filter(h -> !h.isEmpty());
            }
            if (!spec.subcommands().isEmpty()) {
                List<String> names = new ArrayList<>();
                for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
                    if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
                        names.add(sub.getKey());
                    }
                }
                return Optional.of(Suggestions.didYouMean(first, names)).filter(h -> !h.isEmpty());
            }
            return takes(spec);
        }
        if (e.getCause() instanceof PathConverter.Rejected r) {
            return Optional.of(r.hint());
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof OptionSpec o) {
            List<String> values = ValueKind.candidates(o);
            if (!values.isEmpty()) {
                return Optional.of(o.paramLabel() + " is one of: " + String.join(", ", values));
            }
        }
        return Optional.empty();
    }

    /** What a command's positional parameters are, for an argument it has no place for. */
    private static Optional<String> takes(CommandSpec spec) {
        List<PositionalParamSpec> params = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        if (params.isEmpty()) {
            return Optional.of(spec.qualifiedName() + " takes no arguments, only options");
        }
        if (params.size() == 1 && params.get(0).arity().max() == 1) {
            return Optional.of(spec.qualifiedName() + " takes one " + params.get(0).paramLabel());
        }
        return Optional.empty();
    }

    static int internalError(Throwable e, boolean verbose, Console console) {
        PrintWriter err = console.err();
        err.println("hookctl: internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        err.println("This is a bug in hookctl " + Version.value()
                + ". Please report it with the command you ran" + (verbose ? " and this trace:" : "; run again with --verbose for a trace."));
        if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    /** Creates commands, handing each the console when it asks for one. */
    record ConsoleFactory(Console console) implements IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            // look the constructor up without provoking NoSuchMethodException: exceptions are slow
            // on a cold JVM, and this runs for most classes picocli creates
            Constructor<?> noArgs = null;
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Console.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(console));
                }
                noArgs = c.getParameterCount() == 0 ? c : noArgs;
            }
            if (noArgs != null && !cls.isInterface()) {
                noArgs.setAccessible(true);
                return cls.cast(noArgs.newInstance());
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** For tests and tools: run with explicit streams. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd,
                          Map<String, String> env) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int code = run(args, new Console(in, o, e, cwd, env, false, false));
        o.flush();
        e.flush();
        return code;
    }
}
