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
 * @param firstLower  share of runs where {@code first} is strictly lower (earlier, cheaper)
 * @param firstHigher share of runs where {@code first} is strictly higher (later, dearer)
 * @param same        share of runs where both are equal (the same week); the three add up to 1
 */
public record PairedDifference(String first, String second, Outcome outcome, RunDistribution difference,
                               double meanDifference, double meanLow, double meanHigh,
                               double firstLower, double firstHigher, double same) {

    public PairedDifference {
        if (first == null || second == null || outcome == null || difference == null) {
            throw new IllegalArgumentException("first, second, outcome and difference are required");
        }
        if (!(meanLow <= meanDifference && meanDifference <= meanHigh)) {
            throw new IllegalArgumentException("need meanLow <= meanDifference <= meanHigh");
        }
        if (!(firstLower >= 0 && firstHigher >= 0 && same >= 0 && Math.abs(firstLower + firstHigher + same - 1) < 1e-9)) {
            throw new IllegalArgumentException("the shares lower, higher and same must each lie in [0, 1] and add up to 1");
        }
    }

    /** The shares counted from per-run differences (first − second). */
    public static PairedDifference counted(String first, String second, Outcome outcome, float[] differences,
                                           double meanDifference, double meanLow, double meanHigh) {
        int lower = 0;
        int higher = 0;
        for (float d : differences) {
            lower += d < 0 ? 1 : 0;
            higher += d > 0 ? 1 : 0;
        }
        int n = Math.max(1, differences.length);
        return new PairedDifference(first, second, outcome, RunDistribution.of(differences), meanDifference, meanLow,
                meanHigh, lower / (double) n, higher / (double) n, (differences.length - lower - higher) / (double) n);
    }

    /** The same pair the other way round (second − first). */
    public PairedDifference reversed() {
        float[] values = difference.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = -values[i];
        }
        Quantiles q = difference.quantiles();
        RunDistribution flipped = values.length > 0 ? new RunDistribution(values, medianNegated(Quantiles.of(values), q))
                : RunDistribution.ofQuantiles(new Quantiles(-q.p90(), -q.p50(), -q.p80(), -q.p10()));
        return new PairedDifference(second, first, outcome, flipped, -meanDifference, -meanHigh, -meanLow,
                firstHigher, firstLower, same);
    }

    /**
     * The reversed pair's quantiles with its median the negated median of this pair, exactly: over an
     * even number of runs the median is the lower of the two middle values, and the lower middle of
     * the negated values is not the negated lower middle, so the table (this pair) and a sentence
     * about the pair the other way round would give two medians.
     */
    private static Quantiles medianNegated(Quantiles ofNegated, Quantiles original) {
        double p50 = -original.p50();
        return new Quantiles(Math.min(ofNegated.p10(), p50), p50, Math.max(ofNegated.p80(), p50),
                Math.max(ofNegated.p90(), p50));
    }
}
