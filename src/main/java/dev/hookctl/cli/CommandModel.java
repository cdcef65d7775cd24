package dev.hookctl.cli;

import java.util.Optional;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.ISetter;

/**
 * A subcommand's complete picocli model, built by code the build generated instead of by picocli's
 * reflection. At {@code process-classes} {@link CommandModelSource} lets picocli reflect each
 * subcommand class and its mixins, and writes a class that rebuilds the resulting model with
 * picocli's programmatic API, every attribute set to the value reflection gave it; options and
 * positional parameters are bound to their fields by generated code ({@link FieldAccess}). Reading
 * the annotations at run time costs the JVM's annotation parser, a dynamic proxy class spun per
 * annotation type and picocli's field and method scans: about 40 ms of wall time and 50-60 ms of
 * CPU of every {@code hookctl lint} (docs/performance.md). {@code CommandModelTest} holds each
 * generated model to the reflected one, attribute by attribute and in parse results, and
 * {@code UsageHelpTest} in help output.
 */
abstract class CommandModel {
    /** The package the generated classes are in: the commands', whose fields they write. */
    static final String PACKAGE = "dev.hookctl.cli";

    /** The spec of a new instance of the command, created through the factory. */
    abstract CommandSpec build(IFactory factory);

    /** The generated class of a command class: {@code Generated}, its simple name, {@code Model}. */
    static String generatedName(String commandClassName) {
        return PACKAGE + ".Generated" + commandClassName.substring(commandClassName.lastIndexOf('.') + 1) + "Model";
    }

    /**
     * The generated model of the named command class, or empty when the build generated none (a
     * build that skipped {@code process-classes}); the caller then reflects the class.
     */
    static Optional<CommandModel> generated(String commandClassName) {
        String name = generatedName(commandClassName);
        try {
            Class<?> generated = Class.forName(name, true, CommandModel.class.getClassLoader());
            return Optional.of((CommandModel) generated.getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the generated command model " + name, e);
        }
    }

    /**
     * An option's or positional parameter's field, read and written by a generated subclass
     * rather than by reflection (picocli's own binding uses {@code java.lang.reflect.Field}). A
     * generated model has one subclass with a {@code switch} over the fields of its command and
     * mixins, numbered by the generator.
     */
    abstract static class FieldAccess implements IGetter, ISetter {
        private final Object owner;
        private final int field;

        FieldAccess(Object owner, int field) {
            this.owner = owner;
            this.field = field;
        }

        /** The value of field number {@code field} of {@code owner}. */
        abstract Object read(Object owner, int field);

        /** Assigns field number {@code field} of {@code owner}. */
        abstract void write(Object owner, int field, Object value);

        /** The command or mixin whose field this is, as the argument's picocli scope. */
        IScope scope() {
            return new Owner(owner);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) read(owner, field);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T previous = (T) read(owner, field);
            write(owner, field, value);
            return previous;
        }
    }

    /**
     * A scope that is one object, as picocli's scope of an annotated field is its command or mixin.
     * Not a record: a record's equals, hashCode and toString are bound through method handles on
     * first use, which a cold start pays for.
     */
    private static final class Owner implements IScope {
        private final Object instance;

        Owner(Object instance) {
            this.instance = instance;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) instance;
        }

        @Override
        public <T> T set(T value) {
            throw new UnsupportedOperationException("the owner of a field does not change");
        }
    }
}
