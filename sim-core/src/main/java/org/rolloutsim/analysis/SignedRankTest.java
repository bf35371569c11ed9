package org.rolloutsim.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.rolloutsim.stats.Ranking;

/**
 * The Wilcoxon signed-rank test of paired differences, two-sided. Zero differences carry no sign
 * and are dropped. Up to 30 non-zero differences without ties the p-value is exact, from the
 * null distribution of the rank sum counted by dynamic programming in O(n³) (Commons Math's exact
 * test enumerates all 2ⁿ sign patterns: a minute at n = 30). Beyond that we use the normal approximation with continuity correction ourselves, because Commons Math 3.6.1
 * computes N(N+1) in int arithmetic there and returns NaN or 0 beyond 46,340 pairs (and applies its
 * continuity correction away from the mean); we correct towards the mean, as the textbook does, and
 * correct the variance for tied |differences| (common for whole weeks and counts).
 */
final class SignedRankTest {
    private static final int EXACT_LIMIT = 30;

    private SignedRankTest() {
    }

    /** The two-sided p-value for the differences {@code d} (zeros are dropped); 1 when none is left. */
    static double pValue(double[] d) {
        int n = 0;
        for (double x : d) {
            if (x != 0) {
                n++;
            }
        }
        if (n < 2) {
            return 1; // one sign says nothing: the exact two-sided p-value is 1
        }
        double[] abs = new double[n];
        double[] signs = new double[n];
        int k = 0;
        for (double x : d) {
            if (x != 0) {
                abs[k] = Math.abs(x);
                signs[k] = Math.signum(x);
                k++;
            }
        }
        double[] ranks = new double[n];
        double[] sorted = new double[n];
        Ranking.averageRanks(abs, n, sorted, ranks);
        boolean ties = false;
        double tieSum = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            if (t > 1) {
                ties = true;
                tieSum += t * t * t - t;
            }
            i = j;
        }
        if (n <= EXACT_LIMIT && !ties) {
            double plusRanks = 0;
            for (int i = 0; i < n; i++) {
                if (signs[i] > 0) {
                    plusRanks += ranks[i];
                }
            }
            return exactPValue(n, (int) Math.round(Math.min(plusRanks, (double) n * (n + 1) / 2 - plusRanks)));
        }
        double plus = 0;
        for (int i = 0; i < n; i++) { // ranks are averaged over ties here
            if (signs[i] > 0) {
                plus += ranks[i];
            }
        }
        double total = (double) n * (n + 1) / 2;
        double smaller = Math.min(plus, total - plus);
        double mean = total / 2;
        double variance = (double) n * (n + 1) * (2.0 * n + 1) / 24 - tieSum / 48;
        if (variance <= 0) {
            return 1;
        }
        double z = Math.min(0, smaller - mean + 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(z));
    }

    /**
     * Two-sided exact p-value of the smaller signed-rank sum {@code w} with {@code n} untied
     * differences: 2·P(S &le; w), where S, the sum of a uniformly random subset of {1..n}, has
     * the null distribution of either rank sum.
     */
    static double exactPValue(int n, int w) {
        int max = n * (n + 1) / 2;
        double[] ways = new double[max + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int sum = max; sum >= rank; sum--) {
                ways[sum] += ways[sum - rank];
            }
        }
        double atMost = 0;
        for (int sum = 0; sum <= w; sum++) {
            atMost += ways[sum];
        }
        return Math.min(1, 2 * atMost / Math.pow(2, n));
    }
}
