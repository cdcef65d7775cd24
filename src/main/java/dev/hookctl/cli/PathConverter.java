package dev.hookctl.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converter every {@code Path} option names ({@code converter = PathConverter.class}): picocli's
 * own is one of the reflective converters Main excludes to save start-up time. CommandTreeTest
 * checks that no Path option is left without it.
 */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a valid path: " + e.getReason());
        }
    }
}
