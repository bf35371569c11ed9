package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.model.PlannedWave;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.scenario.Scenario;

/** A plan whose own schedule ends after its target is warned about; one that can just meet it is not. */
class PlanWarningsTest {

    /**
     * The bundled scenarios are warned of nothing. They keep the default test detection and cycles,
     * whose test exit is on a knife edge (TestExitEdgeTest): that is advice for tuning, not a warning.
     */
    @Test
    void theBundledScenariosAreWarnedOfNothingAndAdvisedOfTheirTestExit() {
        for (BundledScenario b : ScenarioLoader.bundled()) {
            for (NamedScenario named : ScenarioLoader.loadBundled(b.name()).scenarioSet().scenarios()) {
                assertEquals(List.of(), PlanWarnings.of(named.scenario()), b.name() + " / " + named.name());
                List<String> advised = PlanWarnings.advice(named.scenario());
                assertEquals(1, advised.size(), b.name() + " / " + named.name() + ": " + advised);
                assertTrue(advised.get(0).startsWith("the test exit is on a knife edge: "), advised.get(0));
            }
        }
    }

    /**
     * The last go-live's command centre closes at the earliest in the week it has stayed its minimum
     * (2 weeks by default, the go-live week counting): a target of that week can be met, one a week
     * earlier cannot.
     */
    @Test
    void aTargetBeforeTheLastGoLiveAndTheCommandCentresMinimumStayIsWarned() {
        int last = lastGoLive(load(List.of()));
        assertEquals(List.of(), targetWarnings(load(List.of(target(last + 1)))), "closes in week " + (last + 1));

        List<String> warned = targetWarnings(load(List.of(target(last))));
        assertEquals(1, warned.size(), warned.toString());
        assertTrue(warned.get(0).startsWith("the plan cannot meet its own target: its last go-live (wave "), warned.get(0));
        assertTrue(warned.get(0).contains("week " + last + ", ") && warned.get(0).contains("minimum stay of 2 weeks end in"
                + " week " + (last + 1) + " at the earliest, after the target (week " + last + ", "), warned.get(0));
        assertTrue(warned.get(0).endsWith("program.targetWeek), so no run can finish on time even if everything goes"
                + " to plan"), warned.get(0));

        // a longer minimum stay set in the scenario is the one the model keeps
        ScenarioLoader.Override sixWeeks = new ScenarioLoader.Override("practices.commandCentre.minWeeks", "6");
        assertEquals(List.of(), targetWarnings(load(List.of(sixWeeks, target(last + 5)))));
        assertTrue(targetWarnings(load(List.of(sixWeeks, target(last + 4)))).get(0)
                .contains("minimum stay of 6 weeks end in week " + (last + 5)));
    }

    /** A report states a target its plan cannot meet, but not the test exit's knife edge (a planner's tuning). */
    @Test
    void aReportIsToldOfAnUnreachableTargetButNotOfTheKnifeEdge() {
        int last = lastGoLive(load(List.of()));
        Scenario unreachable = load(List.of(target(last)));
        assertEquals(1, PlanWarnings.of(unreachable).size(), PlanWarnings.of(unreachable).toString());
        assertEquals(1, PlanWarnings.advice(unreachable).size(), "on the knife edge as well");
        assertEquals(targetWarnings(unreachable), PlanWarnings.forReport(unreachable));
        assertEquals(List.of(), PlanWarnings.forReport(load(List.of())));
    }

    /**
     * A mitigation more likely than its risk is warned of, naming the risk and both probabilities (the
     * means of their distributions); one as likely or less is not. regional-phased's vendor upgrade
     * has probability 0.3 and no mitigation.
     */
    @Test
    void aMitigationMoreLikelyThanItsRiskIsWarned() {
        String at = "risks.vendor-upgrade.mitigation";
        List<String> likelier = mitigationWarnings(load(List.of(new ScenarioLoader.Override(at,
                "{probability: {uniform: [0.4, 0.6]}}"))));
        assertEquals(List.of("risk vendor-upgrade: its mitigation makes it more likely, not less (probability 0.5 after"
                + " mitigation against 0.3 before; risks.vendor-upgrade.mitigation.probability), so --mitigated shows it"
                + " occurring more often"), likelier);
        assertEquals(List.of(), mitigationWarnings(load(List.of(new ScenarioLoader.Override(at, "{probability: 0.3}")))));
        assertEquals(List.of(), mitigationWarnings(load(List.of(new ScenarioLoader.Override(at, "{probability: 0.1}")))));
        assertEquals(List.of(), PlanWarnings.forReport(load(List.of(new ScenarioLoader.Override(at, "{probability: 0.9}")))));
    }

    private static List<String> mitigationWarnings(Scenario scenario) {
        return PlanWarnings.of(scenario).stream().filter(w -> w.startsWith("risk ")).toList();
    }

    /**
     * Under {@code governance.response: none} the effort and defect density a scenario leaves to
     * their defaults are v1's (mean 1.5 person-weeks a workflow against 4): said, naming what was
     * left to its default, so that a comparison of responses is not read as one. Set in the
     * scenario, or under another response, nothing is said; nor in the report.
     */
    @Test
    void theV1DefaultsOfResponseNoneAreWarned() {
        ScenarioLoader.Override none = new ScenarioLoader.Override("governance.response", "none");
        ScenarioLoader.Override effort = new ScenarioLoader.Override("parameters.effortPerWorkflow",
                "{lognormal: [4, 1.6]}");
        ScenarioLoader.Override defects = new ScenarioLoader.Override("parameters.defectsPerPersonWeek", "0.3");
        assertEquals(List.of("governance.response none runs the v1 rules, kept for comparison, and v1's defaults:"
                + " effortPerWorkflow has a mean of 1.5 (4 under standard and full) and defectsPerPersonWeek has a mean"
                + " of 0.9 (0.34 under standard and full), so its runs are not this plan with no response;"
                + " to compare responses, set them under parameters"),
                v1Warnings(load(List.of(none))));
        List<String> effortSet = v1Warnings(load(List.of(none, effort)));
        assertEquals(1, effortSet.size(), effortSet.toString());
        assertTrue(effortSet.get(0).contains("v1's defaults: defectsPerPersonWeek has a mean of 0.9 (0.34 under")
                && effortSet.get(0).endsWith("set it under parameters"), effortSet.get(0));
        assertEquals(List.of(), v1Warnings(load(List.of(none, effort, defects))));
        assertEquals(List.of(), v1Warnings(load(List.of(new ScenarioLoader.Override("governance.response", "full")))));
        assertEquals(List.of(), PlanWarnings.forReport(load(List.of(none))));
    }

    private static List<String> v1Warnings(Scenario scenario) {
        return PlanWarnings.of(scenario).stream().filter(w -> w.startsWith("governance.response none")).toList();
    }

    @Test
    void noTargetNoWarning() {
        assertEquals(List.of(), targetWarnings(load(List.of(new ScenarioLoader.Override("program.targetWeek", "null")))));
    }

    /** The warnings of a target the plan cannot meet, the subject here. */
    private static List<String> targetWarnings(Scenario scenario) {
        return PlanWarnings.of(scenario).stream().filter(w -> w.startsWith("the plan cannot meet its own target")).toList();
    }

    private static ScenarioLoader.Override target(int week) {
        return new ScenarioLoader.Override("program.targetWeek", Integer.toString(week));
    }

    private static int lastGoLive(Scenario scenario) {
        return RolloutModel.baselinePlan(scenario).stream().mapToInt(PlannedWave::goLiveWeek).max().orElseThrow();
    }

    private static Scenario load(List<ScenarioLoader.Override> overrides) {
        LoadResult r = ScenarioLoader.loadBundled("regional-phased", overrides);
        assertTrue(r.isOk(), overrides + ": " + r.errorText());
        return r.scenarioSet().scenarios().get(0).scenario();
    }
}
