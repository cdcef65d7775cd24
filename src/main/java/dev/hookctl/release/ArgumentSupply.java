package dev.hookctl.release;

import dev.hookctl.diag.Suggestions;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Phase;
import dev.hookctl.model.Text;
import dev.hookctl.model.WorkflowParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * For one hook template fired in one phase: who supplies each declared argument, and which
 * arguments nobody supplies. This is the single place that decides it: {@code render},
 * {@code simulate}, {@code fire} and the lint rules {@code argument-never-supplied} and
 * {@code fail-only-argument} all ask here.
 *
 * <p>Suppliers, highest first: the user ({@code -p}, {@code --parameter-file}), the promotion
 * context, the platform (default arguments of the phase), the template's own {@code value} or
 * {@code valueFrom}. A {@code default:} does not count: Argo ignores it at submission (argo.md §3.3).
 */
public record ArgumentSupply(String template, Phase phase, List<DeclaredArgument> arguments) {

    /** Who gives an argument its value. */
    public enum Supplier { USER, PROMOTION_CONTEXT, PLATFORM, TEMPLATE }

    /** Why nobody supplies an argument. */
    public enum MissingReason {
        /** Not a default argument, not in the promotion context, no value in the template. */
        NOT_A_DEFAULT_ARGUMENT,
        /** ERROR_MESSAGE or FAILED_ENVIRONMENTS in a hook that fires on start or success. */
        FAIL_ONLY_DEFAULT
    }

    /** A declared argument and its supplier, or the reason it has none. */
    public record DeclaredArgument(String name, WorkflowParameter parameter, Optional<Supplier> supplier,
                                   Optional<MissingReason> missing) {
        public boolean isMissing() {
            return missing.isPresent();
        }

        /** The name node in the template, for positions. */
        public Text nameText() {
            return parameter.name().orElseThrow();
        }
    }

    /** A declared argument nobody supplies, with the ways to supply it. */
    public record MissingArgument(String name, MissingReason reason, String howToSupply) {}

    public ArgumentSupply {
        arguments = List.copyOf(arguments);
    }

    /**
     * Classifies every argument {@code template} declares (the first of equal names, as Argo's
     * validator takes it) for a hook fired in {@code phase}.
     *
     * @param contextKeys keys the promotion context (may) hold
     * @param userNames   names the user gives values for
     */
    public static ArgumentSupply of(HookTemplate template, Phase phase, Set<String> contextKeys,
                                    Set<String> userNames) {
        return of(template.name(), declared(template), phase, contextKeys, userNames);
    }

    /** A named argument as the template declares it: what {@link #of} needs to read from the tree. */
    public record Declared(String name, WorkflowParameter parameter, boolean suppliedByTemplate) {}

    /**
     * The arguments {@code template} declares, the first of equal names (as Argo's validator takes
     * it). Lint reads them while the template's tree is in the processor's cache and classifies
     * them per phase later with {@link #of(String, List, Phase, Set, Set)}.
     */
    public static List<Declared> declared(HookTemplate template) {
        List<WorkflowParameter> parameters = template.arguments();
        List<Declared> out = new ArrayList<>(parameters.size());
        Set<String> seen = new HashSet<>();
        for (WorkflowParameter p : parameters) {
            Optional<Text> name = p.name();
            if (name.isPresent() && seen.add(name.get().value())) {
                out.add(new Declared(name.get().value(), p, p.isSupplied()));
            }
        }
        return Collections.unmodifiableList(out); // lint's worker threads all read it
    }

    /**
     * Whether some of {@code declared} may be left without a value in some phase: an argument the
     * template gives no value that is not a default argument the platform passes to every phase.
     * When none may, {@link #of} finds nothing missing for any phase or promotion context.
     */
    public static boolean mayLackValue(List<Declared> declared) {
        for (int i = 0; i < declared.size(); i++) {
            Declared d = declared.get(i);
            DefaultArgument platform = DefaultArgument.of(d.name()).orElse(null);
            if (!d.suppliedByTemplate() && (platform == null || platform.failOnly())) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #of(HookTemplate, Phase, Set, Set)}, for arguments {@link #declared} read before. */
    public static ArgumentSupply of(String templateName, List<Declared> declared, Phase phase,
                                    Set<String> contextKeys, Set<String> userNames) {
        List<DeclaredArgument> out = new ArrayList<>(declared.size());
        for (Declared d : declared) {
            String n = d.name();
            Optional<DefaultArgument> def = DefaultArgument.of(n);
            Supplier supplier = null;
            if (userNames.contains(n)) {
                supplier = Supplier.USER;
            } else if (contextKeys.contains(n)) {
                supplier = Supplier.PROMOTION_CONTEXT;
            } else if (def.isPresent() && def.get().suppliedIn(phase)) {
                supplier = Supplier.PLATFORM;
            } else if (d.suppliedByTemplate()) {
                supplier = Supplier.TEMPLATE;
            }
            Optional<MissingReason> missing = Optional.empty();
            if (supplier == null) {
                missing = Optional.of(def.isPresent() ? MissingReason.FAIL_ONLY_DEFAULT
                        : MissingReason.NOT_A_DEFAULT_ARGUMENT);
            }
            out.add(new DeclaredArgument(n, d.parameter(), Optional.ofNullable(supplier), missing));
        }
        return new ArgumentSupply(templateName, phase, out);
    }

    public List<DeclaredArgument> missingArguments() {
        List<DeclaredArgument> out = new ArrayList<>(0); // asked for every hook by lint: no stream
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).isMissing()) {
                out.add(arguments.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The missing arguments with how to supply each, for messages and prompts. */
    public List<MissingArgument> missing() {
        List<MissingArgument> out = new ArrayList<>();
        for (DeclaredArgument a : missingArguments()) {
            MissingReason reason = a.missing().orElseThrow();
            out.add(new MissingArgument(a.name(), reason, howToSupply(a.name(), reason)));
        }
        return out;
    }

    public Optional<DeclaredArgument> argument(String name) {
        return arguments.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** How a user (or a template author) can supply an argument nobody supplies. */
    public static String howToSupply(String name, MissingReason reason) {
        return switch (reason) {
            case FAIL_ONLY_DEFAULT -> "pass -p " + name + "=VALUE, or give it a value in the template "
                    + "(value: \"" + (name.equals(DefaultArgument.FAILED_ENVIRONMENTS.name()) ? "[]" : "") + "\"): "
                    + "Codefresh passes " + name + " to onFail hooks only";
            case NOT_A_DEFAULT_ARGUMENT -> {
                Optional<String> near = Suggestions.closest(name,
                        Arrays.stream(DefaultArgument.values()).map(Enum::name).toList());
                yield "pass -p " + name + "=VALUE or --promotion-context '{\"" + name + "\": \"...\"}'"
                        + near.map(s -> " (did you mean the default argument " + s + "?)").orElse("");
            }
        };
    }
}
