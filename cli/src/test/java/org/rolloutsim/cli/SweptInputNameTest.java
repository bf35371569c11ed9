package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenarios.ScenarioLoader;

/** A swept input reads as the drivers chart names it, whether its path gives a list item's index or its id. */
class SweptInputNameTest {

    private static final Scenario REGIONAL = ScenarioLoader.loadBundled("regional-phased").scenarioSet().scenarios().get(0)
            .scenario();

    @Test
    void anIndexReadsAsTheItemItNames() {
        String risk = "Risk: The vendor ships a major upgrade mid-build and the build must be re-based (probability)";
        assertEquals(risk, SweptInputName.of(REGIONAL, "risks[0].probability"), "it read \"Risks[0] probability\"");
        assertEquals(risk, SweptInputName.of(REGIONAL, "risks.vendor-upgrade.probability"));
        assertEquals("Risk: The vendor ships a major upgrade mid-build and the build must be re-based (impact delay weeks)",
                SweptInputName.of(REGIONAL, "risks[0].impact.delayWeeks"));
        assertEquals("Mercy Central: users", SweptInputName.of(REGIONAL, "sites[0].users"), "it read \"Sites[0] users\"");
        assertEquals("Fixed cost: licences", SweptInputName.of(REGIONAL, "program.fixedCosts[0].amount"));
        assertEquals("Module inpatient: workflows", SweptInputName.of(REGIONAL, "modules[0].workflows"));
    }

    @Test
    void aModelParameterReadsAsItsMeaning() {
        assertEquals("Effort multiplier per doubling of sites stabilized",
                SweptInputName.of(REGIONAL, "parameters.learningRate"), "it read \"Parameters learning rate\"");
        assertEquals("Localization effort multiplier, paper site", SweptInputName.of(REGIONAL, "parameters.legacyEffort.paper"));
    }

    @Test
    void otherFieldsKeepTheirNames() {
        assertEquals("Practices test cycles", SweptInputName.of(REGIONAL, "practices.testCycles"));
        assertEquals("Program target week", SweptInputName.of(REGIONAL, "program.targetWeek"));
        // an index past the list's end (refused before any run) keeps its path's words
        assertEquals("risks[7].probability", SweptInputName.byId(REGIONAL, "risks[7].probability"));
    }
}
