package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The radix sort and the ranks handed out in sorted order against the simple routes they replace:
 * {@link Arrays#sort(double[])}, and a binary search in the sorted values for every run.
 */
class RankBySortTest {
    private static final int[] SIZES = {0, 1, 2, 3, 17, 300, 2500};

    /** Values of one of several kinds: ties, -0.0 and 0.0, a few distinct values, floats, extremes. */
    private static double[] column(SplittableRandom random, int kind, int n) {
        double[] few = {0.0, -0.0, 1.0, 3.5, -2.0};
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (kind) {
                case 0 -> random.nextGaussian();
                case 1 -> (float) (random.nextDouble() * 1e6); // a float column read as doubles
                case 2 -> few[random.nextInt(few.length)];
                case 3 -> random.nextInt(2); // a 0/1 indicator
                case 4 -> random.nextInt(40) - 20; // whole numbers with many ties
                case 5 -> random.nextBoolean() ? -0.0 : 0.0;
                default -> switch (random.nextInt(8)) {
                    case 0 -> Double.NEGATIVE_INFINITY;
                    case 1 -> Double.POSITIVE_INFINITY;
                    case 2 -> Double.MIN_VALUE;
                    case 3 -> -Double.MIN_VALUE;
                    case 4 -> -Double.MAX_VALUE;
                    case 5 -> 1e-310 * random.nextInt(5); // subnormal
                    default -> random.nextDouble(-1e300, 1e300);
                };
            };
        }
        return v;
    }

    private static final int KINDS = 7;

    /** The reference: twice the average rank of each value by two binary searches in a sorted copy. */
    private static int[] doubledRanksBySearch(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        DoubleBuffer s = DoubleBuffer.wrap(sorted);
        int n = values.length;
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = Ranking.lowerBound(s, n, values[i]) + 1 + Ranking.upperBound(s, n, values[i]);
        }
        return ranks;
    }

    @Test
    void radixSortGivesTheOrderOfArraysSortAndTheRunsItMoved() {
        SplittableRandom random = new SplittableRandom(41);
        RadixSort sorter = new RadixSort();
        for (int kind = 0; kind < KINDS; kind++) {
            for (int n : SIZES) {
                double[] values = column(random, kind, n);
                if (n > 2 && kind == 0) {
                    values[1] = Double.NaN;
                    values[n - 1] = Double.longBitsToDouble(0xfff8000000000001L); // a NaN with the sign bit set
                }
                double[] expected = values.clone();
                Arrays.sort(expected);
                double[] sorted = values.clone();
                sorter.sort(sorted, n);
                assertArrayEquals(expected, sorted, "kind " + kind + ", n " + n);
                double[] withRuns = values.clone();
                int[] runAt = sorter.sortWithRuns(withRuns, n);
                assertArrayEquals(expected, withRuns);
                for (int p = 0; p < n; p++) {
                    assertEquals(Double.doubleToRawLongBits(values[runAt[p]]), Double.doubleToRawLongBits(withRuns[p]),
                            "the run of sorted position " + p);
                    if (p > 0 && Double.compare(withRuns[p - 1], withRuns[p]) == 0) {
                        assertTrue(runAt[p - 1] < runAt[p], "equal values stay in run order");
                    }
                }
            }
        }
    }

    @Test
    void equalValuesNeedNoPassAndKeepTheirRuns() {
        double[] values = new double[50];
        Arrays.fill(values, 2.5);
        int[] runAt = new RadixSort().sortWithRuns(values, values.length);
        for (int p = 0; p < values.length; p++) {
            assertEquals(p, runAt[p]);
            assertEquals(2.5, values[p]);
        }
    }

    @Test
    void ranksInSortedOrderAreThoseOfASearchPerRun() {
        SplittableRandom random = new SplittableRandom(42);
        for (int kind = 0; kind < KINDS; kind++) {
            for (int n : SIZES) {
                for (boolean exact : new boolean[] {true, false}) {
                    ScalarColumn column = new ScalarColumn(exact, 16, new ColumnStore(Long.MAX_VALUE), 64);
                    for (double v : column(random, kind, n)) {
                        column.append(v);
                    }
                    double[] values = new double[n];
                    column.copyTo(values, n);
                    double[] expectedSorted = values.clone();
                    Arrays.sort(expectedSorted);
                    String what = "kind " + kind + ", n " + n + (exact ? ", doubles" : ", stored narrow");

                    DoubleBuffer sorted = DoubleBuffer.wrap(new double[n]);
                    IntBuffer ranks = IntBuffer.wrap(new int[n]);
                    assertTrue(Ranking.sortAndRank(column, n, sorted, ranks, new RunScratch(Long.MAX_VALUE)));
                    assertArrayEquals(expectedSorted, sorted.array(), what);
                    assertArrayEquals(doubledRanksBySearch(values), ranks.array(), what);

                    int[] first = new int[n];
                    double[] resorted = values.clone();
                    Ranking.firstPositions(resorted, new RadixSort().sortWithRuns(resorted, n), n, first);
                    for (int i = 0; i < n; i++) {
                        assertEquals(Ranking.lowerBound(DoubleBuffer.wrap(expectedSorted), n, values[i]), first[i], what);
                    }
                }
            }
        }
    }

    @Test
    void correlationsFromSortedOrderEqualThoseFromSearchesToTheBit() {
        SplittableRandom random = new SplittableRandom(43);
        int n = 2000;
        ScalarColumn output = new ScalarColumn(true, n);
        ScalarColumn[] inputs = new ScalarColumn[KINDS];
        for (int kind = 0; kind < KINDS; kind++) {
            inputs[kind] = new ScalarColumn(false, n);
            for (double v : column(random, kind, n)) {
                inputs[kind].append(v);
            }
        }
        for (int i = 0; i < n; i++) {
            // an output that follows the first two inputs, with noise
            output.append(inputs[0].get(i) + inputs[1].get(i) / 1e6 + random.nextGaussian());
        }
        IntBuffer outputRanks = IntBuffer.wrap(new int[n]);
        assertTrue(Ranking.sortAndRank(output, n, DoubleBuffer.wrap(new double[n]), outputRanks, new RunScratch(1 << 20)));
        IntBuffer[] outputs = {outputRanks, null};
        for (int kind = 0; kind < KINDS; kind++) {
            double[] sortedBySearch = new double[n];
            inputs[kind].sortedCopy(sortedBySearch, n);
            double[] expected = Ranking.correlationsBySearch(inputs[kind], n, DoubleBuffer.wrap(sortedBySearch), outputs);
            DoubleBuffer sorted = DoubleBuffer.wrap(new double[n]);
            double[] rho = Ranking.correlations(inputs[kind], n, sorted, outputs, new RunScratch(1 << 20));
            assertArrayEquals(expected, rho, "kind " + kind);
            assertArrayEquals(sortedBySearch, sorted.array(), "the sorted copy the summary reads");
            assertEquals(Double.NaN, rho[1], "no ranks for an output with a NaN");
        }
    }

    @Test
    void aColumnWithNaNHasNoRanks() {
        ScalarColumn column = new ScalarColumn(false, 16);
        for (double v : new double[] {3, Double.NaN, 1}) {
            column.append(v);
        }
        DoubleBuffer sorted = DoubleBuffer.wrap(new double[3]);
        assertEquals(false, Ranking.sortAndRank(column, 3, sorted, IntBuffer.wrap(new int[3]), new RunScratch(1 << 20)));
        assertArrayEquals(new double[] {1, 3, Double.NaN}, sorted.array(), "still sorted, NaN last");
        double[] rho = Ranking.correlations(column, 3, sorted, new IntBuffer[] {IntBuffer.wrap(new int[] {2, 4, 6})},
                new RunScratch(1 << 20));
        assertArrayEquals(new double[] {Double.NaN}, rho);
    }
}
