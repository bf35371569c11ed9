package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Merging sorted runs gives what one sort of all the values gives, whatever the run lengths. */
class SortedRunsTest {

    @Test
    void mergedRunsEqualOneSortForEveryRunLength() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n : new int[] {1, 2, 7, 100, 1000}) {
            for (int runLength : new int[] {1, 3, 64, n}) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    // few distinct values, so ties across runs are common
                    values[i] = random.nextInt(20) == 0 ? Double.NaN : random.nextInt(-5, 5) * 0.5;
                }
                double[] runs = values.clone();
                for (int at = 0; at < n; at += runLength) {
                    Arrays.sort(runs, at, Math.min(n, at + runLength));
                }
                double[] merged = new double[n];
                SortedRuns.merge(DoubleBuffer.wrap(runs), n, runLength, DoubleBuffer.wrap(merged));
                double[] expected = values.clone();
                Arrays.sort(expected);
                assertArrayEquals(expected, merged, n + " values in runs of " + runLength);
            }
        }
    }
}
