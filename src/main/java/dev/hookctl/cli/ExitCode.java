package dev.hookctl.cli;

/** Every exit code hookctl uses; {@code --help} lists them from here. */
public enum ExitCode {
    OK(0, "success: no findings at or above --fail-on; the fired workflow succeeded"),
    FINDINGS(1, "findings at or above --fail-on, or the fired workflow failed"),
    USAGE(2, "usage error: bad option or value, unknown flow, hook or environment"),
    INPUT(3, "a file could not be read or written: missing path, permission denied"),
    CLUSTER(4, "the cluster was unreachable or refused the request"),
    INTERNAL(70, "internal error: a bug in hookctl, please report it"),
    INTERRUPTED(130, "interrupted (Ctrl-C): nothing fired, or the waited-for workflow runs on");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The exit code with this number; codes from other packages (cluster problems, wait outcomes) map here. */
    static ExitCode of(int code) {
        for (ExitCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("no exit code " + code);
    }

    /** The exit-code section of {@code --help}. */
    static String helpSection() {
        StringBuilder b = new StringBuilder();
        // concatenation, not String.format: a %d would load the locale data at every start-up
        for (ExitCode c : values()) {
            String code = String.valueOf(c.code);
            b.append("  ").append(code).append(" ".repeat(Math.max(1, 4 - code.length()))).append(c.meaning)
                    .append(System.lineSeparator());
        }
        return b.toString();
    }
}
