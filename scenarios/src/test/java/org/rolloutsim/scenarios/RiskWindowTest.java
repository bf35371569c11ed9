package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;

/**
 * A risk written without a window may strike the planned roll-out, week 0 to the last planned
 * go-live (docs/model.md, departure 28), not the whole horizon: the horizon only says where
 * unfinished runs are cut off, and must not decide how often a risk occurs.
 */
class RiskWindowTest {

    private static final String BIG_BANG = """
            name: Horizon risk
            program: {budget: 2.0e7, targetWeek: 130, horizonWeeks: %d}
            team: {staff: {fte: 40, weeklyCost: 2000}}
            modules: [{id: inpatient, workflows: 200}]
            sites: [{id: a, users: 1500}, {id: b, users: 500}, {id: c, users: 500}]
            strategy: %s
            risks:
              - {id: outage, probability: 0.6, impact: {delayWeeks: 12, cost: 3.0e6}}
              - {id: written, probability: 0.6, window: [10, 150]}
            """;

    @Test
    void withoutAWindowARiskMayOccurFromWeekZeroToTheLastPlannedGoLive() {
        assertArrayEquals(new int[] {0, 90}, window(load(520, "{kind: big-bang, goLiveWeek: 90}"), 0));
        // three waves 20 weeks apart from week 80, but kept minGapWeeks (30) apart: 80, 110, 140
        assertArrayEquals(new int[] {0, 140}, window(load(520,
                "{kind: phased, waves: 3, firstGoLiveWeek: 80, spacingWeeks: 20, minGapWeeks: 30}"), 0));
        // in go-live order, the second pushed to 16 weeks after the first
        assertArrayEquals(new int[] {0, 116}, window(load(520, "{kind: waves, minGapWeeks: 16, waves: ["
                + "{id: late, sites: [a], goLiveWeek: 100}, {id: early, sites: [b, c], goLiveWeek: 108}]}"), 0));
        assertArrayEquals(new int[] {10, 150}, window(load(520, "{kind: big-bang, goLiveWeek: 90}"), 1),
                "a window written stays as written");
    }

    /**
     * The share of runs in which the window-less 60% risk occurred, at horizons of 200 and 1000
     * weeks (the same seed: common random numbers). Every run of this programme finishes well within
     * 200 weeks and after week 90, so the risk occurs in a share of runs near 0.6 at both horizons:
     * 2,000 runs give a standard error of 1.1 points, and each share must lie within 4 of them.
     * Before, at the whole horizon, it occurred in about 31% and 7% of runs.
     */
    @Test
    void howOftenARiskOccursDoesNotDependOnTheHorizon() {
        int runs = 2000;
        double se = Math.sqrt(0.6 * 0.4 / runs);
        for (int horizon : new int[] {200, 1000}) {
            double share = occurredShare(load(horizon, "{kind: big-bang, goLiveWeek: 90}"), runs);
            assertEquals(0.6, share, 4 * se, "horizon " + horizon);
        }
    }

    private static Scenario load(int horizon, String strategy) {
        String text = String.format(BIG_BANG, horizon, strategy);
        LoadResult result = ScenarioLoader.load("risk.yaml", text.getBytes(StandardCharsets.UTF_8), List.of());
        assertTrue(result.isOk(), result.errorText());
        return result.scenarioSet().scenarios().get(0).scenario();
    }

    private static int[] window(Scenario s, int risk) {
        Risk r = s.risks().get(risk);
        return new int[] {r.fromWeek(), r.toWeek()};
    }

    private static double occurredShare(Scenario s, int runs) {
        RolloutModel model = new RolloutModel(s, ModelOptions.DEFAULT);
        List<String> names = model.schema().scalars().stream().map(x -> x.name()).toList();
        int occurred = names.indexOf("risks.outage.occurred");
        int completion = names.indexOf("completionWeek");
        RunOutput out = model.schema().newRunOutput();
        int count = 0;
        for (int r = 0; r < runs; r++) {
            out.reset(r);
            model.run(11, r, out);
            assertTrue(out.get(completion) > 90 && out.get(completion) < 200, "run " + r + " ends in week 90 to 200");
            count += out.get(occurred) > 0.5 ? 1 : 0;
        }
        return count / (double) runs;
    }
}
