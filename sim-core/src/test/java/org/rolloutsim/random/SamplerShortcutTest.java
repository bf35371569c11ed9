package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.junit.jupiter.api.Test;

/**
 * The samplers' shortcuts (a draw of 0 answered before {@code P(X = 0)} is worked out, the
 * rejection tests' logarithms worked out only when needed) give the very draws of the plain
 * algorithms they replace, from the same uniforms: each shortcut sampler and its plain reference
 * here draw from two generators of one seed, and must agree draw for draw and leave the generators
 * in step. Parameters cover tiny to large means, the inversion limits on either side, and
 * probabilities near 0, 1/2 and 1.
 */
class SamplerShortcutTest {
    private static final double[] PROBABILITIES = {1e-6, 0.0003, 0.002, 0.01, 0.05, 0.2, 0.35, 0.5, 0.7, 0.99, 0.999999};
    private static final long[] COUNTS = {1, 2, 3, 7, 20, 49, 50, 51, 200, 1000, 40_000};
    private static final double[] MEANS = {1e-9, 1e-4, 0.01, 0.1, 0.5, 0.9, 0.999999, 1, 1.5, 3, 9.99, 10, 10.5, 42, 300};

    @Test
    void binomialDrawsAreThePlainAlgorithms() {
        for (long n : COUNTS) {
            for (double p : PROBABILITIES) {
                UniformRandomProvider a = new XoShiRo256PlusPlus(n, Double.doubleToLongBits(p), 3, 4);
                UniformRandomProvider b = new XoShiRo256PlusPlus(n, Double.doubleToLongBits(p), 3, 4);
                for (int i = 0; i < 4000; i++) {
                    assertEquals(plainBinomial(a, n, p), BinomialSampler.sample(b, n, p), "n=" + n + " p=" + p);
                }
                assertEquals(a.nextLong(), b.nextLong(), "generators out of step, n=" + n + " p=" + p);
            }
        }
    }

    @Test
    void poissonDrawsAreThePlainAlgorithms() {
        for (double mean : MEANS) {
            UniformRandomProvider a = new XoShiRo256PlusPlus(Double.doubleToLongBits(mean), 2, 3, 4);
            UniformRandomProvider b = new XoShiRo256PlusPlus(Double.doubleToLongBits(mean), 2, 3, 4);
            for (int i = 0; i < 20_000; i++) {
                assertEquals(plainPoisson(a, mean), PoissonSampler.sample(b, mean), "mean=" + mean);
            }
            assertEquals(a.nextLong(), b.nextLong(), "generators out of step, mean=" + mean);
        }
    }

    // ---- the samplers as they were before the shortcuts

    private static long plainBinomial(UniformRandomProvider rng, long n, double p) {
        if (n == 0 || p == 0) {
            return 0;
        }
        if (p == 1) {
            return n;
        }
        boolean reflect = p > 0.5;
        double q = reflect ? 1 - p : p;
        long k = n * q < BinomialSampler.INVERSION_LIMIT ? plainBinomialInversion(rng, n, q) : plainBtrs(rng, n, q);
        return reflect ? n - k : k;
    }

    private static long plainBinomialInversion(UniformRandomProvider rng, long n, double p) {
        double q = 1 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double start = Math.exp(n * Math.log1p(-p));
        while (true) {
            double r = start;
            double u = rng.nextDouble();
            long x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > n) {
                    break;
                }
                r *= a / x - s;
            }
            if (x <= n) {
                return x;
            }
        }
    }

    private static long plainBtrs(UniformRandomProvider rng, long n, double p) {
        double q = 1 - p;
        double spq = Math.sqrt(n * p * q);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = (2.83 + 5.1 / b) * spq;
        double lpq = Math.log(p / q);
        double m = Math.floor((n + 1) * p);
        double h = LogFactorial.of(m) + LogFactorial.of(n - m);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return (long) k;
            }
            double lv = Math.log(v * alpha / (a / (us * us) + b));
            if (lv <= h - LogFactorial.of(k) - LogFactorial.of(n - k) + (k - m) * lpq) {
                return (long) k;
            }
        }
    }

    private static long plainPoisson(UniformRandomProvider rng, double mean) {
        if (mean < PoissonSampler.INVERSION_LIMIT) {
            double p = Math.exp(-mean);
            double cumulative = p;
            double u = rng.nextDouble();
            long k = 0;
            while (u > cumulative && k < 200) {
                k++;
                p *= mean / k;
                cumulative += p;
            }
            return k;
        }
        double sqrtMean = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * sqrtMean;
        double a = -0.059 + 0.02483 * b;
        double logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return (long) k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - LogFactorial.of(k)) {
                return (long) k;
            }
        }
    }
}
