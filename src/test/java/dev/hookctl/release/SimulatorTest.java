package dev.hookctl.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookctl.load.Catalog;
import dev.hookctl.release.SimulationRequest.EnvironmentFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private final Catalog catalog = Fixtures.catalog();

    private SimulationResult simulate(String flow, List<EnvironmentFailure> failures, Set<String> failingHooks,
                                      Optional<String> terminateAt, Map<String, PromotionContext> exports,
                                      ReleaseInputs in) {
        Outcome<SimulationResult> r = Simulator.simulate(catalog,
                new SimulationRequest(flow, failures, failingHooks, terminateAt, exports, in));
        assertThat(r.isOk()).as("%s", r.isOk() ? "" : r.error()).isTrue();
        return r.value();
    }

    private SimulationResult simulate(String flow, String... failingEnvironments) {
        List<EnvironmentFailure> failures = new ArrayList<>();
        for (String f : failingEnvironments) {
            failures.add(EnvironmentFailure.parse(f));
        }
        return simulate(flow, failures, Set.of(), Optional.empty(), Map.of(), Fixtures.inputs());
    }

    /** "order scope phase hook result" per firing. */
    private static List<String> firings(SimulationResult r) {
        return r.firings().stream().map(f -> f.order() + " " + f.event().scope().label() + " "
                + f.event().phase().word() + " " + f.hook() + " " + f.result().label()).toList();
    }

    private static Map<String, String> args(Firing f) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        f.rendered().orElseThrow().arguments().passed().forEach(a -> m.put(a.name(), a.value()));
        return m;
    }

    private static List<String> statuses(SimulationResult r) {
        return r.environments().stream().map(e -> e.name() + " " + e.status().label()).toList();
    }

    @Test
    void aSequentialFlowThatSucceedsFiresStartHooksThenEachEnvironmentThenReleaseSuccess() {
        SimulationResult r = simulate("sequential");
        assertThat(firings(r)).containsExactly(
                "1 release start notify succeeded",
                "2 qa start notify succeeded",
                "3 qa success notify succeeded",
                "4 prod start notify succeeded",
                "5 release success notify succeeded");
        assertThat(statuses(r)).containsExactly("qa Successful", "prod Successful");
        assertThat(r.outcome().status()).isEqualTo("Succeeded");
        assertThat(r.simulatedAt()).isEqualTo(Fixtures.CLOCK.instant());
        // one release, one id for every firing
        assertThat(r.firings().stream().map(f -> args(f).get("RELEASE_ID")).distinct()).hasSize(1);
    }

    @Test
    void inParallelRegionsOneFailureStopsOnlyItsDependents() {
        SimulationResult r = simulate("regions", "eu=image pull failed");
        assertThat(r.timeline().get(0)).isEqualTo(new TimelineEntry.GroupStarted(1, List.of("eu", "us")));
        assertThat(firings(r)).containsExactly(
                "1 eu fail open-ticket succeeded",
                "2 us success notify succeeded",
                "3 prod-us start notify succeeded",
                "4 release fail fail-notify succeeded");
        assertThat(statuses(r)).containsExactly("eu Failed", "us Successful", "prod-eu Pending", "prod-us Successful");
        assertThat(r.outcome()).isEqualTo(new SimulationResult.ReleaseOutcome("Failed", "image pull failed"));
        assertThat(r.assumptions()).contains(Assumption.FAILURE_ISOLATION, Assumption.PARALLEL_ORDER);
        Firing releaseFail = r.firings().get(3);
        assertThat(args(releaseFail)).containsEntry("ERROR_MESSAGE", "image pull failed")
                .containsEntry("FAILED_ENVIRONMENTS",
                        "[{\"name\":\"eu\",\"status\":\"Failed\",\"errorMessage\":\"image pull failed\"}]");
        assertThat(r.timeline()).contains(new TimelineEntry.NotStarted("prod-eu", "waits for eu (Failed)"));
    }

    @Test
    void aDiamondWaitsForBothBranchesAndRunsThemAsOneParallelGroup() {
        SimulationResult r = simulate("diamond");
        assertThat(r.timeline().stream().filter(TimelineEntry.GroupStarted.class::isInstance).toList()).containsExactly(
                new TimelineEntry.GroupStarted(1, List.of("qa")),
                new TimelineEntry.GroupStarted(2, List.of("staging-b", "staging-a")),
                new TimelineEntry.GroupStarted(3, List.of("prod")));
        assertThat(firings(r)).containsExactly(
                "1 release start notify succeeded",
                "2 staging-a start notify succeeded",
                "3 prod start notify succeeded",
                "4 release success notify succeeded");
        SimulationResult failed = simulate("diamond", "staging-b");
        assertThat(statuses(failed)).containsExactly("prod Pending", "staging-b Failed", "staging-a Successful",
                "qa Successful");
        assertThat(failed.firings().get(2).hook()).isEqualTo("open-ticket");
        assertThat(args(failed.firings().get(2)).get("ERROR_MESSAGE")).contains("invented by hookctl");
        assertThat(failed.firings().get(2).rendered().orElseThrow().invented()).extracting(ResolvedArgument::name)
                .contains("ERROR_MESSAGE", "FAILED_ENVIRONMENTS");
    }

    @Test
    void aFailingOnStartHookFailsItsEnvironmentAndRunsTheFailHooks() {
        SimulationResult r = simulate("sequential", List.of(), Set.of("notify"), Optional.empty(), Map.of(),
                Fixtures.inputs());
        // the release onStart hook is "notify" too: the release fails before any environment starts
        assertThat(firings(r)).containsExactly(
                "1 release start notify failed",
                "2 release fail fail-notify succeeded");
        assertThat(statuses(r)).containsExactly("qa Pending", "prod Pending");
        assertThat(args(r.firings().get(1)).get("ERROR_MESSAGE"))
                .startsWith("hook \"notify\" (release onStart) failed");
        assertThat(r.assumptions()).contains(Assumption.HOOK_FAILURE);

        SimulationResult env = simulate("regions", List.of(), Set.of("notify"), Optional.empty(), Map.of(),
                Fixtures.inputs());
        // us: its onSuccess hook fails, so us fails and prod-us never starts;
        // prod-eu: its onStart hook fails, so prod-eu fails before its promotion
        assertThat(firings(env)).containsExactly(
                "1 us success notify failed",
                "2 prod-eu start notify failed",
                "3 release fail fail-notify succeeded");
        assertThat(statuses(env)).containsExactly("eu Successful", "us Failed", "prod-eu Failed", "prod-us Pending");
        assertThat(env.environments().get(2).errorMessage()).startsWith("hook \"notify\" (environment \"prod-eu\" onStart) failed");
    }

    @Test
    void terminationTerminatesTheRunningEnvironmentsAndRunsBothFailHooks() {
        SimulationResult r = simulate("sequential", List.of(), Set.of(), Optional.of("prod"), Map.of(),
                Fixtures.inputs());
        assertThat(firings(r)).containsExactly(
                "1 release start notify succeeded",
                "2 qa start notify succeeded",
                "3 qa success notify succeeded",
                "4 prod start notify succeeded",
                "5 prod fail open-ticket succeeded",
                "6 release fail fail-notify succeeded");
        assertThat(statuses(r)).containsExactly("qa Successful", "prod Terminated");
        assertThat(r.outcome().status()).isEqualTo("Terminated");
        assertThat(args(r.firings().get(5)).get("FAILED_ENVIRONMENTS")).contains("\"status\":\"Terminated\"");
        assertThat(r.assumptions()).contains(Assumption.TERMINATION);
    }

    @Test
    void aContextExportedByAnEnvironmentFailHookReachesTheReleaseFailHook() {
        PromotionContext ticket = PromotionContext.parse("{\"TICKET_URL\": \"https://tickets/OPS-7\"}", "t").value();
        SimulationResult r = simulate("sequential", List.of(EnvironmentFailure.parse("prod=smoke tests failed")),
                Set.of(), Optional.empty(), Map.of("open-ticket", ticket), Fixtures.inputs());
        Firing envFail = r.firings().get(4);
        Firing releaseFail = r.firings().get(5);
        assertThat(envFail.hook()).isEqualTo("open-ticket");
        assertThat(envFail.exported()).isEqualTo(ticket);
        assertThat(args(releaseFail)).containsEntry("TICKET_URL", "https://tickets/OPS-7")
                .containsEntry("ERROR_MESSAGE", "smoke tests failed");
        assertThat(releaseFail.rendered().orElseThrow().arguments().passed().stream()
                .filter(a -> a.name().equals("TICKET_URL")).findFirst().orElseThrow().source())
                .isEqualTo(ValueSource.PROMOTION_CONTEXT);
        assertThat(r.assumptions()).contains(Assumption.CONTEXT_MERGE);
    }

    @Test
    void laterExportsWinKeyByKey() {
        PromotionContext first = PromotionContext.parse("{\"A\": \"1\", \"B\": \"1\"}", "x").value();
        PromotionContext second = PromotionContext.parse("{\"B\": \"2\", \"C\": {\"n\": 3}}", "x").value();
        PromotionContext merged = first.merge(second);
        assertThat(merged.text("A")).isEqualTo("1");
        assertThat(merged.text("B")).isEqualTo("2");
        assertThat(merged.text("C")).isEqualTo("{\"n\":3}");
    }

    @Test
    void aHookWithAnArgumentNobodySuppliesIsRefusedAndFailsTheRelease() {
        SimulationResult r = simulate("approvals");
        assertThat(firings(r)).containsExactly("1 release start needs-approver refused");
        assertThat(r.firings().get(0).detail())
                .isEqualTo("Argo refuses the Workflow: spec.arguments.APPROVER.value or spec.arguments.APPROVER.valueFrom is required");
        assertThat(r.anyRefused()).isTrue();
        assertThat(r.outcome().status()).isEqualTo("Failed");
    }

    @Test
    void unknownOrTriggerEnvironmentsAndUnassignedHooksAreUserErrors() {
        SimulationRequest trigger = new SimulationRequest("sequential", List.of(EnvironmentFailure.parse("dev")),
                Set.of(), Optional.empty(), Map.of(), Fixtures.inputs());
        assertThat(Simulator.simulate(catalog, trigger).error().message()).contains("trigger environment");
        SimulationRequest typo = new SimulationRequest("sequential", List.of(EnvironmentFailure.parse("prdo")),
                Set.of(), Optional.empty(), Map.of(), Fixtures.inputs());
        assertThat(Simulator.simulate(catalog, typo).error().message())
                .isEqualTo("unknown environment \"prdo\"; did you mean \"prod\"?");
        SimulationRequest hook = new SimulationRequest("sequential", List.of(), Set.of("notfy"), Optional.empty(),
                Map.of(), Fixtures.inputs());
        assertThat(Simulator.simulate(catalog, hook).error().message())
                .isEqualTo("flow \"sequential\" assigns no hook \"notfy\"; did you mean \"notify\"?");
    }

    @Test
    void adversarialValuesRoundTripThroughSimulationJsonAndRenderedFiles() {
        for (String value : RendererTest.ADVERSARIAL) {
            SimulationResult r = simulate("sequential", List.of(new EnvironmentFailure("prod", Optional.of(value))),
                    Set.of(), Optional.empty(), Map.of(), Fixtures.inputs());
            Firing releaseFail = r.firings().get(r.firings().size() - 1);
            assertThat(args(releaseFail).get("ERROR_MESSAGE")).isEqualTo(value);
            Object json = Fixtures.parseJson(Manifests.json(SimulationJson.tree(r, Map.of())));
            assertThat(json.toString()).contains("ERROR_MESSAGE=" + value);
            if (value.length() < 1000) { // 1 MB of YAML parses in seconds; the JSON check above covers it
                Object yaml = Fixtures.parse(releaseFail.rendered().orElseThrow().yaml());
                assertThat(yaml).isEqualTo(releaseFail.rendered().get().workflow());
            }
            assertThat(TimelineText.render(r)).contains("ERROR_MESSAGE = \"");
        }
    }
}
