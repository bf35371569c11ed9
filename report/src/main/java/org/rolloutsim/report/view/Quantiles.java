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
        float[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return new Quantiles(rank(sorted, 0.10), rank(sorted, 0.50), rank(sorted, 0.80), rank(sorted, 0.90));
    }

    static double rank(float[] sorted, double p) {
        // the small guard keeps p·n that should be whole (0.8 × 1000) from rounding up a rank
        int index = (int) Math.ceil(p * sorted.length - 1e-9) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
