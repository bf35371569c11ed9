package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SelectionTest {

    /** Values with many ties, both zeros, NaN and infinities: what a sort orders specially. */
    private static double[] awkward(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (random.nextInt(8)) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> Double.NaN;
                case 3 -> random.nextInt(3);
                case 4 -> Double.NEGATIVE_INFINITY;
                default -> random.nextGaussian();
            };
        }
        return v;
    }

    @Test
    void everyRankIsTheValueASortPutsThere() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 1; n <= 40; n++) {
            double[] values = awkward(random, n);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int k = 0; k < n; k++) {
                DoubleBuffer work = DoubleBuffer.wrap(values.clone());
                double got = new Selection().select(work, 0, n, k);
                assertEquals(Double.doubleToLongBits(sorted[k]), Double.doubleToLongBits(got), "n=" + n + " k=" + k);
                // the range is partitioned around rank k, and still holds the same values
                for (int i = 0; i < n; i++) {
                    int c = Double.compare(work.get(i), got);
                    assertTrue(i < k ? c <= 0 : i > k ? c >= 0 : c == 0, "position " + i + " of n=" + n + " k=" + k);
                }
                double[] after = work.array().clone();
                Arrays.sort(after);
                assertEquals(Arrays.toString(sorted), Arrays.toString(after));
            }
        }
    }

    @Test
    void aSecondRankIsSelectedInThePartThatHoldsIt() {
        SplittableRandom random = new SplittableRandom(11);
        double[] values = awkward(random, 5_000);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        DoubleBuffer work = DoubleBuffer.wrap(values.clone());
        Selection selection = new Selection();
        assertEquals(sorted[499], selection.select(work, 0, 5_000, 499));
        assertEquals(sorted[4_500], selection.select(work, 500, 5_000, 4_500));
        assertEquals(sorted[100], selection.select(work, 0, 499, 100));
    }

    @Test
    void allEqualValuesAndARankOutsideTheRange() {
        DoubleBuffer same = DoubleBuffer.wrap(new double[100_000]);
        // all ties: three-way partitioning settles it in one pass (speed is not asserted here, the value is)
        assertEquals(0.0, new Selection().select(same, 0, 100_000, 77_777));
        assertThrows(IllegalArgumentException.class, () -> new Selection().select(same, 10, 20, 20));
    }
}
