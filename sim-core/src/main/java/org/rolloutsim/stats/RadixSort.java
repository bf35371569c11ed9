package org.rolloutsim.stats;

import java.util.Arrays;

/**
 * Sorts doubles into the order {@link java.util.Arrays#sort(double[])} gives (-0.0 before 0.0, NaN
 * last) by counting digits of their bits rather than comparing them: a least-significant-digit radix
 * sort, {@value #DIGIT_BITS} bits a pass. A summary sorts some forty columns of one number per run;
 * a few passes over the values each cost less than a comparison sort's n log n steps, and a pass is
 * skipped where every value has the same digit (a column of floats or whole numbers read as doubles
 * has low bits that are all zero).
 *
 * <p>Each value's run index can be carried along: the permutation that ranks a column in one pass
 * in sorted order, where a search in the sorted values for every run would reach all over memory.
 *
 * <p>The sort is stable, so runs with equal values stay in run order. It keeps its second set of
 * arrays between sorts; one sorter per thread.
 */
final class RadixSort {
    static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int MASK = BUCKETS - 1;
    private static final int PASSES = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;

    private final int[][] counts = new int[PASSES][BUCKETS];
    private double[] spareValues = new double[0];
    private int[] runs = new int[0];
    private int[] spareRuns = new int[0];

    /**
     * The bits of {@code v} as an unsigned number in the order of {@link Double#compare}: NaN is
     * made the canonical NaN (above infinity), negative numbers have every bit flipped (larger
     * magnitudes come first) and others their sign bit set (so -0.0 comes just before 0.0).
     */
    static long key(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits ^ (bits >> 63 | Long.MIN_VALUE);
    }

    /** Sorts {@code values[0..n)} ascending. */
    void sort(double[] values, int n) {
        sort(values, n, false);
    }

    /**
     * Sorts {@code values[0..n)} ascending and returns the run each sorted value came from
     * ({@code runs[p]} is the index in {@code values} before the sort of the value now at p; equal
     * values in ascending index order). The array is the sorter's own, valid until its next sort.
     */
    int[] sortWithRuns(double[] values, int n) {
        sort(values, n, true);
        return runs;
    }

    private void sort(double[] values, int n, boolean withRuns) {
        if (spareValues.length < n) {
            spareValues = new double[n];
        }
        if (withRuns && runs.length < n) {
            runs = new int[n];
            spareRuns = new int[n];
        }
        if (withRuns) {
            for (int i = 0; i < n; i++) {
                runs[i] = i;
            }
        }
        for (int[] c : counts) {
            Arrays.fill(c, 0);
        }
        // every pass's digit counts in one read of the values
        for (int i = 0; i < n; i++) {
            long k = key(values[i]);
            for (int d = 0; d < PASSES; d++) {
                counts[d][(int) (k >>> (d * DIGIT_BITS)) & MASK]++;
            }
        }
        double[] from = values;
        double[] to = spareValues;
        int[] fromRuns = runs;
        int[] toRuns = spareRuns;
        for (int d = 0; d < PASSES && n > 0; d++) {
            int shift = d * DIGIT_BITS;
            int[] next = counts[d];
            if (next[(int) (key(from[0]) >>> shift) & MASK] == n) {
                continue; // every value has this digit: the pass would leave the order as it is
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int count = next[b];
                next[b] = start;
                start += count;
            }
            if (withRuns) {
                for (int i = 0; i < n; i++) {
                    double v = from[i];
                    int at = next[(int) (key(v) >>> shift) & MASK]++;
                    to[at] = v;
                    toRuns[at] = fromRuns[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double v = from[i];
                    to[next[(int) (key(v) >>> shift) & MASK]++] = v;
                }
            }
            double[] values2 = from;
            from = to;
            to = values2;
            int[] runs2 = fromRuns;
            fromRuns = toRuns;
            toRuns = runs2;
        }
        if (from != values) {
            System.arraycopy(from, 0, values, 0, n);
        }
        if (withRuns && fromRuns != runs) {
            spareRuns = runs;
            runs = fromRuns;
        }
    }
}
