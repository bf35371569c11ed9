package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OccurrenceEffectTest {

    @Test
    void addsTheShareTimesTheDifferenceOfTheGroupsMeans() {
        double[] happened = {1, 0, 1, 0, 0};
        double[] outcome = {10, 4, 14, 2, 6};
        OccurrenceEffect e = OccurrenceEffect.of(i -> happened[i], i -> outcome[i], 5);
        assertEquals(0.4, e.share(), 1e-15);
        assertEquals(0.4 * (12 - 4), e.added(), 1e-12);
        // v1 = 8 (10, 14), v0 = 4 (4, 2, 6): 64·0.24/5 + 0.16·(8/2 + 4/3)
        assertEquals(Math.sqrt(64 * 0.24 / 5 + 0.16 * (4 + 4.0 / 3)), e.standardError(), 1e-12);
    }

    /** Never happened: it added exactly nothing. Happened in every run: no run without it to compare with. */
    @Test
    void nothingAddedWhenItHappenedInNoRunAndNotKnownWhenInEvery() {
        double[] outcome = {3, 9, 27};
        OccurrenceEffect never = OccurrenceEffect.of(i -> 0, i -> outcome[i], 3);
        OccurrenceEffect always = OccurrenceEffect.of(i -> 1, i -> outcome[i], 3);
        assertEquals(new OccurrenceEffect(0, 0, 0), never);
        assertEquals(1, always.share());
        assertTrue(Double.isNaN(always.added()) && Double.isNaN(always.standardError()), always.toString());
    }

    @Test
    void aSingleRunOnOneSideGivesAFigureButNoMargin() {
        double[] outcome = {3, 9, 27};
        OccurrenceEffect once = OccurrenceEffect.of(i -> i == 2 ? 1 : 0, i -> outcome[i], 3);
        assertEquals((27 - 6) / 3.0, once.added(), 1e-12);
        assertTrue(Double.isNaN(once.standardError()));
    }

    /**
     * The 95% interval, estimate ± 1.96 standard errors, covers the true effect in about 95% of
     * batches: 1,000 synthetic batches of 2,000 runs (fixed seed), an event with probability 0.3 that
     * adds 5 to a skewed outcome (exponential, mean 20). Coverage of 1,000 trials has a standard error
     * of 0.7 points; the test allows 4 of them either side of 95%.
     */
    @Test
    void itsNinetyFivePercentIntervalCoversTheTrueEffectInNinetyFivePercentOfBatches() {
        SplittableRandom random = new SplittableRandom(20261202L);
        int trials = 1000;
        int runs = 2000;
        double p = 0.3;
        double effect = 5;
        int covered = 0;
        double[] happened = new double[runs];
        double[] outcome = new double[runs];
        for (int t = 0; t < trials; t++) {
            for (int i = 0; i < runs; i++) {
                happened[i] = random.nextDouble() < p ? 1 : 0;
                outcome[i] = -20 * Math.log(1 - random.nextDouble()) + effect * happened[i];
            }
            OccurrenceEffect e = OccurrenceEffect.of(i -> happened[i], i -> outcome[i], runs);
            if (Math.abs(e.added() - p * effect) <= 1.959963984540054 * e.standardError()) {
                covered++;
            }
        }
        double coverage = covered / (double) trials;
        double se = Math.sqrt(0.95 * 0.05 / trials);
        assertTrue(Math.abs(coverage - 0.95) <= 4 * se, "coverage " + coverage);
    }
}
