package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntToDoubleFunction;
import java.util.function.LongSupplier;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The binomial and Poisson samplers against exact distributions (Commons Math): mean and variance
 * within 5 standard errors, and a chi-square goodness-of-fit whose p-value must exceed 1e-4. With
 * fixed seeds the outcome is deterministic; the thresholds are loose enough that a correct sampler
 * passes for essentially any seed, yet a wrong variance or shape (e.g. an off-by-one in a rejection
 * bound) fails by many standard errors at 200,000 draws.
 */
class DiscreteSamplerTest {
    private static final int DRAWS = 200_000;

    @ParameterizedTest(name = "binomial n={0} p={1}")
    @CsvSource({
        "1, 0.5", "10, 0.05", "40, 0.2", "100, 0.09", "60, 0.5", "2000, 0.35",
        "2000, 0.999", "5000, 0.002", "100000, 0.3", "37, 0.93"})
    void binomialMatchesExactDistribution(int n, double p) {
        RandomStream stream = RandomStream.of(20261125L, n, "binomial-" + p);
        BinomialDistribution exact = new BinomialDistribution(null, n, p);
        check(() -> stream.binomial(n, p), exact::probability, exact.getNumericalMean(),
                exact.getNumericalVariance(), n);
    }

    @ParameterizedTest(name = "poisson mean={0}")
    @CsvSource({"0.01", "0.7", "3", "9.99", "10", "10.5", "42", "300", "25000"})
    void poissonMatchesExactDistribution(double mean) {
        RandomStream stream = RandomStream.of(20261125L, 1, "poisson-" + mean);
        PoissonDistribution exact = new PoissonDistribution(null, mean, 1e-12, 10_000_000);
        int support = (int) (mean + 20 * Math.sqrt(mean) + 30);
        check(() -> stream.poisson(mean), exact::probability, mean, mean, support);
    }

    private static void check(LongSupplier sampler, IntToDoubleFunction pmf, double mean, double variance,
                              int maxValue) {
        long[] counts = new long[maxValue + 2];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < DRAWS; i++) {
            long k = sampler.getAsLong();
            assertTrue(k >= 0 && k <= maxValue, "value out of support: " + k);
            counts[(int) k]++;
            sum += k;
            sumSq += (double) k * k;
        }
        double sampleMean = sum / DRAWS;
        double sampleVar = sumSq / DRAWS - sampleMean * sampleMean;
        double seMean = Math.sqrt(variance / DRAWS);
        assertEquals(mean, sampleMean, 5 * seMean + 1e-12, "mean");
        // sd of the sample variance is about variance*sqrt(2/N) for near-normal shapes; the extra
        // margin covers the heavier fourth moment of small-mean shapes.
        assertEquals(variance, sampleVar, 8 * variance * Math.sqrt(2.0 / DRAWS) + 1e-9, "variance");
        assertTrue(chiSquarePValue(counts, pmf, maxValue) > 1e-4, "chi-square goodness of fit");
    }

    /** Pools values into cells of expected count >= 20 and returns the chi-square p-value. */
    private static double chiSquarePValue(long[] counts, IntToDoubleFunction pmf, int maxValue) {
        double stat = 0;
        int cells = 0;
        double expected = 0;
        long observed = 0;
        double massSoFar = 0;
        for (int k = 0; k <= maxValue; k++) {
            double pk = pmf.applyAsDouble(k);
            massSoFar += pk;
            expected += pk * DRAWS;
            observed += counts[k];
            boolean last = k == maxValue;
            double remaining = (1 - massSoFar) * DRAWS;
            if ((expected >= 20 && remaining >= 20) || last) {
                if (last) {
                    expected += Math.max(0, remaining);
                }
                if (expected > 0) {
                    stat += (observed - expected) * (observed - expected) / expected;
                    cells++;
                }
                expected = 0;
                observed = 0;
            }
        }
        if (cells < 2) {
            return 1.0; // a degenerate shape: the mean and variance checks carry the test
        }
        return 1 - new ChiSquaredDistribution(null, cells - 1).cumulativeProbability(stat);
    }

    @Test
    void edgeCasesAreExact() {
        RandomStream stream = RandomStream.of(1, 1, "edges");
        assertEquals(0, stream.binomial(0, 0.3));
        assertEquals(0, stream.binomial(50, 0));
        assertEquals(50, stream.binomial(50, 1));
        assertEquals(0, stream.poisson(0));
        assertThrows(IllegalArgumentException.class, () -> stream.binomial(-1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> stream.binomial(5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> stream.binomial(5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> stream.poisson(-1));
        assertThrows(IllegalArgumentException.class, () -> stream.poisson(Double.NaN));
    }

    @Test
    void hugeBinomialIsCentredWhereCommonsRngTablesUnderflow() {
        RandomStream stream = RandomStream.of(3, 3, "huge");
        long n = 2_000_000_000L;
        double sum = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            sum += stream.binomial(n, 0.35);
        }
        double sd = Math.sqrt(n * 0.35 * 0.65);
        assertEquals(n * 0.35, sum / draws, 5 * sd / Math.sqrt(draws));
    }
}
