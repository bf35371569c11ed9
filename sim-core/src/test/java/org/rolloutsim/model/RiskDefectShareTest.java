package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rolloutsim.model.TestScenarios.c;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * MODEL.md 7: a programme-scope risk's defects are shared among the waves not yet live in
 * proportion to their remaining build work, the last of them taking what rounding leaves.
 */
class RiskDefectShareTest {

    /**
     * Six alike sites in three waves of one, two and three sites (build work 1 : 2 : 3 with
     * enterprise share 0), going live on fixed dates 60, 80 and 100, each built in the 15 weeks
     * before. No defects but the risk's 100, no test cycles, so each wave takes its share to
     * production at go-live; its command centre (large, one week) leaves at once and every
     * production defect is counted at its stand-down. A run cut short at {@code horizon} counts the
     * defects of the waves live by then: each wave's share, exactly.
     */
    private static RolloutModel programme(int riskWeek, int horizon) {
        TestScenarios.Builder b = TestScenarios.builder();
        for (String s : List.of("a", "b", "c", "d", "e", "f")) {
            b.site(s, 2000, 1.0, Legacy.PAPER, 0.5, 0.9);
        }
        b.strategy(new Strategy.ExplicitWaves(List.of(
                        new Strategy.WaveSpec("w1", List.of("a"), null, 60),
                        new Strategy.WaveSpec("w2", List.of("b", "c"), null, 80),
                        new Strategy.WaveSpec("w3", List.of("d", "e", "f"), null, 100)), 8))
                .staff(100, 1000)
                .practices(15, 0, 3, 12)
                .commandCentre(1000, 1, 1e9)
                .policy(TimelinePolicy.FIXED_DATE)
                .horizon(horizon)
                .degenerate()
                .set(Parameter.ENTERPRISE_SHARE, 0)
                .risk(new Risk("bugs", "", c(1), riskWeek, riskWeek, null,
                        new Risk.Impact(null, null, null, c(100), null), null));
        return new RolloutModel(b.build(), ModelOptions.DEFAULT);
    }

    private static double productionDefects(int riskWeek, int horizon) {
        RolloutModel m = programme(riskWeek, horizon);
        return Runs.get(Runs.one(m, 1, 0), m, "productionDefects");
    }

    @Test
    void programmeDefectsAreSharedByRemainingWork() {
        // week 5, before any build: shares 100/6 -> 17, 200/6 -> 33, and the rest, 50, to the last
        assertEquals(17, productionDefects(5, 70), "w1 alone live");
        assertEquals(17 + 33, productionDefects(5, 90), "w1 and w2 live");
        assertEquals(100, productionDefects(5, 520), "every defect reaches production");
    }

    @Test
    void wavesAlreadyLiveTakeNoShare() {
        // week 62: w1 went live at 60, so w2 and w3 share the 100 as 2 : 3 -> 40 and 60
        assertEquals(0, productionDefects(62, 70), "nothing for the live wave");
        assertEquals(40, productionDefects(62, 90));
        assertEquals(100, productionDefects(62, 520));
    }
}
