package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.SiteOrder;

/**
 * One more planned test cycle never makes a programme much later (departure 30): it may add a
 * little, as the longer test starts earlier and finds more to fix, but never more than
 * {@link #TOLERANCE_WEEKS} of mean completion. Go-lives every 20 weeks
 * from week 100 put reviews, windows and go-lives on one 4-week grid, so with two planned cycles
 * of 3 weeks the first cycle ends in the review week 4 weeks before go-live: the review that
 * counted every defect the cycle had just found as work at the build's pace re-baselined most
 * waves, and two cycles finished later than one (mean completion week 276.2 against 268.5, 300
 * runs, seed 7; with the departure 268.4, then 256.7 with three and 252.8 with four).
 */
class TestCyclesSweepTest {
    private static final long SEED = 7;
    private static final int RUNS = 300;
    /**
     * Weeks by which one more planned cycle may raise the mean completion: a margin for Monte
     * Carlo noise (the runs share their random numbers between plans, so the difference of two
     * means is far less noisy than either), under half of the 7.7 weeks the defect added.
     */
    private static final double TOLERANCE_WEEKS = 3;

    private static double meanCompletion(int cycles) {
        TestScenarios.Builder b = TestScenarios.regional().response(Response.STANDARD)
                .phased(6, 100, 20, SiteOrder.LISTED)
                .practices(78, cycles, 3, 12);
        RolloutModel model = new RolloutModel(b.build(), ModelOptions.DEFAULT);
        return Runs.mean(Runs.column(model, SEED, RUNS, "completionWeek"));
    }

    @Test
    void oneMoreTestCycleNeverAddsMoreThanThreeWeeks() {
        double[] mean = new double[5];
        for (int cycles = 1; cycles <= 4; cycles++) {
            mean[cycles] = meanCompletion(cycles);
        }
        for (int cycles = 2; cycles <= 4; cycles++) {
            assertTrue(mean[cycles] <= mean[cycles - 1] + TOLERANCE_WEEKS,
                    String.format("mean completion %.1f with %d cycles against %.1f with %d",
                            mean[cycles], cycles, mean[cycles - 1], cycles - 1));
        }
    }
}
