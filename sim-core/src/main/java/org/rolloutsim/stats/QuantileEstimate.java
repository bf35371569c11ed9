package org.rolloutsim.stats;

/**
 * One quantile of a metric with its 95% distribution-free confidence interval.
 *
 * @param level the probability, e.g. 0.8 for P80
 * @param value the smallest run value that a fraction {@code level} of runs did not exceed
 * @param ci    the interval that covers the true quantile with probability at least 95%
 */
public record QuantileEstimate(double level, double value, Interval ci) {

    /** The short name used in files: {@code p5}, {@code p80}, ... */
    public String label() {
        return "p" + Math.round(level * 100);
    }
}
