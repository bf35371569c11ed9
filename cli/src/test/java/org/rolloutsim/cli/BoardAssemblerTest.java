package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The swing of an input: runs ordered by the input, ties by run index, top tenth against bottom tenth. */
class BoardAssemblerTest {

    @Test
    void orderIsTheStableOrderOfTheInput() {
        Random random = new Random(11);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(3000);
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(8);
                // few distinct values make ties the common case; -0, NaN and infinities order as Double.compare says
                key[i] = kind == 0 ? -0.0 : kind == 1 ? Double.NaN : kind == 2 ? Double.NEGATIVE_INFINITY
                        : random.nextInt(5);
            }
            Integer[] boxed = new Integer[n];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, (a, b) -> Double.compare(key[a], key[b])); // stable, as the swing was first written
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), BoardAssembler.orderBy(key));
        }
    }

    @Test
    void yesNoInputComparesRunsWhereItHappenedWithRunsWhereItDidNot() {
        int n = 100;
        double[] occurred = new double[n];
        double[] weeks = new double[n];
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            occurred[i] = i % 2;
            weeks[i] = occurred[i] > 0 ? 10 : 4;
            cost[i] = i; // ties broken by index: the first ten runs without, the last ten with
        }
        double[] swing = BoardAssembler.swings(occurred, weeks, cost);
        assertEquals(6.0, swing[0]);
        double low = 0;
        double high = 0;
        for (int k = 0; k < 10; k++) {
            low += 2 * k;
            high += n - 1 - 2 * k;
        }
        assertEquals((high - low) / 10, swing[1]);
    }

    @Test
    void tooFewRunsHaveNoSwing() {
        double[] swing = BoardAssembler.swings(new double[9], new double[9]);
        assertTrue(Double.isNaN(swing[0]));
    }
}
