package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A distribution's values are sorted once and shared by every percentile and chart: the sorted view
 * must give what sorting a copy each time gave, and no caller may change the run-order values through it.
 */
class SortedValuesTest {

    private static float[] shuffled(int n, long seed) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            // ties, negative zero and a far tail: the orders a sort must keep as Arrays.sort does
            values[i] = i % 97 == 0 ? -0.0f : i % 13 == 0 ? 0.0f : (float) Math.floor(random.nextGaussian() * 20) + (i % 500 == 0 ? 900 : 0);
        }
        return values;
    }

    @Test
    void theViewIsASortedCopyAndLeavesTheRunOrderAlone() {
        float[] values = shuffled(5001, 7);
        float[] before = values.clone();
        SortedValues sorted = SortedValues.of(values);
        float[] expected = values.clone();
        Arrays.sort(expected);
        float[] read = new float[sorted.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = sorted.get(i);
        }
        assertArrayEquals(expected, read, "Arrays.sort order, -0.0 before 0.0");
        assertArrayEquals(before, values, "the run-order values are not sorted in place");
    }

    @Test
    void percentilesFromTheSharedViewEqualThoseOfAFreshSortAtEveryLevel() {
        float[] values = shuffled(1000, 11);
        RunDistribution d = RunDistribution.of(values);
        double[] levels = {0.001, 0.1, 0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 1};
        double[] got = d.percentiles(levels);
        float[] fresh = values.clone();
        Arrays.sort(fresh);
        for (int i = 0; i < levels.length; i++) {
            // nearest rank: p·n rounded up (0.8 × 1000 is rank 800, not 801)
            int rank = (int) Math.ceil(levels[i] * fresh.length - 1e-9);
            assertEquals(fresh[rank - 1], got[i], 0, "P" + levels[i]);
        }
        assertEquals(new Quantiles(got[1], got[3], got[4], got[5]), d.quantiles());
        assertSame(d.sorted(), d.sorted(), "sorted once");
        assertArrayEquals(shuffled(1000, 11), d.values(), "values stay in run order after percentiles");
    }

    @Test
    void aDistributionGivenItsQuantilesSortsItsValuesWhenAsked() {
        float[] values = {3, 1, 2};
        RunDistribution d = new RunDistribution(values, new Quantiles(1, 2, 3, 3));
        assertEquals(3, d.percentile(1), 0);
        assertEquals(1, d.sorted().get(0), 0);
        assertEquals(3f, values[0], "the caller's array is not sorted in place");
        assertEquals(0, RunDistribution.ofQuantiles(new Quantiles(1, 2, 3, 4)).sorted().size());
    }
}
