package org.rolloutsim.stats;

import java.util.List;
import java.util.Objects;
import org.rolloutsim.output.OutputSchema;

/**
 * What a batch says about one per-run scalar: its spread and how sure we are of it.
 *
 * @param name      the scalar's name in the output schema, e.g. {@code completionWeek}
 * @param kind      output, sampled parameter or risk indicator
 * @param n         runs with a value (NaN values are left out)
 * @param mean      the mean over runs
 * @param sd        the sample standard deviation (n-1 divisor); NaN for one run
 * @param min       the smallest value
 * @param max       the largest value
 * @param meanCi    the 95% Student-t interval for the mean
 * @param quantiles P5, P10, P20, P50, P80, P90, P95 with their 95% intervals
 * @param censored  runs of the batch that had not finished by the horizon (the same for every
 *                  metric of a batch: a reader of one metric sees how many values are cut short)
 * @param censoredMin the smallest value among those runs (NaN values left out), NaN when there are
 *                  none: a percentile below it takes in no run cut short and is exact, one at or
 *                  above it may take in such a run's value, too small, so the true percentile is
 *                  only known to be at least it
 */
public record MetricSummary(String name, OutputSchema.Kind kind, long n, double mean, double sd,
                            double min, double max, Interval meanCi, List<QuantileEstimate> quantiles,
                            long censored, double censoredMin) {

    /** The quantile levels every summary carries, in order. */
    public static final List<Double> LEVELS = List.of(0.05, 0.10, 0.20, 0.50, 0.80, 0.90, 0.95);

    public MetricSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        quantiles = List.copyOf(quantiles);
    }

    /** The estimate at {@code level}, which must be one of {@link #LEVELS}. */
    public QuantileEstimate quantile(double level) {
        for (QuantileEstimate q : quantiles) {
            if (q.level() == level) {
                return q;
            }
        }
        throw new IllegalArgumentException("no quantile at " + level + " for " + name);
    }

    public double p5() {
        return quantile(0.05).value();
    }

    public double p10() {
        return quantile(0.10).value();
    }

    public double p20() {
        return quantile(0.20).value();
    }

    public double p50() {
        return quantile(0.50).value();
    }

    public double p80() {
        return quantile(0.80).value();
    }

    public double p90() {
        return quantile(0.90).value();
    }

    public double p95() {
        return quantile(0.95).value();
    }
}
