package org.rolloutsim.stats;

/**
 * A confidence interval. A bound is NaN when the runs cannot give it (too few runs for a tail
 * quantile, or one run for a mean).
 */
public record Interval(double lower, double upper) {

    /** Half the width; NaN when a bound is missing. */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /** True when both bounds are numbers. */
    public boolean isBounded() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
