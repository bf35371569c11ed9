package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.stats.SyntheticModel;
import org.rolloutsim.stats.Targets;

class PrecisionRunnerTest {
    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.output("programCost")), List.of(), 1);
    private static final SyntheticModel MODEL = new SyntheticModel(SCHEMA, (d, out, s) -> {
        out.set(0, 100 + 20 * d.gaussian("week"));
        out.set(1, 1e7 * Math.exp(0.3 * d.gaussian("cost")));
    }, 0);

    private static PrecisionResult run(int threads, double precision, int maxRuns) {
        try (BatchRunner runner = new BatchRunner(threads)) {
            return new PrecisionRunner(runner, new PrecisionSettings(precision, 500, 500, maxRuns))
                    .run(MODEL, 17, null, null, null);
        }
    }

    @Test
    void sameSeedStopsAtTheSameRunCountForOneAndTwoThreads() {
        PrecisionResult one = run(1, 0.02, 200_000);
        PrecisionResult two = run(2, 0.02, 200_000);
        assertTrue(one.reached());
        assertEquals(one.runs(), two.runs());
        assertEquals(one.checks(), two.checks());
        assertEquals(one.statistics().summary(Targets.NONE), two.statistics().summary(Targets.NONE));
    }

    @Test
    void stopsAtTheFirstCheckThatMeetsThePrecision() {
        PrecisionResult result = run(2, 0.02, 200_000);
        List<PrecisionCheck> checks = result.checks();
        PrecisionCheck last = checks.get(checks.size() - 1);
        assertEquals(result.runs(), last.runs());
        assertTrue(last.completionRelativeReach() <= 0.02 && last.costRelativeReach() <= 0.02);
        for (PrecisionCheck earlier : checks.subList(0, checks.size() - 1)) {
            assertTrue(earlier.completionRelativeReach() > 0.02 || earlier.costRelativeReach() > 0.02);
        }
        // Normal completion, sd 20 around 100: P80 = 116.8 and its interval half-width is about
        // 1.96·sqrt(0.8·0.2/n)/φ(0.84)·20 = 55.9/sqrt(n); 2% of 116.8 needs n ≈ 570; lognormal cost
        // needs about 1,100 runs. So the stop comes after more than 500 and well before 5,000.
        assertTrue(result.runs() > 500 && result.runs() < 5000, "runs " + result.runs());
        assertEquals(result.runs(), result.statistics().runs());
    }

    @Test
    void stopsAtTheMaximumWhenThePrecisionIsOutOfReach() {
        PrecisionResult result = run(1, 1e-6, 3000);
        assertFalse(result.reached());
        assertEquals(3000, result.runs());
        // Blocks: 500, then 500 each (1/8 of the runs so far is under one 500-run unit).
        assertEquals(List.of(500, 1000, 1500, 2000, 2500, 3000),
                result.checks().stream().map(PrecisionCheck::runs).toList());
    }

    /**
     * Completion normal around week 100, sd 20, cut off at a horizon of week 110: P80 (116.8) lies
     * beyond it, so its interval is the point [110, 110], which the old check took for perfect
     * precision. It stops at the first look instead, not reached, and says why.
     */
    @Test
    void aP80BeyondTheHorizonIsNotMeasurableAndStopsTheBatch() {
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("completionWeek"),
                SyntheticModel.output("programCost"), SyntheticModel.output("censored")), List.of(), 1);
        SyntheticModel cutOff = new SyntheticModel(schema, (d, out, s) -> {
            double week = 100 + 20 * d.gaussian("week");
            out.set(0, Math.min(week, 110));
            out.set(1, 1e7 * Math.exp(0.3 * d.gaussian("cost")));
            out.set(2, week >= 110 ? 1 : 0);
        }, 0);
        PrecisionResult result;
        try (BatchRunner runner = new BatchRunner(1)) {
            result = new PrecisionRunner(runner, new PrecisionSettings(0.02, 500, 500, 200_000))
                    .run(cutOff, 17, null, null, null);
        }
        assertFalse(result.reached());
        assertEquals(500, result.runs(), "stopped at the first look");
        assertTrue(result.checks().get(0).beyondHorizon());
        assertEquals(0, result.checks().get(0).completionRelativeReach(), "what the point interval at the horizon gave");
    }

    @Test
    void blocksGrowToAboutAnEighthOfTheRunsSoFar() {
        PrecisionSettings s = new PrecisionSettings(0.01, 1000, 1000, 1_000_000);
        assertEquals(1000, s.nextBlock(0));
        assertEquals(1000, s.nextBlock(15_000));
        assertEquals(2000, s.nextBlock(16_000));
        assertEquals(100_000, s.nextBlock(800_000));
        assertEquals(5, s.nextBlock(999_995), "never past the maximum");
        assertEquals(10, new PrecisionSettings(0.01, 1000, 1000, 100_010).nextBlock(100_000));
    }
}
