package org.rolloutsim.stats;

import java.util.Arrays;

/**
 * Approximate quantiles of a stream of values in fixed memory, deterministic in the order values
 * arrive: one per week of a weekly series, so fan charts cost the same for a thousand runs or a
 * million.
 *
 * <p>The first {@value #EXACT_VALUES} values are kept as they are, so small batches get exact
 * quantiles. After that the values are counted in {@value #BINS} equal bins whose range is set by
 * those first values. A later value outside the range widens it by merging neighbouring bins in
 * pairs (doubling the bin width, the old bin edges stay edges), so no value is ever clamped and the
 * error of a quantile is at most one bin width: at most 1/512 of the range of the values seen.
 */
final class QuantileSketch {
    static final int EXACT_VALUES = 1024;
    static final int BINS = 1024;

    private float[] exact = new float[16];
    private int[] counts;
    private double low;
    private double width;
    private long n;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    long count() {
        return n;
    }

    /** Adds one value; NaN is ignored. */
    void add(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        if (counts == null) {
            if (n == exact.length) {
                if (n == EXACT_VALUES) {
                    switchToBins();
                    addToBins(v, 1);
                    return;
                }
                exact = Arrays.copyOf(exact, Math.min(EXACT_VALUES, exact.length * 2));
            }
            exact[(int) n] = (float) v;
            note(v, 1);
            return;
        }
        addToBins(v, 1);
    }

    /** Adds {@code times} copies of {@code v}. */
    void addRepeated(double v, int times) {
        if (Double.isNaN(v) || times <= 0) {
            return;
        }
        if (counts == null && n + times <= EXACT_VALUES) {
            for (int i = 0; i < times; i++) {
                add(v);
            }
            return;
        }
        if (counts == null) {
            switchToBins();
        }
        addToBins(v, times);
    }

    private void note(double v, int times) {
        n += times;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    private void switchToBins() {
        counts = new int[BINS];
        double span = max - min;
        low = min;
        // Room for the largest value in the last bin; a degenerate range gets a small width
        // scaled to the value, and widens as soon as a different value comes.
        width = span > 0 ? span / (BINS - 1) : Math.max(Math.abs(min), 1.0) * 1e-6;
        long stored = n;
        float[] values = exact;
        exact = null;
        for (int i = 0; i < stored; i++) {
            counts[binOf(values[i])]++;
        }
    }

    private void addToBins(double v, int times) {
        while (v < low) {
            widenDownward();
        }
        while (v >= low + BINS * width) {
            widenUpward();
        }
        counts[binOf(v)] = Math.addExact(counts[binOf(v)], times);
        note(v, times);
    }

    private int binOf(double v) {
        int b = (int) ((v - low) / width);
        return Math.min(BINS - 1, Math.max(0, b));
    }

    /** Doubles the bin width keeping the lower edge: bin i moves to i / 2. */
    private void widenUpward() {
        for (int i = 0; i < BINS / 2; i++) {
            counts[i] = counts[2 * i] + counts[2 * i + 1];
        }
        Arrays.fill(counts, BINS / 2, BINS, 0);
        width *= 2;
    }

    /** Doubles the bin width keeping the upper edge: bin i moves to (BINS + i) / 2. */
    private void widenDownward() {
        for (int i = BINS - 1; i >= BINS / 2; i--) {
            int from = 2 * i - BINS;
            counts[i] = counts[from] + counts[from + 1];
        }
        Arrays.fill(counts, 0, BINS / 2, 0);
        low -= BINS * width;
        width *= 2;
    }

    /**
     * The {@code p}-quantile: the smallest value with at least a fraction {@code p} of values at or
     * below it (exact while few values were added, else interpolated within its bin and kept
     * within the observed minimum and maximum); NaN when empty.
     */
    double quantile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long k = OrderStatistics.rank(p, n);
        if (counts == null) {
            float[] sorted = Arrays.copyOf(exact, (int) n);
            Arrays.sort(sorted);
            return sorted[(int) k - 1];
        }
        long seen = 0;
        for (int b = 0; b < BINS; b++) {
            int c = counts[b];
            if (c > 0 && seen + c >= k) {
                double fraction = (k - seen - 0.5) / c;
                double v = low + (b + fraction) * width;
                return Math.max(min, Math.min(max, v));
            }
            seen += c;
        }
        return max;
    }

    /** A copy, so extra values can be added for one query without changing this sketch. */
    QuantileSketch copy() {
        QuantileSketch c = new QuantileSketch();
        c.exact = exact == null ? null : exact.clone();
        c.counts = counts == null ? null : counts.clone();
        c.low = low;
        c.width = width;
        c.n = n;
        c.min = min;
        c.max = max;
        return c;
    }

    long storedBytes() {
        return (exact == null ? 0 : 4L * exact.length) + (counts == null ? 0 : 4L * counts.length);
    }
}
