package org.rolloutsim.stats;

import java.util.Arrays;

/**
 * Sorts doubles into the order {@link java.util.Arrays#sort(double[])} gives (-0.0 before 0.0, NaN
 * last) by counting digits of their bits rather than comparing them: a least-significant-digit radix
 * sort, up to {@value #MAX_DIGIT_BITS} bits a pass. A summary sorts some forty columns of one
 * number per run; a few passes over the values cost less than a comparison sort's n log n steps.
 * Passes cover only the bits that differ between values: a column of floats or of whole numbers
 * read as doubles has low bits that are all zero, and values of one scale share their top bits.
 *
 * <p>Each value's run index can be carried along: the permutation that ranks a column in one pass
 * in sorted order, where a search in the sorted values for every run would reach all over memory.
 *
 * <p>The sort is stable, so runs with equal values stay in run order. It keeps its second set of
 * arrays between sorts; one sorter per thread.
 */
final class RadixSort {
    static final int MAX_DIGIT_BITS = 11;

    /** Per digit value, the count of values and then the next position for one. */
    private final int[] next = new int[1 << MAX_DIGIT_BITS];
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
        // only the bits that differ between values need passes: those of a float or a whole number
        // read as a double span far fewer than 64, and are shared out among as few passes as will do
        long all = -1;
        long any = 0;
        for (int i = 0; i < n; i++) {
            long k = key(values[i]);
            all &= k;
            any |= k;
        }
        long varying = all ^ any;
        if (n == 0 || varying == 0) {
            return; // every value has the same bits: already in order
        }
        int low = Long.numberOfTrailingZeros(varying);
        int width = Long.SIZE - Long.numberOfLeadingZeros(varying) - low;
        int passes = (width + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int digitBits = (width + passes - 1) / passes;
        double[] from = values;
        double[] to = spareValues;
        int[] fromRuns = runs;
        int[] toRuns = spareRuns;
        int mask = (1 << digitBits) - 1;
        for (int shift = low; shift < low + width; shift += digitBits) {
            if (!countDigits(from, n, shift, mask)) {
                continue; // every value has this digit: the pass would leave the order as it is
            }
            scatter(from, fromRuns, to, toRuns, n, shift, mask, withRuns);
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

    /**
     * Counts the values by their digit at {@code shift}, and turns the counts in {@link #next} into
     * the first position of each digit's values; false when every value has the same digit.
     */
    private boolean countDigits(double[] values, int n, int shift, int mask) {
        Arrays.fill(next, 0, mask + 1, 0);
        for (int i = 0; i < n; i++) {
            next[(int) (key(values[i]) >>> shift) & mask]++;
        }
        if (next[(int) (key(values[0]) >>> shift) & mask] == n) {
            return false;
        }
        int start = 0;
        for (int b = 0; b <= mask; b++) {
            int count = next[b];
            next[b] = start;
            start += count;
        }
        return true;
    }

    /** One pass: each value (and its run) to the next position for its digit, in order. */
    private void scatter(double[] from, int[] fromRuns, double[] to, int[] toRuns, int n, int shift, int mask,
                         boolean withRuns) {
        if (withRuns) {
            for (int i = 0; i < n; i++) {
                double v = from[i];
                int at = next[(int) (key(v) >>> shift) & mask]++;
                to[at] = v;
                toRuns[at] = fromRuns[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                double v = from[i];
                to[next[(int) (key(v) >>> shift) & mask]++] = v;
            }
        }
    }
}
