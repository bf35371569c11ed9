package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * How the team's capacity is shared when it is short (MODEL.md 5, 11.7): each wave claims its
 * work left at its planned pace, and the wave due first gets its claim first. Read off the work
 * left in each wave of a run stopped at its horizon: one staff member, 1 pw a week exactly (no
 * learning, overtime or fatigue), nothing random, fixed dates.
 */
class CapacityShareTest {

    /** Two single-site waves, w1 building module {@code first}, w2 module {@code second}. */
    private static TestScenarios.Builder twoWaves(Module first, int firstGoLive, Module second, int secondGoLive,
                                                  int testCycles, int horizon) {
        return TestScenarios.builder()
                .modules(first, second)
                .site("a", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .site("b", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .strategy(new Strategy.ExplicitWaves(List.of(
                        new Strategy.WaveSpec("w1", List.of("a"), List.of(first.id()), firstGoLive),
                        new Strategy.WaveSpec("w2", List.of("b"), List.of(second.id()), secondGoLive)), 8))
                .staff(1, 1000)
                .practices(78, testCycles, 3, 12)
                .policy(TimelinePolicy.FIXED_DATE)
                .horizon(horizon)
                .degenerate()
                .plainBuild();
    }

    /** The v2 rules with reviews that never respond. */
    private static TestScenarios.Builder managed(TestScenarios.Builder b) {
        return b.quietReviews(TimelinePolicy.FIXED_DATE, 0.1);
    }

    private static RolloutRun runToHorizon(TestScenarios.Builder b) {
        RolloutModel m = new RolloutModel(b.build(), ModelOptions.DEFAULT);
        RolloutRun run = m.newRun(1, 0, m.schema().newRunOutput());
        run.run();
        return run;
    }

    private static final Module SIXTY = new Module("sixty", 60);

    @Test
    void shortOfCapacityTheWaveDueFirstGetsItsPaceToGoLive() {
        // v1: 60 pw each; w1 (go-live 90) builds alone from 12 and gets the whole 1 pw a week
        // (more than it claims): 50 pw left at 22, when w2 (go-live 100) starts. From then on w1
        // claims 50 / (90 - 22) = 50/68 a week, and again after each week, and gets it; w2 gets
        // the rest, 18/68. Stopped after week 31: w1 has 50 - 10 x 50/68 left, w2 60 - 10 x 18/68.
        RolloutRun run = runToHorizon(twoWaves(SIXTY, 90, new Module("other", 60), 100, 0, 32));
        assertEquals(50 - 10 * 50.0 / 68, run.remainingEffort(0), 1e-9);
        assertEquals(60 - 10 * 18.0 / 68, run.remainingEffort(1), 1e-9);
    }

    @Test
    void inV2TheBuildIsPacedToThePlannedTestStart() {
        // v2, two test cycles of three weeks: w1 plans testing from 90 - 7 = 83, so from week 22
        // it claims 50 / (83 - 22) = 50/61 a week and gets it; w2 (on the first window after 100
        // clear of the year-end blackout, 106) claims more than the rest, 11/61, and gets that.
        RolloutRun run = runToHorizon(managed(twoWaves(SIXTY, 90, new Module("other", 60), 100, 2, 32)));
        assertEquals(50 - 10 * 50.0 / 61, run.remainingEffort(0), 1e-9);
        assertEquals(60 - 10 * 11.0 / 61, run.remainingEffort(1), 1e-9);
    }

    @Test
    void inV2ALiveWaveFinishesItsBuildOverItsCommandCentreStay() {
        // v2: w1 (45 pw) goes live at 40 with 5 pw unbuilt; its command centre stays 10 weeks
        // (to 49). Alone until w2 (100 pw, go-live 120) starts at 42, it gets the whole 1 pw a
        // week: 3 pw left at 42. Then it claims 3 / (49 - 42 + 1) = 0.375 a week, again after each
        // week, and gets it; w2 gets 0.625. Stopped after week 45: 3 - 4 x 0.375 and 100 - 4 x 0.625.
        TestScenarios.Builder b = managed(twoWaves(new Module("small", 45), 40, new Module("large", 100), 120, 0, 46))
                .commandCentre(40, 10, 1e9);
        RolloutRun run = runToHorizon(b);
        assertEquals(RolloutRun.LIVE, run.phase(0));
        assertEquals(1.5, run.remainingEffort(0), 1e-9);
        assertEquals(97.5, run.remainingEffort(1), 1e-9);
    }
}
