package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/** Paired differences and the signed-rank test against hand arithmetic. */
class PairedFiguresTest {

    /**
     * Differences 1, 2, 3, 4: mean 2.5, sd sqrt(5/3), 95% half-width t(0.975, 3) × sd / 2; A is
     * higher than B in every run.
     */
    @Test
    void meanDifferenceAndItsIntervalByHand() {
        MetricDifference d = Comparison.difference("x", new double[] {1, 2, 3, 4}, new double[] {0, 0, 0, 0});
        double half = new TDistribution(null, 3).inverseCumulativeProbability(0.975) * Math.sqrt(5.0 / 3) / 2;
        assertEquals(4, d.n());
        assertEquals(2.5, d.meanDiff());
        assertEquals(2.5 - half, d.meanDiffCi().lower(), 1e-12);
        assertEquals(2.5 + half, d.meanDiffCi().upper(), 1e-12);
        assertEquals(0.0, d.pLower());
        assertEquals(1.0, d.pHigher());
        assertEquals(0.0, d.pSame());
        assertEquals(1.0, d.p10Diff(), "P10 of the differences 1..4");
        assertEquals(2.0, d.p50Diff());
        assertEquals(4.0, d.p90Diff());
        assertEquals(new TTest().pairedTTest(new double[] {1, 2, 3, 4}, new double[4]), d.pairedTP(), 1e-15);
        assertTrue(d.pairedTP() > 0 && d.pairedTP() < 0.05);
    }

    @Test
    void oneRunHasNoIntervalAndNoTTest() {
        MetricDifference d = Comparison.difference("x", new double[] {5}, new double[] {3});
        assertEquals(1, d.n());
        assertEquals(2.0, d.meanDiff());
        assertTrue(Double.isNaN(d.meanDiffCi().lower()) && Double.isNaN(d.meanDiffCi().upper()));
        assertTrue(Double.isNaN(d.pairedTP()));
        assertEquals(1.0, d.wilcoxonP());
    }

    @Test
    void runsMissingAValueAreLeftOutAndNoneLeftGivesNaN() {
        double nan = Double.NaN;
        MetricDifference some = Comparison.difference("x", new double[] {1, nan, 3}, new double[] {0, 0, nan});
        assertEquals(1, some.n());
        assertEquals(1.0, some.meanDiff());
        MetricDifference none = Comparison.difference("x", new double[] {nan, 1}, new double[] {0, nan});
        assertEquals("x", none.metric());
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.meanDiff()) && Double.isNaN(none.p50Diff()) && Double.isNaN(none.pLower()));
    }

    /** Two positive differences: the smaller rank sum is 0, and 2 × P(S = 0) = 2 × 1/4. */
    @Test
    void twoDifferencesHaveAnExactPValue() {
        assertEquals(0.5, SignedRankTest.pValue(new double[] {1, 2}));
        assertEquals(1.0, SignedRankTest.pValue(new double[] {0, 7}), "one non-zero difference says nothing");
    }

    /** Thirty positive untied differences are the largest exact case: p = 2 × 2^-30. */
    @Test
    void thirtyDifferencesAreStillExact() {
        double[] d = new double[30];
        for (int i = 0; i < 30; i++) {
            d[i] = i + 1;
        }
        assertEquals(2 * Math.pow(2, -30), SignedRankTest.pValue(d), 1e-24);
    }

    /**
     * Differences 1, 1, 1, -2, 2, 3 (tied, so the normal approximation): |d| ranks 2, 2, 2, 4.5,
     * 4.5, 6; W- = 4.5 of a total 21, mean 10.5; ties 3 and 2 give Σ(t³ - t) = 24 + 6 = 30, so the
     * variance is 6·7·13/24 - 30/48 = 22.125; z = (4.5 - 10.5 + 0.5) / sqrt(22.125).
     */
    @Test
    void tiedDifferencesByHand() {
        double z = (4.5 - 10.5 + 0.5) / Math.sqrt(22.125);
        double expected = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(z);
        assertEquals(expected, SignedRankTest.pValue(new double[] {1, 1, 1, -2, 2, 3}), 1e-15);
    }
}
