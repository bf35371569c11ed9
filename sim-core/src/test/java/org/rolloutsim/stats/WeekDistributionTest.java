package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rolloutsim.random.RandomStream;

class WeekDistributionTest {
    private static final double[] LEVELS = {0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.8, 0.9, 0.95, 0.99, 0.999};
    /** The documented relative bound, 2^-10, plus the float rounding of the answer (2^-24). */
    private static final double RELATIVE = Math.pow(2, -10) + Math.pow(2, -24);

    @Test
    void wholeNumbersBeyondTheExactListAreCountedExactly() {
        // open defects: a third of runs at 0, the rest Poisson(40); 20,000 values
        RandomStream rng = RandomStream.of(1, 0, "defects");
        float[] values = new float[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 3 == 0 ? 0 : rng.poisson(40);
        }
        assertArrayEquals(exact(values, 0), quantiles(values, 0));
    }

    @Test
    void wholeNumbersWithMissingRunsReadAsZeroAreExact() {
        RandomStream rng = RandomStream.of(2, 0, "headcount");
        float[] values = new float[5_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 150 + rng.nextInt(40);
        }
        // 15,000 runs had ended: they read 0
        assertArrayEquals(exact(values, 15_000), quantiles(values, 15_000));
        assertArrayEquals(exact(values, 1_000), quantiles(values, 1_000));
    }

    @Test
    void fewValuesAreExactWhateverTheyAre() {
        RandomStream rng = RandomStream.of(3, 0, "fatigue");
        float[] values = new float[WeekDistribution.EXACT_VALUES];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (rng.gaussian() * 1e6);
        }
        assertArrayEquals(exact(values, 0), quantiles(values, 0));
        assertArrayEquals(exact(values, 700), quantiles(values, 700));
    }

    /**
     * Cumulative cost: lognormal around $380M, 20,000 values. Every quantile is within the documented
     * 2^-10 of the exact one (plus the float rounding of the answer).
     */
    @Test
    void continuousValuesAreWithinTheStatedRelativeBound() {
        RandomStream rng = RandomStream.of(4, 0, "cost");
        float[] values = new float[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (3.8e8 * Math.exp(0.2 * rng.gaussian()));
        }
        double[] exact = exact(values, 0);
        double[] fan = quantiles(values, 0);
        for (int i = 0; i < LEVELS.length; i++) {
            assertEquals(exact[i], fan[i], RELATIVE * exact[i], "P" + LEVELS[i]);
        }
        // the bound is not slack: a coarser answer would show
        double worst = 0;
        for (int i = 0; i < LEVELS.length; i++) {
            worst = Math.max(worst, Math.abs(fan[i] - exact[i]) / exact[i]);
        }
        assertTrue(worst > 0 && worst < RELATIVE, "worst relative error " + worst);
    }

    /**
     * Fatigue: 30% of runs at exactly 0, the rest decaying over many powers of two (down to 1e-12)
     * and a few negative values. Zero is exact; quantiles at least 2^-16 of the largest value away
     * from 0 are within 2^-10 relative; smaller ones within 2^-16 of the largest value.
     */
    @Test
    void zeroIsExactAndTinyValuesAreWithinTheFloor() {
        RandomStream rng = RandomStream.of(5, 0, "fatigue");
        float[] values = new float[30_000];
        float largest = 0;
        for (int i = 0; i < values.length; i++) {
            double u = rng.nextDouble();
            values[i] = u < 0.3 ? 0f : u < 0.32 ? (float) -rng.nextDouble() : (float) Math.pow(1e-12, rng.nextDouble());
            largest = Math.max(largest, Math.abs(values[i]));
        }
        double[] exact = exact(values, 0);
        double[] fan = quantiles(values, 0);
        double floor = Math.pow(2, -16) * largest;
        for (int i = 0; i < LEVELS.length; i++) {
            double allowed = Math.max(RELATIVE * Math.abs(exact[i]), floor);
            assertEquals(exact[i], fan[i], allowed, "P" + LEVELS[i]);
            if (exact[i] == 0) {
                assertEquals(0.0, fan[i], "P" + LEVELS[i] + " is exactly 0");
            }
        }
        assertEquals(0.0, quantiles(values, 0)[4], "P25 lies in the zeros");
    }

    @Test
    void theSmallestAndLargestValuesAreExact() {
        float[] values = new float[3000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 1500 ? 0.123456f : i < 2000 ? 0.5f + i * 1e-4f : 7.654321f;
        }
        double[] fan = quantiles(values, 0);
        assertEquals(0.123456f, (float) fan[0]);
        assertEquals(0.123456f, (float) fan[5], "P50 lies in the point mass at the minimum");
        assertEquals(7.654321f, (float) fan[LEVELS.length - 1]);
    }

    @Test
    void answersDoNotDependOnTheOrderValuesArrive() {
        RandomStream rng = RandomStream.of(6, 0, "mixed");
        float[] values = new float[8_000];
        for (int i = 0; i < values.length; i++) {
            // whole numbers first, then fractions and a far value: the store changes kind twice
            values[i] = i < 6_000 ? rng.nextInt(50) : i < 7_999 ? (float) (rng.gaussian() * 30) : 1e7f;
        }
        double[] forward = quantiles(values, 250);
        float[] reversed = values.clone();
        for (int i = 0; i < reversed.length / 2; i++) {
            float t = reversed[i];
            reversed[i] = reversed[reversed.length - 1 - i];
            reversed[reversed.length - 1 - i] = t;
        }
        assertArrayEquals(forward, quantiles(reversed, 250));
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        assertArrayEquals(forward, quantiles(sorted, 250));
    }

    @Test
    void wholeNumbersTooWideToCountGoToBuckets() {
        float[] values = new float[2000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 100f; // whole, but spanning 200,000
        }
        double[] exact = exact(values, 0);
        double[] fan = quantiles(values, 0);
        for (int i = 0; i < LEVELS.length; i++) {
            assertEquals(exact[i], fan[i], Math.max(RELATIVE * exact[i], Math.pow(2, -16) * 199_900), "P" + LEVELS[i]);
        }
        assertTrue(!Arrays.equals(exact, fan), "bucketed, so not all exact");
    }

    @Test
    void emptyAndNaNOnly() {
        WeekDistribution d = new WeekDistribution();
        d.add(Float.NaN);
        double[] q = new double[1];
        d.quantiles(new double[] {0.5}, 0, q);
        assertTrue(Double.isNaN(q[0]));
        assertEquals(0, d.count());
        d.quantiles(new double[] {0.5}, 3, q);
        assertEquals(0.0, q[0], "only the zeros of ended runs");
    }

    private static double[] quantiles(float[] values, long extraZeros) {
        WeekDistribution d = new WeekDistribution();
        for (float v : values) {
            d.add(v);
        }
        assertEquals(values.length, d.count());
        double[] q = new double[LEVELS.length];
        d.quantiles(LEVELS, extraZeros, q);
        return q;
    }

    /** Type-1 quantiles by sorting every value and the extra zeros. */
    static double[] exact(float[] values, int extraZeros) {
        float[] all = Arrays.copyOf(values, values.length + extraZeros);
        Arrays.sort(all);
        double[] q = new double[LEVELS.length];
        for (int i = 0; i < LEVELS.length; i++) {
            q[i] = all[(int) OrderStatistics.rank(LEVELS[i], all.length) - 1];
        }
        return q;
    }
}
