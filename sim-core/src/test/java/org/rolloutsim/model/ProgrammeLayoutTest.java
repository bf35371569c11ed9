package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Site;
import org.rolloutsim.scenario.Strategy;

/**
 * The layout tables a run reads its fixed shape from, against a hand-written plan: sites and their
 * offsets, the scope each wave builds and pays for, the follow-on wave of {@code response: full},
 * and the waves each risk hits.
 */
class ProgrammeLayoutTest {

    /**
     * Three sites of different size, legacy and interfaces; three modules; w1 brings core and lab
     * live at site a (go-live 80), w2 brings core, pharmacy and lab to b and c (go-live 100).
     * Four test cycles of three weeks (12 weeks), minimum gap 8.
     */
    private static TestScenarios.Builder twoWaves(Response response) {
        TestScenarios.Builder b = TestScenarios.builder()
                .modules(new Module("core", 100), new Module("lab", 40), new Module("pharmacy", 10))
                .site(new Site("a", "a", 1000, c(1), Legacy.PAPER, c(0.5), c(0.5), 3))
                .site(new Site("b", "b", 2000, c(1), Legacy.VENDOR, c(0.5), c(0.5), 5))
                .site(new Site("c", "c", 3000, c(1), Legacy.HOMEGROWN, c(0.5), c(0.5), 7))
                .strategy(new Strategy.ExplicitWaves(List.of(
                        new Strategy.WaveSpec("w1", List.of("a"), List.of("core", "lab"), 80),
                        new Strategy.WaveSpec("w2", List.of("b", "c"), List.of("core", "pharmacy", "lab"), 100)), 8))
                .practices(78, 4, 3, 12)
                .response(response);
        return b;
    }

    private static final List<PlannedWave> PLAN = List.of(
            new PlannedWave("w1", List.of("a"), List.of("core", "lab"), 10, 67, 80, 1000),
            new PlannedWave("w2", List.of("b", "c"), List.of("core", "pharmacy", "lab"), 22, 87, 100, 5000));

    private static ProgrammeLayout layout(Scenario s, List<PlannedWave> plan) {
        return new ProgrammeLayout(s, plan, GoLiveCalendar.everyWeek());
    }

    private static Risk risk(String id, Risk.Scope scope) {
        return new Risk(id, "", c(1), 5, 9, scope, null, null);
    }

    @Test
    void sitesAreLaidOutInScenarioOrder() {
        ProgrammeLayout l = layout(twoWaves(Response.NONE).build(), PLAN);
        assertEquals(3, l.siteCount);
        assertArrayEquals(new long[] {1000, 2000, 3000}, l.siteUsers);
        assertArrayEquals(new int[] {0, 1, 2}, l.siteLegacy, "legacy ordinals: paper, vendor, homegrown");
        assertArrayEquals(new int[] {3, 5, 7}, l.siteInterfaces);
        assertEquals(6000, l.totalUsers);
        assertArrayEquals(new int[] {0}, l.waveSites[0]);
        assertArrayEquals(new int[] {1, 2}, l.waveSites[1]);
        // b and c wait for the second wave: their readiness gets the embedding boost
        assertArrayEquals(new boolean[] {false, true, true}, l.siteInLaterWaveOnly);
    }

    @Test
    void eachWaveBuildsItsModulesAndPaysTheEnterpriseBuildOfModulesNewToIt() {
        ProgrammeLayout l = layout(twoWaves(Response.NONE).build(), PLAN);
        assertEquals(-1, l.followOn, "response none defers nothing");
        assertEquals(2, l.waveCount);
        assertArrayEquals(new String[] {"w1", "w2"}, l.waveIds);
        assertArrayEquals(new int[] {100, 40}, l.moduleWorkflows[0]);
        assertArrayEquals(new int[] {100, 10, 40}, l.moduleWorkflows[1]);
        assertArrayEquals(new double[] {140, 150}, l.waveWorkflows, 0);
        // core and lab are built enterprise-wide by w1; w2 pays only pharmacy's
        assertArrayEquals(new double[] {140, 10}, l.enterpriseWorkflows, 0);
        assertArrayEquals(new long[] {1000, 5000}, l.waveUsers);
        assertArrayEquals(new long[] {1000, 5000}, l.commandCentreUsers);
        assertArrayEquals(new int[] {80, 100}, l.baselineGoLive);
        assertArrayEquals(new int[] {10, 22}, l.buildStart);
        assertArrayEquals(new int[] {67, 87}, l.testStart);
        assertEquals(10, l.firstBuildStart);
        assertEquals(2, l.defectSources.length);
        assertTrue(l.defectSources[0] != l.defectSources[1], "each wave its own defect stream");
    }

    @Test
    void theFollowOnWaveComesLastWithTheWholeProgrammesUsersAndAPlanAfterTheLastWave() {
        // go-live: the last baseline go-live plus the minimum gap, 100 + 8 = 108 (every week is a
        // window here); testing: 12 weeks of cycles and the go/no-go week before it, 108 - 13 = 95;
        // build from the programme's first build start, 10
        ProgrammeLayout l = layout(twoWaves(Response.FULL).build(), PLAN);
        assertEquals(2, l.followOn);
        assertEquals(3, l.waveCount);
        assertEquals(ProgrammeLayout.FOLLOW_ON, l.waveIds[2]);
        assertEquals(0, l.waveSites[2].length);
        assertEquals(0, l.moduleWorkflows[2].length);
        assertEquals(0, l.waveUsers[2], "no users of its own to train");
        assertEquals(6000, l.commandCentreUsers[2], "incidents read against the whole programme");
        assertEquals(108, l.baselineGoLive[2]);
        assertEquals(10, l.buildStart[2]);
        assertEquals(95, l.testStart[2]);
        assertEquals(0, l.waveWorkflows[2], 0);
        assertEquals(0, l.enterpriseWorkflows[2], 0);
        assertEquals(3, l.liveSources.length);
    }

    @Test
    void theFollowOnWaveWithoutTestCyclesIsPlannedToTestAtItsGoLive() {
        ProgrammeLayout l = layout(twoWaves(Response.FULL).practices(78, 0, 3, 12).build(), PLAN);
        assertEquals(108, l.baselineGoLive[2]);
        assertEquals(108, l.testStart[2], "no cycles: no go/no-go week before the go-live either");
        // a programme whose follow-on test start would fall before its first build starts
        ProgrammeLayout early = layout(twoWaves(Response.FULL).practices(78, 10, 10, 12).build(), PLAN);
        assertEquals(10, early.testStart[2], "never before the first build start (108 - 101 = 7 < 10)");
    }

    @Test
    void practicesAndFixedCostWindowsAreCopied() {
        ProgrammeLayout l = layout(twoWaves(Response.NONE).commandCentre(20, 5, 0.5)
                .fixedCost("licences", c(1), 3, 40).fixedCost("hosting", c(1), 12, 60).build(), PLAN);
        assertEquals(4, l.testCycles);
        assertEquals(3, l.testCycleWeeks);
        assertEquals(12, l.trainingWeeks);
        assertEquals(5, l.fixedCommandCentreWeeks);
        assertEquals(5, l.minCommandCentreWeeks);
        assertEquals(8, l.minGapWeeks);
        assertArrayEquals(new int[] {3, 12}, l.fixedFrom);
        assertArrayEquals(new int[] {40, 60}, l.fixedTo);
        ProgrammeLayout defaults = layout(twoWaves(Response.NONE).build(), PLAN);
        assertEquals(-1, defaults.fixedCommandCentreWeeks, "unset: drawn per wave in v2");
        assertEquals(2, defaults.minCommandCentreWeeks, "unset: two weeks in v1");
    }

    @Test
    void aRiskHitsTheProgrammeItsWaveOrEveryWaveWithItsSite() {
        // site a goes live in w1 with core and lab, and again in w3 with pharmacy (scope phased)
        TestScenarios.Builder b = twoWaves(Response.FULL)
                .risk(risk("everything", Risk.Scope.PROGRAM))
                .risk(risk("second", new Risk.Scope(Risk.Scope.Kind.WAVE, "w2")))
                .risk(risk("third", new Risk.Scope(Risk.Scope.Kind.WAVE, "w3")))
                .risk(risk("at-c", new Risk.Scope(Risk.Scope.Kind.SITE, "c")))
                .risk(risk("at-a", new Risk.Scope(Risk.Scope.Kind.SITE, "a")));
        List<PlannedWave> plan = List.of(PLAN.get(0), PLAN.get(1),
                new PlannedWave("w3", List.of("a"), List.of("pharmacy"), 40, 107, 120, 1000));
        ProgrammeLayout l = layout(b.build(), plan);
        assertArrayEquals(new String[] {"everything", "second", "third", "at-c", "at-a"}, l.riskIds);
        assertArrayEquals(new int[] {5, 5, 5, 5, 5}, l.riskFrom);
        assertArrayEquals(new int[] {9, 9, 9, 9, 9}, l.riskTo);
        assertNull(l.riskWaves[0], "programme scope: every wave not yet live");
        assertArrayEquals(new int[] {1}, l.riskWaves[1]);
        assertArrayEquals(new int[] {2}, l.riskWaves[2], "the last wave of the plan");
        assertArrayEquals(new int[] {1}, l.riskWaves[3]);
        assertArrayEquals(new int[] {0, 2}, l.riskWaves[4], "every wave that brings something to a");
        assertTrue(l.riskSources[3] != l.riskSources[4], "each risk its own stream");
    }

    @Test
    void aRiskNamingAnUnknownWaveOrSiteIsRefused() {
        Scenario wave = twoWaves(Response.NONE).risk(risk("r", new Risk.Scope(Risk.Scope.Kind.WAVE, "w9"))).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> layout(wave, PLAN));
        assertEquals("risk r: unknown wave w9", e.getMessage());
        Scenario site = twoWaves(Response.NONE).risk(risk("r", new Risk.Scope(Risk.Scope.Kind.SITE, "z"))).build();
        e = assertThrows(IllegalArgumentException.class, () -> layout(site, PLAN));
        assertEquals("risk r: unknown site z", e.getMessage());
    }
}
