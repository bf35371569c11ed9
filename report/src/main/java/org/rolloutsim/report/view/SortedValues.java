package org.rolloutsim.report.view;

import java.util.Arrays;

/**
 * Values of a distribution in ascending order ({@link Arrays#sort(float[])} order), sorted once and
 * read by every table and chart that needs ranks of them: a report reads the same runs' completion
 * weeks and costs a dozen times, and at hundreds of thousands of runs sorting each time cost more than
 * the rest of the report. Read-only: it hands out values, never its array.
 */
public final class SortedValues {
    private final float[] sorted;

    private SortedValues(float[] sorted) {
        this.sorted = sorted;
    }

    /** A sorted copy of {@code values}; {@code values} is not changed. */
    public static SortedValues of(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        return new SortedValues(sorted);
    }

    public int size() {
        return sorted.length;
    }

    /** The {@code i}-th smallest value (0 the smallest). */
    public float get(int i) {
        return sorted[i];
    }

    /**
     * The value a share {@code p} of them stay at or below: nearest rank, the rule of every percentile
     * the report and summary.json show. Needs at least one value.
     */
    public double rank(double p) {
        // the small guard keeps p·n that should be whole (0.8 × 1000) from rounding up a rank
        int index = (int) Math.ceil(p * sorted.length - 1e-9) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
