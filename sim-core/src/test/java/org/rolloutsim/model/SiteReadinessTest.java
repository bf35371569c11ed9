package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Site readiness: the embedding boost, the user-weighted wave readiness, forgetting (MODEL.md 6, 7, 11.3). */
class SiteReadinessTest {

    @Test
    void sitesOfLaterWavesStartBoostedUpToOne() {
        SiteReadiness r = new SiteReadiness(new double[] {0.5, 0.5, 0.95}, new boolean[] {false, true, true}, 0.25,
                new double[] {1, 1, 1}, new long[] {1, 1, 1}, 0.5);
        assertEquals(0.5, r.start(0), 0.0);
        assertEquals(0.75, r.start(1), 0.0);
        assertEquals(0.75, r.of(1), 0.0);
        assertEquals(1, r.start(2), 0.0, "capped at 1");
    }

    @Test
    void waveReadinessIsTheUserWeightedMean() {
        SiteReadiness r = new SiteReadiness(new double[] {0.5, 0.875}, new boolean[2], 0, new double[] {1, 1},
                new long[] {1000, 3000}, 0.5);
        assertEquals((0.5 * 1000 + 0.875 * 3000) / 4000, r.ofWave(new int[] {0, 1}, 4000), 1e-12);
        assertEquals(0.5 * 1000 / 4000, r.ofWave(new int[] {0}, 4000), 1e-12);
    }

    @Test
    void withoutDecayNothingIsForgotten() {
        SiteReadiness r = new SiteReadiness(new double[] {0.5}, new boolean[1], 0, new double[] {1},
                new long[] {1}, 0.5, 0, 0);
        r.train(new int[] {0}, 1);
        assertEquals(0.75, r.of(0), 1e-12);
        r.forget(new int[] {0});
        assertEquals(0.75, r.of(0), 1e-12);
    }

    /**
     * A week's step is {@code trainingRate · effectiveness · leadership · support}; the wave's
     * training factor is lognormal and unbounded, so with a high training rate the step can pass 1.
     * Readiness then stops at 1 instead of overshooting (1.5 with a step of 3, then -0.5, 2.5, ...).
     */
    @Test
    void aStepAboveOneTrainsToFullReadinessAndNoFurther() {
        SiteReadiness r = new SiteReadiness(new double[] {0.5, 0.5}, new boolean[2], 0, new double[] {1, 0.4},
                new long[] {1, 1}, 1, 0.2, 0.01);
        for (int week = 0; week < 12; week++) {
            r.train(new int[] {0, 1}, 1, 3);
            assertEquals(1, r.of(0), 0.0, "week " + week);
            assertTrue(r.of(1) >= 0.5 && r.of(1) <= 1, "week " + week + ": " + r.of(1));
        }
        assertEquals(1, r.of(1), 1e-12, "a step of 1.2 also ends at full readiness");
        SiteReadiness below = new SiteReadiness(new double[] {0.5}, new boolean[1], 0, new double[] {1},
                new long[] {1}, 1, 0.2, 0.01);
        below.train(new int[] {0}, 0.5, 1.5);
        assertEquals(0.5 + 0.75 * 0.5, below.of(0), 1e-12, "a step below 1 is unchanged");
    }
}
