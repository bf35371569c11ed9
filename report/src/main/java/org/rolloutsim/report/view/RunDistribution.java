package org.rolloutsim.report.view;

/**
 * One output over all runs of a batch: the value of every run (in run-index order, so two
 * outputs of the same batch can be paired run by run) and its quantiles.
 *
 * <p>{@code values} may hold millions of runs; charts bin them or take every k-th run, never copy
 * them per point. It may be empty when only the quantiles are known (a paired difference whose
 * per-run values were not kept); the report then draws from the quantiles alone. The array is not
 * copied: callers hand it over and must not change it afterwards.
 *
 * @param values    per-run values (weeks from the programme start, or currency units)
 * @param quantiles percentiles of the same values, as computed by the statistics code
 */
public record RunDistribution(float[] values, Quantiles quantiles) {

    public RunDistribution {
        if (values == null || quantiles == null) {
            throw new IllegalArgumentException("values and quantiles are required (values may be empty)");
        }
    }

    /** A distribution whose quantiles are computed from the values themselves. */
    public static RunDistribution of(float[] values) {
        return new RunDistribution(values, Quantiles.of(values));
    }

    /** A distribution known only by its quantiles. */
    public static RunDistribution ofQuantiles(Quantiles quantiles) {
        return new RunDistribution(new float[0], quantiles);
    }

    public int runs() {
        return values.length;
    }

    public boolean hasValues() {
        return values.length > 0;
    }

    /**
     * The value at each level (nearest rank on a sorted copy, the rule of {@link Quantiles#of} and of
     * summary.json), sorting once for all levels. Needs per-run values.
     */
    public double[] percentiles(double... levels) {
        if (!hasValues()) {
            throw new IllegalStateException("percentiles need per-run values");
        }
        float[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double[] out = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = Quantiles.rank(sorted, levels[i]);
        }
        return out;
    }

    /** The value that a share {@code level} of runs stay at or below (see {@link #percentiles}). */
    public double percentile(double level) {
        return percentiles(level)[0];
    }

    /** Share of runs strictly above {@code threshold}; 0 without per-run values. */
    public double shareAbove(double threshold) {
        if (!hasValues()) {
            return 0;
        }
        int above = 0;
        for (float v : values) {
            above += v > threshold ? 1 : 0;
        }
        return above / (double) values.length;
    }

    /** Smallest value, or p10 when no per-run values are held. */
    public double min() {
        if (!hasValues()) {
            return quantiles.p10();
        }
        float min = Float.POSITIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** Largest value, or p90 when no per-run values are held. */
    public double max() {
        if (!hasValues()) {
            return quantiles.p90();
        }
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
