package dev.hookctl.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.load.Catalog;
import dev.hookctl.load.Kind;
import dev.hookctl.model.HookTemplate;
import dev.hookctl.model.Phase;
import dev.hookctl.release.ArgumentSupply.DeclaredArgument;
import dev.hookctl.release.ArgumentSupply.MissingReason;
import dev.hookctl.release.ArgumentSupply.Supplier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentSupplyTest {
    private final Catalog catalog = Fixtures.catalog();

    private HookTemplate template(String name) {
        return new HookTemplate(catalog.findWorkflow(name).orElseThrow());
    }

    @Test
    void failOnlyDefaultsAreSuppliedByThePlatformOnFailAndMissingOtherwise() {
        HookTemplate t = template("open-ticket");
        ArgumentSupply onFail = ArgumentSupply.of(t, Phase.FAIL, Set.of(), Set.of());
        assertThat(onFail.arguments()).extracting(DeclaredArgument::supplier)
                .containsOnly(Optional.of(Supplier.PLATFORM));
        ArgumentSupply onStart = ArgumentSupply.of(t, Phase.START, Set.of(), Set.of());
        assertThat(onStart.missing()).extracting(ArgumentSupply.MissingArgument::reason)
                .containsOnly(MissingReason.FAIL_ONLY_DEFAULT);
        assertThat(onStart.missing().get(0).howToSupply()).contains("onFail hooks only");
    }

    @Test
    void theUserBeatsTheContextWhichBeatsThePlatformWhichBeatsTheTemplate() {
        HookTemplate t = template("notify");
        ArgumentSupply s = ArgumentSupply.of(t, Phase.START, Set.of("PRODUCT_NAME", "VERSION"), Set.of("PRODUCT_NAME"));
        assertThat(s.argument("PRODUCT_NAME").orElseThrow().supplier()).contains(Supplier.USER);
        assertThat(s.argument("VERSION").orElseThrow().supplier()).contains(Supplier.PROMOTION_CONTEXT);
        assertThat(s.argument("RELEASE_ID").orElseThrow().supplier()).contains(Supplier.PLATFORM);
        assertThat(s.argument("CHANNEL").orElseThrow().supplier()).contains(Supplier.TEMPLATE);
    }

    @Test
    void aTemplateMayLackAValueExactlyWhenSomePhaseMissesAnArgument() {
        int lacking = 0;
        int complete = 0;
        for (var d : catalog.documents()) {
            if (d.kind() != Kind.WORKFLOW_TEMPLATE && d.kind() != Kind.WORKFLOW) {
                continue;
            }
            HookTemplate t = new HookTemplate(d);
            boolean missesSome = false;
            for (Phase p : Phase.values()) {
                missesSome |= !ArgumentSupply.of(t, p, Set.of(), Set.of()).missingArguments().isEmpty();
            }
            assertThat(ArgumentSupply.mayLackValue(ArgumentSupply.declared(t))).as(d.name()).isEqualTo(missesSome);
            lacking += missesSome ? 1 : 0;
            complete += missesSome ? 0 : 1;
        }
        assertThat(lacking).as("templates that may lack a value among the fixtures").isPositive();
        assertThat(complete).as("templates that cannot among the fixtures").isPositive();
        assertThat(ArgumentSupply.mayLackValue(ArgumentSupply.declared(template("open-ticket")))).isTrue();
    }

    @Test
    void aNearMissOfADefaultArgumentIsSuggested() {
        assertThat(ArgumentSupply.howToSupply("RELEASE_URI", MissingReason.NOT_A_DEFAULT_ARGUMENT))
                .contains("did you mean the default argument RELEASE_URL?");
    }

    @Test
    void parameterFilesKeepScalarTextAndTurnStructuresIntoJson() {
        Map<String, String> p = UserParameters.parseFile("VERSION: 1.10\nEMPTY:\nLIST: [a, 1]\nOK: yes\n", "p.yaml")
                .value();
        assertThat(p).containsEntry("VERSION", "1.10").containsEntry("EMPTY", "").containsEntry("LIST", "[\"a\",1]")
                .containsEntry("OK", "yes");
        assertThat(UserParameters.parseFile("- a\n", "p.yaml").error().message())
                .isEqualTo("p.yaml:1:1: the parameter file must be a map of parameter names to values, not a list");
    }

    @Test
    void aPromotionContextMustBeAJsonObject() {
        assertThat(PromotionContext.parse("[1]", "--promotion-context").error().message())
                .isEqualTo("--promotion-context must be a JSON object, got array");
        assertThat(PromotionContext.parse("{bad", "--promotion-context").error().message())
                .startsWith("--promotion-context is not valid JSON at character 2: ");
        assertThat(PromotionContext.parse("{\n \"a\": 1,\n x\n}", "ctx.json").error().message())
                .startsWith("ctx.json is not valid JSON at line 3, column 2: ");
    }

    @Test
    void aOnceIdSourceKeepsItsId() {
        IdSource once = IdSource.once();
        assertThat(once.newReleaseId()).isEqualTo(once.newReleaseId());
        IdSource random = IdSource.random();
        assertThat(random.newReleaseId()).isNotEqualTo(random.newReleaseId());
    }
}
