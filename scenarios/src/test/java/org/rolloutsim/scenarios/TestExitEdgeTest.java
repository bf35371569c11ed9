package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Scenario;

/**
 * A test exit on a knife edge is advised of (validate says it): with the default detection (mean 0.367) and 4
 * planned cycles the last cycle is expected to find 11.1% of all found, against the 12% exit share,
 * so about half the waves of even a hugely staffed programme run an extra cycle and slip a window.
 */
class TestExitEdgeTest {

    private static final String HOSPITAL = """
            name: One hospital
            program: {budget: 5.0e9, targetWeek: 150}
            team: {staff: {fte: 10000, weeklyCost: 2000}}
            modules: [{id: inpatient, workflows: 200}]
            sites: [{id: central, users: 2000}]
            strategy: {kind: big-bang, goLiveWeek: 90}
            """;

    @Test
    void theLastOfFourCyclesAtTheDefaultDetectionIsWithinTheBandOfTheExitShare() {
        List<String> warned = PlanWarnings.advice(load(HOSPITAL));
        assertEquals(1, warned.size(), warned.toString());
        assertEquals("the test exit is on a knife edge: with testDetection 0.367 (the mean of its distribution) and 4"
                + " planned test cycles (practices.testCycles), the last cycle is expected to find 11.1% of the defects"
                + " the cycles find, against an exit share of 12.0% (parameters.testExitShare), so whether a wave leaves"
                + " test on plan or runs an extra cycle and slips a go-live window is close to a coin flip, however it"
                + " is staffed; plan 5 cycles (the last then finds 6.6%) or set testExitShare clearly away from 11.1%",
                warned.get(0));
        assertTrue(PlanWarnings.advice(load(HOSPITAL + "parameters: {testDetection: 0.35}")).get(0)
                .contains("testDetection 0.350 (as set) and 4 planned test cycles (practices.testCycles), the last cycle"
                        + " is expected to find 11.7%"));
    }

    @Test
    void clearOfTheBandOrWithoutExtraCyclesNothingIsSaid() {
        for (String quiet : new String[] {
                "practices: {testCycles: 5}", // 6.6%
                "practices: {testCycles: 3}", // 19.7%: every wave runs an extra cycle, not a coin flip
                "practices: {testCycles: 0}",
                "parameters: {testExitShare: 0.15}",
                "parameters: {testDetection: 0.45}", // 7.3%
                "parameters: {maxExtraCycles: 0}",
                "governance: {response: none}"}) {
            assertEquals(List.of(), PlanWarnings.advice(load(HOSPITAL + quiet)), quiet);
        }
    }

    /** The expected share is the last term of the geometric series of what each cycle finds, over its sum. */
    @Test
    void theLastCyclesShareIsItsPartOfAllTheCyclesFind() {
        for (double d : new double[] {0.1, 0.35, 0.9}) {
            for (int n = 1; n <= 6; n++) {
                double all = 0;
                double last = 0;
                for (int k = 0; k < n; k++) {
                    last = d * Math.pow(1 - d, k);
                    all += last;
                }
                assertEquals(last / all, TestExitEdge.lastCycleShare(d, n), 1e-12, d + ", " + n);
            }
        }
        assertEquals(0.25, TestExitEdge.lastCycleShare(0, 4), 1e-12, "at no detection each cycle finds alike");
    }

    private static Scenario load(String text) {
        LoadResult r = ScenarioLoader.load("edge.yaml", text.getBytes(StandardCharsets.UTF_8), List.of());
        assertTrue(r.isOk(), r.errorText());
        return r.scenarioSet().scenarios().get(0).scenario();
    }
}
