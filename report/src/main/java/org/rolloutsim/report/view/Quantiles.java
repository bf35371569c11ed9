package org.rolloutsim.report.view;

/**
 * The percentiles a report shows for one output, in the output's own unit (weeks from the
 * programme start for dates, currency units for cost, weeks or currency for a paired difference).
 * {@code p80} is the value 80% of runs stay at or below.
 */
public record Quantiles(double p10, double p50, double p80, double p90) {

    public Quantiles {
        if (!(p10 <= p50 && p50 <= p80 && p80 <= p90)) {
            throw new IllegalArgumentException(
                    "quantiles must be ordered p10 <= p50 <= p80 <= p90: " + p10 + ", " + p50 + ", " + p80 + ", " + p90);
        }
    }

    /**
     * Empirical quantiles of {@code values} (nearest rank on a sorted copy, the same rule for
     * every percentile so the four stay ordered).
     */
    public static Quantiles of(float[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        return of(SortedValues.of(values));
    }

    /** As {@link #of(float[])}, from values already sorted. */
    public static Quantiles of(SortedValues sorted) {
        if (sorted.size() == 0) {
            throw new IllegalArgumentException("no values");
        }
        return new Quantiles(sorted.rank(0.10), sorted.rank(0.50), sorted.rank(0.80), sorted.rank(0.90));
    }
}
