package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Continuous input distributions: sample mean and sd against the exact ones, within 5 standard
 * errors at 200,000 draws (standard error of the sd estimated as sd/sqrt(2N), adequate for these
 * light-tailed shapes; lognormal gets a wider margin for its heavier tail).
 */
class DistributionTest {
    private static final int N = 200_000;

    private static double[] moments(Distribution d, String source) {
        RandomStream s = RandomStream.of(77, 0, source);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = d.sample(s);
            assertTrue(x >= d.lower() && x <= d.upper(), "outside support: " + x);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / N;
        return new double[] {mean, Math.sqrt(sumSq / N - mean * mean)};
    }

    private static void assertMoments(Distribution d, double sd, double sdMargin) {
        double[] m = moments(d, d.toString());
        assertEquals(d.mean(), m[0], 5 * sd / Math.sqrt(N), "mean of " + d);
        assertEquals(sd, m[1], sdMargin * sd / Math.sqrt(2.0 * N), "sd of " + d);
    }

    @Test
    void triangularMoments() {
        double a = 0.25, c = 0.35, b = 0.5;
        double var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
        assertMoments(new Distribution.Triangular(a, c, b), Math.sqrt(var), 5);
    }

    @Test
    void pertMoments() {
        double a = 6e7, m = 8e7, b = 1.4e8;
        double mean = (a + 4 * m + b) / 6;
        double var = (mean - a) * (b - mean) / 7;
        assertMoments(new Distribution.Pert(a, m, b), Math.sqrt(var), 5);
    }

    @Test
    void uniformMoments() {
        assertMoments(new Distribution.Uniform(0.8, 0.95), 0.15 / Math.sqrt(12), 5);
    }

    @Test
    void normalMoments() {
        assertMoments(new Distribution.Normal(10, 3), 3, 5);
    }

    @Test
    void lognormalIsGivenByTheMeanAndSdOfTheValue() {
        assertMoments(new Distribution.LogNormal(1.5, 0.6), 0.6, 10);
    }

    @Test
    void truncationRedrawsOutsideTheRange() {
        Distribution d = new Distribution.Normal(0.9, 0.3);
        RandomStream s = RandomStream.of(1, 2, "trunc");
        for (int i = 0; i < 10_000; i++) {
            double x = d.sampleWithin(s, 0, 1);
            assertTrue(x >= 0 && x <= 1);
        }
        assertEquals(5.0, Distribution.constant(5).sampleWithin(s, 0, 1), "constants are not truncated");
    }

    @Test
    void badShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(1, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Normal(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.LogNormal(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Distribution.constant(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(-1.7e308, 1.7e308),
                "a width that overflows would sample infinities");
        assertThrows(IllegalArgumentException.class,
                () -> new Distribution.Truncated(new Distribution.Normal(100, 1), 0, 1), "no mass in range");
    }

    @Test
    void truncatedDrawsStayInRangeAndFollowTheConditionalDistribution() {
        // Standard normal on [0, 1]: the exact truncated mean is (phi(0) - phi(1)) / (Phi(1) - Phi(0)).
        Distribution d = new Distribution.Truncated(new Distribution.Normal(0, 1), 0, 1);
        double phi0 = 1 / Math.sqrt(2 * Math.PI);
        double phi1 = phi0 * Math.exp(-0.5);
        double mean = (phi0 - phi1) / 0.3413447460685429;
        RandomStream s = RandomStream.of(5, 0, "truncated");
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double x = d.sample(s);
            assertTrue(x >= 0 && x <= 1, "outside the range: " + x);
            sum += x;
        }
        // The truncated sd is below 0.3; 5 standard errors at N draws.
        assertEquals(mean, sum / N, 5 * 0.3 / Math.sqrt(N));
    }

    @Test
    void extremeLognormalsSampleFiniteValues() {
        Distribution.LogNormal wide = new Distribution.LogNormal(0.9, 1e200);
        assertTrue(wide.massWithin(0, 1) > 0.99, "sd 1e200 puts almost all of it near 0");
        Distribution d = new Distribution.Truncated(wide, 0, 1);
        RandomStream s = RandomStream.of(5, 0, "wide");
        for (int i = 0; i < 10_000; i++) {
            double x = d.sample(s);
            assertTrue(x >= 0 && x <= 1, "finite and in range: " + x);
            double raw = wide.sample(s);
            assertTrue(!Double.isNaN(raw), "the raw lognormal never samples NaN");
        }
        Distribution.LogNormal huge = new Distribution.LogNormal(1e308, 10);
        assertTrue(huge.massWithin(0, 1e7) < 0.01, "a mean of 1e308 has nothing below 1e7");
    }

    /**
     * sd² overflows (sd 1e200) while sd / mean (1e100) does not: σ² = log(1 + (sd/mean)²) is still
     * computed, not approximated. The median is exp(μ) with μ = log(mean) − σ²/2, so the
     * distribution function there is one half.
     */
    @Test
    void aLognormalWhoseVarianceOverflowsKeepsItsExactShape() {
        Distribution.LogNormal d = new Distribution.LogNormal(1e100, 1e200);
        double sigma2 = Math.log1p(1e200);
        double median = Math.exp(Math.log(1e100) - sigma2 / 2);
        assertEquals(0.5, d.cdf(median), 1e-9);
    }
}
