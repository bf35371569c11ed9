package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankingTest {

    /** Average ranks by counting, value by value: what the searches and the table must both give. */
    private static double[] countedRanks(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = 0;
            int equal = 0;
            for (double w : values) {
                int c = Double.compare(w, values[i]);
                below += c < 0 ? 1 : 0;
                equal += c == 0 ? 1 : 0;
            }
            ranks[i] = below + (equal + 1) / 2.0;
        }
        return ranks;
    }

    private static double[] averageRanks(double[] values) {
        double[] ranks = new double[values.length];
        assertEquals(true, Ranking.averageRanks(values, values.length, new double[values.length], ranks));
        return ranks;
    }

    private static boolean tabled(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Ranking.RankFinder(DoubleBuffer.wrap(sorted), sorted.length).tabled();
    }

    @Test
    void columnsOfFewValuesRankFromTheTableAsByCounting() {
        SplittableRandom random = new SplittableRandom(18);
        double[] pool = {0.0, 1.0, -0.0, 3.5, -2.0, 1e300, Double.MIN_VALUE, 7.0, 0.25};
        for (int distinct = 1; distinct <= pool.length; distinct++) {
            for (int trial = 0; trial < 20; trial++) {
                double[] values = new double[1 + random.nextInt(300)];
                for (int i = 0; i < values.length; i++) {
                    // mostly the first value, as a rarely occurring risk's 0/1 indicator is
                    values[i] = random.nextInt(4) == 0 ? pool[random.nextInt(distinct)] : pool[0];
                }
                assertArrayEquals(countedRanks(values), averageRanks(values), "distinct " + distinct);
            }
        }
        assertEquals(true, tabled(new double[] {0, 1, 1, 0, -0.0, 2, 3, 4, 5, 6}));
        assertEquals(false, tabled(new double[] {0, 1, 1, 0, -0.0, 2, 3, 4, 5, 6, 7}));
    }

    @Test
    void columnsOfManyValuesRankAsByCounting() {
        SplittableRandom random = new SplittableRandom(19);
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(3) == 0 ? random.nextInt(40) : random.nextGaussian();
        }
        assertEquals(false, tabled(values));
        assertArrayEquals(countedRanks(values), averageRanks(values));
    }
}
