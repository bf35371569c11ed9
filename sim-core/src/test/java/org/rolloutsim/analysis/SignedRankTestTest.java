package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;
import org.rolloutsim.random.RandomStream;

class SignedRankTestTest {

    private static double[] gaussians(long seed, int n, double shift) {
        RandomStream r = RandomStream.of(seed, 0, "differences");
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = r.gaussian() + shift;
        }
        return d;
    }

    /**
     * For 1,000 untied differences the statistic and variance agree with Commons Math; only the
     * continuity correction differs: Commons Math moves W half a unit away from its mean (z - 0.5/σ),
     * we move it towards the mean as the textbook does (z + 0.5/σ), so the z values differ by 1/σ.
     */
    @Test
    void agreesWithCommonsMathUpToTheDirectionOfTheContinuityCorrection() {
        int n = 1000;
        double[] d = gaussians(1, n, 0.05);
        double commons = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(d, new double[n], false);
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double sigma = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24);
        double zOurs = normal.inverseCumulativeProbability(SignedRankTest.pValue(d) / 2);
        double zCommons = normal.inverseCumulativeProbability(commons / 2);
        assertEquals(1 / sigma, zOurs - zCommons, 1e-9);
        double[] few = gaussians(2, 12, 0.5);
        assertEquals(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(few, new double[12], true),
                SignedRankTest.pValue(few), 1e-15);
        for (int size : new int[] {3, 7, 19}) {
            double[] d2 = gaussians(size, size, 0.3);
            assertEquals(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(d2, new double[size], true),
                    SignedRankTest.pValue(d2), 1e-12, "exact p-value for n = " + size);
        }
    }

    @Test
    void staysSaneForAMillionRunBatchSizedSample() {
        double[] d = gaussians(3, 100_000, 0);
        double p = SignedRankTest.pValue(d);
        assertTrue(p > 0 && p <= 1, "p " + p);
        assertTrue(SignedRankTest.pValue(gaussians(3, 100_000, 0.05)) < 1e-10);
    }

    /**
     * Under the null (symmetric differences) p < 0.05 should happen 5% of the time. Over 1,000
     * samples the count is Binomial(1000, 0.05), sd 0.0069; we allow 4 sd.
     */
    @Test
    void rejectsAtTheNominalRateUnderTheNull() {
        int rejected = 0;
        for (int seed = 0; seed < 1000; seed++) {
            if (SignedRankTest.pValue(gaussians(100 + seed, 200, 0)) < 0.05) {
                rejected++;
            }
        }
        assertEquals(0.05, rejected / 1000.0, 4 * 0.0069);
    }

    @Test
    void tiedDifferencesUseTheTieCorrectedVariance() {
        // 100 differences of +1: W- = 0, mean 2525, variance 84587.5 - (100^3 - 100)/48 = 63756.25,
        // z = (0 - 2525 + 0.5)/252.5 = -9.998, two-sided p = 1.5e-23.
        double[] d = new double[100];
        java.util.Arrays.fill(d, 1);
        assertEquals(1.5e-23, SignedRankTest.pValue(d), 0.1e-23);
        assertEquals(1.0, SignedRankTest.pValue(new double[] {0, 0, 0}));
    }
}
