package org.rolloutsim.report.view;

/**
 * A paired comparison of two variants on one outcome under common random numbers: per run,
 * {@code difference = first − second} (weeks for completion, currency for cost). Negative is good
 * for {@code first}: earlier or cheaper.
 *
 * @param first              name of the first variant (as in {@link VariantResult#name()})
 * @param second             name of the second variant
 * @param outcome            completion or cost
 * @param difference         per-run differences and their quantiles (values may be empty)
 * @param meanDifference     mean of the differences
 * @param meanLow            lower end of the 95% confidence interval of the mean
 * @param meanHigh           upper end of the 95% confidence interval of the mean
 * @param probabilityFirstBetter share of runs where {@code first} is strictly better (difference &lt; 0)
 */
public record PairedDifference(String first, String second, Outcome outcome, RunDistribution difference,
                               double meanDifference, double meanLow, double meanHigh,
                               double probabilityFirstBetter) {

    public PairedDifference {
        if (first == null || second == null || outcome == null || difference == null) {
            throw new IllegalArgumentException("first, second, outcome and difference are required");
        }
        if (!(meanLow <= meanDifference && meanDifference <= meanHigh)) {
            throw new IllegalArgumentException("need meanLow <= meanDifference <= meanHigh");
        }
        if (!(probabilityFirstBetter >= 0 && probabilityFirstBetter <= 1)) {
            throw new IllegalArgumentException("probabilityFirstBetter outside [0, 1]");
        }
    }
}
