package dev.hookctl.release;

import dev.hookctl.diag.Suggestions;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.model.Phase;
import dev.hookctl.model.Product;
import dev.hookctl.model.PromotionFlow;
import dev.hookctl.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values one release gives every hook (the six default arguments of all phases), each with
 * its source. Sources, highest first: release options, configuration, values derived from the
 * manifests and the Git checkout, and last values hookctl invents (always marked).
 */
public record ReleaseFacts(Fact productName, Fact version, Fact commitSha, Fact flowName, Fact releaseId,
                           Fact releaseUrl, List<String> notes) {

    static final String INVENTED_PRODUCT = "example-product";
    static final String INVENTED_VERSION = "0.0.0-hookctl";
    static final String INVENTED_COMMIT = "0000000000000000000000000000000000000000";
    static final String INVENTED_FLOW = "example-flow";
    static final String INVENTED_URL_TEMPLATE = "https://release-url.invalid/{product}/{releaseId}";
    /** The placeholders of {@code release.urlTemplate} that {@link #resolve} fills, in the order the docs give them. */
    public static final List<String> URL_PLACEHOLDERS = List.of("{product}", "{releaseId}", "{flow}");

    public ReleaseFacts {
        notes = List.copyOf(notes);
    }

    /** What went wrong for a fail event: the message and the failed environments. */
    public record Failure(Fact errorMessage, List<FailedEnvironment> environments, ValueSource environmentsSource,
                          String environmentsOrigin) {
        public Failure {
            environments = List.copyOf(environments);
        }
    }

    /**
     * A {@code --product} that names none of the files' Products, when they hold some: a typo would
     * otherwise reach PRODUCT_NAME and RELEASE_URL of a real hook unnoticed. Files without Products
     * (-f at the flows and templates only) are not checked. A Product may exist only in Codefresh
     * (auto-created from an Application's {@code codefresh.io/product} annotation, domain.md §1.2), so
     * the hint names {@code -p PRODUCT_NAME}, which is passed as given with a note.
     */
    static Optional<UserError> unknownProduct(Catalog catalog, ReleaseOptions o) {
        Set<String> known = catalog.names(Kind.PRODUCT);
        if (o.product().isEmpty() || known.isEmpty() || known.contains(o.product().get())) {
            return Optional.empty();
        }
        String name = o.product().get();
        UserError u = Names.unknown("product", name, known);
        return Optional.of(new UserError(u.message(), "--product names a Product of the files (" + String.join(", ",
                known) + "); for one that is not in them, pass -p PRODUCT_NAME=" + name + ", which is used as given"));
    }

    /** Works out the facts of a release of {@code flow} (empty when a hook is rendered on its own). */
    /**
     * A value the user gave as a parameter (-p or --parameter-file) for a default argument: it wins
     * over the options and derived values, here too, so that values built from it (RELEASE_URL from
     * the release id and product) agree with what the hook receives.
     */
    static Optional<Fact> userValue(ReleaseInputs in, String name) {
        return in.parameters().get(name).map(a -> new Fact(a.value(), a.source(), a.origin()));
    }

    public static ReleaseFacts resolve(Catalog catalog, Optional<PromotionFlow> flow, ReleaseInputs in) {
        ReleaseOptions o = in.options();
        List<String> notes = new ArrayList<>();

        Fact flowName = flow.map(f -> new Fact(f.name(), ValueSource.DERIVED, "the flow"))
                .orElse(new Fact(INVENTED_FLOW, ValueSource.INVENTED, "no flow given (--flow)"));

        Fact product;
        if (userValue(in, "PRODUCT_NAME").isPresent()) {
            product = userValue(in, "PRODUCT_NAME").get();
        } else if (o.product().isPresent()) {
            product = new Fact(o.product().get(), ValueSource.FLAG, "--product");
        } else {
            List<String> users = flow.map(f -> productsUsing(catalog, f.name())).orElse(List.of());
            if (users.size() == 1) {
                product = new Fact(users.get(0), ValueSource.DERIVED, "the only Product that uses the flow");
            } else {
                product = new Fact(INVENTED_PRODUCT, ValueSource.INVENTED, flow.isEmpty() ? "no flow to take it from"
                        : users.isEmpty() ? "no Product uses the flow" : "several Products use the flow: "
                                + String.join(", ", users) + "; pass --product");
                if (users.size() > 1) {
                    notes.add("several Products use flow \"" + flowName.value() + "\" (" + String.join(", ", users)
                            + "): pass --product to choose one");
                }
            }
        }

        productNote(catalog, flow, product).ifPresent(notes::add);

        Fact version = userValue(in, "VERSION")
                .or(() -> o.version().map(v -> new Fact(v, ValueSource.FLAG, "--release-version")))
                .orElse(new Fact(INVENTED_VERSION, ValueSource.INVENTED, "no --release-version given"));

        Fact commit;
        if (userValue(in, "COMMIT_SHA").isPresent()) {
            commit = userValue(in, "COMMIT_SHA").get();
        } else if (o.commit().isPresent()) {
            commit = new Fact(o.commit().get(), ValueSource.FLAG, "--commit");
        } else {
            Optional<String> head = in.checkout().flatMap(GitCheckout::head);
            commit = head.map(h -> new Fact(h, ValueSource.DERIVED,
                    "HEAD of the manifests' Git checkout, not necessarily the release's commit; set it with --commit"))
                    .orElse(new Fact(INVENTED_COMMIT, ValueSource.INVENTED, "the files are not in a Git checkout"));
        }

        Fact releaseId = userValue(in, "RELEASE_ID")
                .or(() -> o.releaseId().map(v -> new Fact(v, ValueSource.FLAG, "--release-id")))
                .orElseGet(() -> new Fact(in.ids().newReleaseId(), ValueSource.INVENTED, "a new UUID"));

        Fact releaseUrl;
        if (userValue(in, "RELEASE_URL").isPresent()) {
            releaseUrl = userValue(in, "RELEASE_URL").get();
        } else if (o.releaseUrl().isPresent()) {
            releaseUrl = new Fact(o.releaseUrl().get(), ValueSource.FLAG, "--release-url");
        } else {
            String template = in.releaseUrlTemplate().orElse(INVENTED_URL_TEMPLATE);
            List<String> inventedParts = new ArrayList<>();
            String url = fill(template, "{product}", product, inventedParts);
            url = fill(url, "{releaseId}", releaseId, inventedParts);
            url = fill(url, "{flow}", flowName, inventedParts);
            if (in.releaseUrlTemplate().isEmpty()) {
                releaseUrl = new Fact(url, ValueSource.INVENTED, "no release.urlTemplate in .hookctl.yaml");
            } else if (!inventedParts.isEmpty()) {
                releaseUrl = new Fact(url, ValueSource.INVENTED,
                        "release.urlTemplate filled with invented " + String.join(", ", inventedParts));
            } else {
                releaseUrl = new Fact(url, ValueSource.CONFIG, ".hookctl.yaml release.urlTemplate");
            }
        }
        return new ReleaseFacts(product, version, commit, flowName, releaseId, releaseUrl, notes);
    }

    /**
     * A product the user named that the files do not tie to the flow: a -p PRODUCT_NAME that is no
     * Product of the files ({@link #unknownProduct} refuses such a --product), or a Product whose
     * spec.promotionFlows does not list the flow, which only a manual trigger releases through it
     * (domain.md §2.1).
     */
    private static Optional<String> productNote(Catalog catalog, Optional<PromotionFlow> flow, Fact product) {
        Set<String> known = catalog.names(Kind.PRODUCT);
        if (product.source() == ValueSource.DERIVED || product.invented() || known.isEmpty()) {
            return Optional.empty();
        }
        String name = product.value();
        if (!known.contains(name)) {
            List<String> close = Suggestions.closestN(name, known, 3);
            return Optional.of("no Product \"" + name + "\" in the files; PRODUCT_NAME is passed as given ("
                    + product.origin() + ")" + (close.isEmpty() ? "" : "; closest: " + String.join(", ", close)));
        }
        if (flow.isEmpty()) {
            return Optional.empty();
        }
        List<String> users = productsUsing(catalog, flow.get().name());
        if (users.contains(name)) {
            return Optional.empty();
        }
        return Optional.of("Product \"" + name + "\" does not list flow \"" + flow.get().name()
                + "\" in spec.promotionFlows: only a manual trigger releases it through this flow"
                + (users.isEmpty() ? "; no Product of the files lists it" : "; the flow's Products: "
                        + String.join(", ", users)));
    }

    private static String fill(String template, String placeholder, Fact fact, List<String> inventedParts) {
        if (!template.contains(placeholder)) {
            return template;
        }
        if (fact.invented()) {
            inventedParts.add(placeholder);
        }
        return template.replace(placeholder, fact.value());
    }

    /** The names of the Products whose spec.promotionFlows name the flow. */
    public static List<String> productsUsing(Catalog catalog, String flowName) {
        List<String> out = new ArrayList<>();
        for (Document d : catalog.documents(Kind.PRODUCT)) {
            Product p = new Product(d);
            if (p.promotionFlowNames().stream().map(Text::value).anyMatch(flowName::equals) && !out.contains(p.name())) {
                out.add(p.name());
            }
        }
        return out;
    }

    /** The default arguments the platform passes for a phase; {@code failure} only matters for onFail. */
    public Map<String, Fact> platformArguments(Phase phase, Optional<Failure> failure) {
        Map<String, Fact> m = new LinkedHashMap<>();
        m.put(DefaultArgument.RELEASE_URL.name(), releaseUrl);
        m.put(DefaultArgument.PRODUCT_NAME.name(), productName);
        m.put(DefaultArgument.VERSION.name(), version);
        m.put(DefaultArgument.COMMIT_SHA.name(), commitSha);
        m.put(DefaultArgument.PROMOTION_FLOW_NAME.name(), flowName);
        m.put(DefaultArgument.RELEASE_ID.name(), releaseId);
        if (phase == Phase.FAIL && failure.isPresent()) {
            Failure f = failure.get();
            m.put(DefaultArgument.ERROR_MESSAGE.name(), f.errorMessage());
            m.put(DefaultArgument.FAILED_ENVIRONMENTS.name(), new Fact(FailedEnvironment.toJson(f.environments()),
                    f.environmentsSource(), f.environmentsOrigin()));
        }
        return m;
    }

    /** All six facts by argument name, for headers and JSON. */
    public Map<String, Fact> all() {
        return platformArguments(Phase.START, Optional.empty());
    }
}
