package org.rolloutsim.stats;

import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * P50 and P80 of the first k runs for many k at once, in O(n log n): each run's value is placed by
 * its position in the sorted batch, a Fenwick tree counts the positions seen so far, and the k-th
 * smallest is found by descending the tree.
 */
final class RunningQuantiles {
    private RunningQuantiles() {
    }

    /**
     * Checkpoints for n runs: powers of two from 16, multiples of a round step (1,000, or a power
     * of ten times that, so there are at most about 100) and n itself; ascending, without repeats.
     */
    static int[] checkpoints(int n) {
        List<Integer> points = new ArrayList<>();
        for (long p = 16; p < n; p *= 2) {
            points.add((int) p);
        }
        long step = 1000;
        while (n / step > 100) {
            step *= 10;
        }
        for (long m = step; m < n; m += step) {
            points.add((int) m);
        }
        if (n > 0) {
            points.add(n);
        }
        return points.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /**
     * The trace of the first n values of {@code column} (NaN values are skipped) at the given
     * checkpoints; {@code sorted} is room for at least n values, and the tree of counts is taken
     * from {@code scratch}.
     */
    static ConvergenceTrace trace(String metric, ScalarColumn column, int n, DoubleBuffer sorted, int[] checkpoints,
                                  RunScratch scratch) {
        RunPositions positions = RunPositions.of(column, n, sorted, scratch);
        IntBuffer tree = scratch.ints(n + 1);
        double[] p50 = new double[checkpoints.length];
        double[] p80 = new double[checkpoints.length];
        int counted = 0;
        int next = 0;
        for (int i = 0; i < n && next < checkpoints.length; i++) {
            int first = positions.first(i);
            if (first >= 0) {
                for (int j = first + 1; j <= n; j += j & -j) {
                    tree.put(j, tree.get(j) + 1);
                }
                counted++;
            }
            if (i + 1 == checkpoints[next]) {
                p50[next] = counted == 0 ? Double.NaN : sorted.get(kth(tree, n, OrderStatistics.rank(0.5, counted)));
                p80[next] = counted == 0 ? Double.NaN : sorted.get(kth(tree, n, OrderStatistics.rank(0.8, counted)));
                next++;
            }
        }
        return new ConvergenceTrace(metric, checkpoints, p50, p80);
    }

    /**
     * Where each run's value first appears in the column's sorted copy, run by run: from a sort that
     * carries the runs along when the working space is on the heap (one pass in sorted order), else
     * by a search per run.
     */
    private interface RunPositions {
        /** The first sorted position holding run {@code i}'s value; -1 when it is NaN. */
        int first(int i);

        static RunPositions of(ScalarColumn column, int n, DoubleBuffer sorted, RunScratch scratch) {
            if (!sorted.hasArray()) {
                column.sortedCopy(sorted, n, scratch);
                ColumnReader values = new ColumnReader(column, n);
                return i -> {
                    double v = values.get(i);
                    return Double.isNaN(v) ? -1 : Ranking.lowerBound(sorted, n, v);
                };
            }
            double[] values = sorted.array();
            column.copyTo(values, n);
            int[] runAt = scratch.radixSort().sortWithRuns(values, n);
            int[] first = scratch.perRun(n);
            Ranking.firstPositions(values, runAt, n, first);
            return i -> first[i];
        }
    }

    /** The 0-based sorted position of the k-th smallest counted value. */
    private static int kth(IntBuffer tree, int n, long k) {
        int pos = 0;
        long remaining = k;
        for (int step = Integer.highestOneBit(Math.max(1, n)); step > 0; step >>= 1) {
            int nextPos = pos + step;
            if (nextPos <= n && tree.get(nextPos) < remaining) {
                pos = nextPos;
                remaining -= tree.get(nextPos);
            }
        }
        return pos; // 1-based index pos + 1, i.e. sorted position pos
    }
}
