package org.rolloutsim.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Which sorted run is a quantile, and which sorted runs bound a distribution-free confidence
 * interval for it.
 *
 * <p>Quantiles here are "the smallest value that a fraction p of runs did not exceed" (the
 * inverse of the empirical distribution, Hyndman and Fan type 1): always a value some run really
 * produced, so P80 of completion is a whole week when weeks are whole.
 *
 * <p>The interval for the true p-quantile uses the fact that the number B of runs below it is
 * Binomial(n, p) whatever the distribution: with ranks l &lt; u the interval [x(l), x(u)] covers it
 * with probability P(l &le; B &le; u-1). The ranks are chosen so that each tail holds at most
 * (1-level)/2, so coverage is at least the level (slightly more, since B is discrete).
 */
public final class OrderStatistics {
    private OrderStatistics() {
    }

    /** The 1-based rank of the p-quantile among n sorted values: ceil(p·n), kept in [1, n]. */
    public static long rank(double p, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("no values");
        }
        // The small guard keeps p·n that should be whole (0.8 × 1000) from rounding up a rank.
        long k = (long) Math.ceil(p * n - 1e-9);
        return Math.max(1, Math.min(n, k));
    }

    /**
     * The ranks {lower, upper} (1-based) of the order statistics that bound a confidence interval
     * at {@code level} for the p-quantile from n values. A bound that n values cannot give (too
     * few runs for the tail) comes back as 0 (lower) or n+1 (upper).
     */
    public static long[] confidenceRanks(long n, double p, double level) {
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many values: " + n);
        }
        double tail = (1 - level) / 2;
        BinomialDistribution b = new BinomialDistribution(null, (int) n, p);
        // Lower: l - 1 is the largest k with P(B <= k) <= tail.
        int j = b.inverseCumulativeProbability(tail);
        long lowerMinusOne = b.cumulativeProbability(j) <= tail ? j : j - 1;
        // Upper: u - 1 is the smallest k with P(B <= k) >= 1 - tail.
        long upperMinusOne = b.inverseCumulativeProbability(1 - tail);
        return new long[] {lowerMinusOne + 1, upperMinusOne + 1};
    }

    /** The exact coverage P(lower &le; B &le; upper-1) of the interval [x(lower), x(upper)]. */
    public static double coverage(long n, double p, long lower, long upper) {
        BinomialDistribution b = new BinomialDistribution(null, (int) n, p);
        double below = lower <= 0 ? 0 : b.cumulativeProbability((int) lower - 1);
        double upTo = upper > n ? 1 : b.cumulativeProbability((int) upper - 1);
        return upTo - below;
    }
}
