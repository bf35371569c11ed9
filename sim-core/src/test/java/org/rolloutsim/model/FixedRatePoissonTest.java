package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The tabulated inversion of {@link FixedRatePoisson} against the plain one (summing the
 * probabilities from 0 until they pass the uniform), at the uniforms where a slip would show: on a
 * cumulative probability exactly, at the start of every guide-table cell, and beyond the tabulated
 * mass. A random stream hits none of these except with probability near 0, so they are given here.
 */
class FixedRatePoissonTest {

    /** The plain inversion, with the table's rounding: {@code p·(m/k)} term by term, at most 1000 terms. */
    static long bySumming(double mean, double u) {
        double p = Math.exp(-mean);
        double cdf = p;
        long k = 0;
        while (u > cdf && k < 1000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    @Test
    void aUniformOnACumulativeProbabilityGivesThatCountAndOneAboveGivesTheNext() {
        double mean = 2.5;
        FixedRatePoisson poisson = new FixedRatePoisson(mean);
        double p = Math.exp(-mean);
        double cdf = p;
        for (int k = 0; k < 12; k++) {
            assertEquals(k, poisson.inverse(cdf), "u = P(X <= " + k + ")");
            assertEquals(k + 1, poisson.inverse(Math.nextUp(cdf)), "u just above P(X <= " + k + ")");
            p *= mean / (k + 1);
            cdf += p;
        }
        assertEquals(0, poisson.inverse(0));
    }

    @Test
    void everyGuideCellStartsAtOrBelowItsAnswer() {
        // the guide table has one cell per tabulated count; uniforms i/n for every n up to 200 fall
        // on the first uniform of each cell, whatever the table's length
        for (double mean : new double[] {0.7, 6.3, 25}) {
            FixedRatePoisson poisson = new FixedRatePoisson(mean);
            for (int n = 1; n <= 200; n++) {
                for (int i = 0; i < n; i++) {
                    double u = (double) i / n;
                    assertEquals(bySumming(mean, u), poisson.inverse(u), "mean " + mean + ", u = " + i + "/" + n);
                }
            }
        }
    }

    @Test
    void aUniformBeyondTheTabulatedMassContinuesTheSum() {
        // the table stops where a term no longer changes the sum, which rounding may leave a few
        // ulps short of 1: the largest uniform then continues the sum as the plain inversion does
        double u = Math.nextDown(1.0);
        int beyond = 0;
        for (int i = 1; i < 600; i++) {
            double mean = i * 0.05;
            FixedRatePoisson poisson = new FixedRatePoisson(mean);
            long expected = bySumming(mean, u);
            assertEquals(expected, poisson.inverse(u), "mean " + mean);
            if (expected == 1000) {
                beyond++;
            }
        }
        assertTrue(beyond > 0, "some table ends short of the largest uniform, so the continuation is tested");
    }
}
