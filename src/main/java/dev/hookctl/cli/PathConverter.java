package dev.hookctl.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converter every {@code Path} option names ({@code converter = PathConverter.class}): picocli's
 * own is one of the reflective converters Main excludes to save start-up time. It also refuses an
 * empty value, which {@code Path.of("")} would take for the current folder: {@code lint ''} would
 * lint it and {@code --render-dir ''} write into it. Options and parameters that keep a path as text
 * ('-' for standard input) name {@link Text}. CommandTreeTest checks that every option or parameter
 * whose value is a file or folder names one of the two.
 */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        return Path.of(checked(value));
    }

    /** The same checks for a path kept as text. */
    static final class Text implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return checked(value);
        }
    }

    /** A value that names no path, with how to fix it; Main prints the hint after picocli's message. */
    static final class Rejected extends TypeConversionException {
        private final String hint;

        Rejected(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    private static String checked(String value) {
        if (value.isEmpty()) {
            throw new Rejected("an empty path names no file or folder", "give a path; '.' is the current folder");
        }
        try {
            Path.of(value);
        } catch (InvalidPathException e) {
            throw new Rejected("'" + value + "' is not a valid path: " + e.getReason(),
                    "remove the character the path cannot hold");
        }
        return value;
    }
}
