package dev.hookctl.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.ParserSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;

/**
 * A canonical text of a picocli command model, one line per attribute: the value of every public
 * no-argument method of picocli's model types — the command, its usage message and parser, its
 * mixins, options and positional parameters, their type information and ranges — found by
 * reflection over those types, so that an attribute a later picocli (or a new annotation
 * attribute) adds is dumped, and compared, without a change here. Model objects met again print
 * where they were first dumped (and ones equal to an enclosing one, as the type information of a
 * {@code String}'s element type, print that); other objects print as their class (and contents, for
 * collections); identity hash codes in strings are blanked.
 *
 * <p>Not compared, each for the reason given in {@link #NOT_ATTRIBUTES}: a mutator, the binding
 * objects and the reflected members themselves, and two values only reflection has; and for
 * picocli's standard help options, the binding picocli gives them ({@link #STANDARD_HELP_MIXIN}).
 */
final class ModelDump {
    /** The types whose public no-argument methods are attributes, most specific first. */
    private static final List<Class<?>> MODEL_TYPES = List.of(CommandSpec.class, OptionSpec.class,
            PositionalParamSpec.class, ArgGroupSpec.class, UsageMessageSpec.class, ParserSpec.class, ITypeInfo.class,
            Range.class);

    /** Methods of the model types that are not compared, by declaring type and name, with the reason. */
    private static final Map<Class<?>, Map<String, String>> NOT_ATTRIBUTES = Map.of(
            Object.class, Map.of(
                    "hashCode", "an identity or derived hash, not an attribute",
                    "getClass", "not an attribute"),
            CommandSpec.class, Map.of(
                    "addMethodSubcommands", "a mutator: reflects the class for @Command methods and adds them",
                    "mixinAnnotatedElements", "picocli's reflected @Mixin members (objects that answer annotation "
                            + "queries); the generated model adds its mixins by name, and mixins() is compared"),
            ArgSpec.class, Map.of(
                    "userObject", "the reflected java.lang.reflect.Field; toString() names the field in both models",
                    "getter", "the binding: picocli's reflective FieldBinding or the generated FieldAccess; what it "
                            + "reads is compared by getValue() and the parse tests",
                    "setter", "the binding, as getter()"),
            ParserSpec.class, Map.of(
                    "toString", "lists the settings, each compared on its own, but prints the raw separator: null "
                            + "until an annotation names one other than picocli's \"=\", which the generated model "
                            + "sets explicitly"),
            ITypeInfo.class, Map.of(
                    "getActualGenericTypeArguments", "only picocli's reflection knows a field's generic type "
                            + "arguments (e.g. java.lang.String of List<String>); picocli reads them only to bind "
                            + "@Unmatched fields, which the generated model does not support, while the types "
                            + "parsing uses, getType() and getAuxiliaryTypes(), are compared"));

    /**
     * Attributes of picocli's standard help options that differ by construction: picocli binds
     * them to two fields of its private class AutoHelpMixin by reflection, and
     * {@link CommandTree#standardHelpOptions()} (which the generated models and the top command use
     * instead of reflecting that class) holds the values in picocli's default binding.
     */
    private static final Set<String> STANDARD_HELP_MIXIN = Set.of("userObject", "toString");

    /** The same for the standard help options themselves: their scope and the value bound before parsing. */
    private static final Set<String> STANDARD_HELP_OPTIONS = Set.of("scope", "getValue");

    private final Map<Object, String> seen = new IdentityHashMap<>();
    /** The model objects whose attributes are being dumped: type information describes its element types with more. */
    private final Deque<Object> ancestors = new ArrayDeque<>();
    private final Map<Object, Set<String>> standardHelp = new IdentityHashMap<>();
    private final List<String> lines = new ArrayList<>();

    private ModelDump() {}

    /** The lines of a command model. */
    static List<String> of(CommandSpec spec) {
        ModelDump d = new ModelDump();
        d.dump("command", spec);
        return d.lines;
    }

    /** The public no-argument methods of a model type that are attributes, by name. */
    static List<Method> attributes(Class<?> modelType) {
        List<Method> out = new ArrayList<>();
        for (Method m : modelType.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
                    && reasonNotCompared(modelType, m.getName()) == null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Method::getName));
        return out;
    }

    /** Why a method of a model type is not compared, or null when it is. */
    private static String reasonNotCompared(Class<?> modelType, String method) {
        for (Map.Entry<Class<?>, Map<String, String>> e : NOT_ATTRIBUTES.entrySet()) {
            if (e.getKey().isAssignableFrom(modelType) && e.getValue().containsKey(method)) {
                return e.getValue().get(method);
            }
        }
        return null;
    }

    private void dump(String path, Object value) {
        Class<?> model = value == null ? null
                : MODEL_TYPES.stream().filter(t -> t.isInstance(value)).findFirst().orElse(null);
        if (model != null) {
            String first = seen.putIfAbsent(value, path);
            if (first != null) {
                lines.add(path + " = (" + first + ")");
                return;
            }
            if (ancestors.contains(value)) { // equal, not the same: the element type of a String is a String
                lines.add(path + " = (equal to an enclosing " + model.getSimpleName() + ")");
                return;
            }
            ancestors.push(value);
            lines.add(path + " = " + model.getSimpleName());
            if (value instanceof CommandSpec spec && spec.mixins().containsKey(CommandTree.STANDARD_HELP)) {
                CommandSpec help = spec.mixins().get(CommandTree.STANDARD_HELP);
                standardHelp.put(help, STANDARD_HELP_MIXIN);
                help.args().forEach(a -> standardHelp.put(a, STANDARD_HELP_OPTIONS));
            }
            for (Method m : attributes(model)) {
                String at = path + "." + m.getName();
                if (standardHelp.getOrDefault(value, Set.of()).contains(m.getName())) {
                    lines.add(at + " = (bound by picocli's standard help mixin)");
                } else {
                    dump(at, invoke(m, value));
                }
            }
            ancestors.pop();
        } else if (value instanceof Map<?, ?> map) {
            lines.add(path + " = " + className(value) + " of " + map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                dump(path + "[" + e.getKey() + "]", e.getValue());
            }
        } else if (value instanceof Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(list::add);
            lines.add(path + " = " + className(value) + " of " + list.size());
            for (int i = 0; i < list.size(); i++) {
                dump(path + "[" + i + "]", list.get(i));
            }
        } else if (value != null && value.getClass().isArray()) {
            Object[] items = value instanceof Object[] a ? a : boxed(value);
            lines.add(path + " = " + value.getClass().getComponentType().getName() + "[" + items.length + "]");
            for (int i = 0; i < items.length; i++) {
                dump(path + "[" + i + "]", items[i]);
            }
        } else if (value instanceof IScope scope) {
            lines.add(path + " = scope");
            dump(path + ".get", invoke(IScope.class, "get", scope));
        } else {
            lines.add(path + " = " + scalar(value));
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            m.setAccessible(true); // a public method of a package-private picocli class (RuntimeTypeInfo)
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            return "threw " + e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Class<?> type, String method, Object target) {
        try {
            return invoke(type.getMethod(method), target);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] boxed(Object primitiveArray) {
        Object[] out = new Object[java.lang.reflect.Array.getLength(primitiveArray)];
        Arrays.setAll(out, i -> java.lang.reflect.Array.get(primitiveArray, i));
        return out;
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String s) {
            return '"' + s.replaceAll("@[0-9a-f]{4,}\\b", "@(hash)") + '"';
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?>) {
            return value.getClass().getSimpleName() + " " + value;
        } else if (value instanceof Class<?> c) {
            return "class " + c.getName();
        }
        return "instance of " + className(value);
    }

    private static String className(Object value) {
        return value.getClass().getName();
    }
}
