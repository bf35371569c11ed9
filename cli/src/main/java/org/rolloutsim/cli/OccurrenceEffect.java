package org.rolloutsim.cli;

import java.util.function.IntToDoubleFunction;

/**
 * What an event that happened in some runs of a batch adds to an outcome on average,
 * {@code T = s·(m1 − m0)}: the share {@code s} of runs it happened in, times how much higher the
 * outcome's mean {@code m1} was in those runs than its mean {@code m0} in the others. The two groups
 * are different runs, so T carries all their other differences too; its standard error says how far
 * this many runs pin it down. By the delta method, with the share and both groups' means estimated
 * from the same runs: {@code Var T ≈ (m1 − m0)²·s(1 − s)/n + s²·(v1/n1 + v0/n0)}, {@code v1} and
 * {@code v0} the groups' sample variances.
 *
 * @param share         share of runs the event happened in
 * @param added         {@code T}; exactly 0 when it happened in no run (it added nothing to these runs),
 *                      NaN when it happened in every run (no run without it to compare with)
 * @param standardError of {@code T}; 0 when it happened in no run, NaN when it happened in every run
 *                      or when one group has a single run (no variance to go by)
 */
record OccurrenceEffect(double share, double added, double standardError) {

    /**
     * From run {@code i}'s indicator of the event (set above 0.5) and its outcome, {@code i < runs}, in
     * order.
     */
    static OccurrenceEffect of(IntToDoubleFunction happened, IntToDoubleFunction outcome, int runs) {
        // Welford's running means and squared deviations, one pair for each group
        long[] count = new long[2];
        double[] mean = new double[2];
        double[] squares = new double[2];
        for (int i = 0; i < runs; i++) {
            int g = happened.applyAsDouble(i) > 0.5 ? 1 : 0;
            double y = outcome.applyAsDouble(i);
            count[g]++;
            double delta = y - mean[g];
            mean[g] += delta / count[g];
            squares[g] += delta * (y - mean[g]);
        }
        if (count[1] == 0) {
            return new OccurrenceEffect(0, 0, 0);
        }
        if (count[0] == 0) {
            return new OccurrenceEffect(1, Double.NaN, Double.NaN);
        }
        double s = count[1] / (double) runs;
        double difference = mean[1] - mean[0];
        if (count[0] < 2 || count[1] < 2) {
            return new OccurrenceEffect(s, s * difference, Double.NaN);
        }
        double groupVariance = squares[1] / (count[1] - 1) / count[1] + squares[0] / (count[0] - 1) / count[0];
        double variance = difference * difference * s * (1 - s) / runs + s * s * groupVariance;
        return new OccurrenceEffect(s, s * difference, Math.sqrt(variance));
    }
}
