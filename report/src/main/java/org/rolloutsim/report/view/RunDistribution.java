package org.rolloutsim.report.view;

import java.util.Objects;

/**
 * One output over all runs of a batch: the value of every run (in run-index order, so two
 * outputs of the same batch can be paired run by run) and its quantiles.
 *
 * <p>{@code values} may hold millions of runs; charts bin them or take every k-th run, never copy
 * them per point. It may be empty when only the quantiles are known (a paired difference whose
 * per-run values were not kept); the report then draws from the quantiles alone. The array is not
 * copied: callers hand it over and must not change it afterwards. The values are sorted once, when
 * first needed in order ({@link #sorted}), for every percentile and chart window taken of them.
 *
 * <p>A value, like the record it was: two are equal when they hold the same array and equal quantiles.
 */
public final class RunDistribution {
    private final float[] values;
    private final Quantiles quantiles;
    /** The values sorted, made on first use; its final field publishes it whole to any thread. */
    private SortedValues sorted;

    /**
     * @param values    per-run values (weeks from the programme start, or currency units)
     * @param quantiles percentiles of the same values, as computed by the statistics code
     */
    public RunDistribution(float[] values, Quantiles quantiles) {
        if (values == null || quantiles == null) {
            throw new IllegalArgumentException("values and quantiles are required (values may be empty)");
        }
        this.values = values;
        this.quantiles = quantiles;
    }

    private RunDistribution(float[] values, SortedValues sorted) {
        this(values, Quantiles.of(sorted));
        this.sorted = sorted;
    }

    /** A distribution whose quantiles are computed from the values themselves. */
    public static RunDistribution of(float[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        return new RunDistribution(values, SortedValues.of(values));
    }

    /** A distribution known only by its quantiles. */
    public static RunDistribution ofQuantiles(Quantiles quantiles) {
        return new RunDistribution(new float[0], quantiles);
    }

    /** Per-run values (weeks from the programme start, or currency units), in run-index order. */
    public float[] values() {
        return values;
    }

    /** Percentiles of the same values. */
    public Quantiles quantiles() {
        return quantiles;
    }

    /** The values in ascending order, sorted on the first call only; empty without per-run values. */
    public SortedValues sorted() {
        SortedValues s = sorted;
        if (s == null) {
            s = SortedValues.of(values);
            sorted = s;
        }
        return s;
    }

    public int runs() {
        return values.length;
    }

    public boolean hasValues() {
        return values.length > 0;
    }

    /**
     * The value at each level (nearest rank, the rule of {@link Quantiles#of} and of
     * summary.json), on the values sorted once. Needs per-run values.
     */
    public double[] percentiles(double... levels) {
        if (!hasValues()) {
            throw new IllegalStateException("percentiles need per-run values");
        }
        SortedValues sorted = sorted();
        double[] out = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = sorted.rank(levels[i]);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof RunDistribution d && values == d.values && quantiles.equals(d.quantiles);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(values) + quantiles.hashCode();
    }

    @Override
    public String toString() {
        return "RunDistribution[values=" + values + ", quantiles=" + quantiles + "]";
    }
}
