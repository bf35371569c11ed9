package org.rolloutsim.stats;

/**
 * The two ends an input's swing compares, outcome by outcome: the mean of each outcome over the runs
 * with the least of the input (for a risk, the runs where it did not occur) and over the runs with
 * the most (where it occurred), in the outcome's unit. With the outcome {@link BatchStatistics#CENSORED}
 * a mean is the share of that end's runs not finished by the horizon, whose completion and cost count
 * only up to the horizon: two ends that differ in it compare unlike runs.
 */
public final class SwingEnds {
    private final double[] low;
    private final double[] high;
    private final double[] swing;

    SwingEnds(double[] low, double[] high, double[] swing) {
        this.low = low;
        this.high = high;
        this.swing = swing;
    }

    /** The mean of outcome {@code o} over the runs with the least of the input; NaN when unknown. */
    public double low(int o) {
        return low[o];
    }

    /** The mean of outcome {@code o} over the runs with the most of the input; NaN when unknown. */
    public double high(int o) {
        return high[o];
    }

    /** {@link #high} minus {@link #low}: the swing of outcome {@code o}; NaN when unknown. */
    public double swing(int o) {
        return swing[o];
    }
}
