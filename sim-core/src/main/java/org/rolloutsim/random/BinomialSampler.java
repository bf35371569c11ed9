package org.rolloutsim.random;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Binomial variates for (n, p) that may change on every call, without tables or allocation.
 *
 * <p>Works on {@code min(p, 1 - p)} and reflects. When {@code n·p < 10} it uses inversion by
 * sequential search from 0, whose start probability {@code (1-p)^n &ge; e^-10·…} cannot underflow
 * (Commons RNG's table-based sampler fails exactly there, e.g. n = 2000, p = 0.35). Otherwise it uses
 * Hörmann's BTRS transformed rejection (W. Hörmann, "The generation of binomial random variates",
 * J. Statist. Comput. Simul. 46, 1993), exact and of constant expected cost.
 */
public final class BinomialSampler {
    static final double INVERSION_LIMIT = 10.0;

    private BinomialSampler() {
    }

    public static long sample(UniformRandomProvider rng, long n, double p) {
        if (n < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("binomial needs n >= 0 and p in [0, 1]: n=" + n + ", p=" + p);
        }
        if (n == 0 || p == 0) {
            return 0;
        }
        if (p == 1) {
            return n;
        }
        boolean reflect = p > 0.5;
        double q = reflect ? 1 - p : p;
        long k = n * q < INVERSION_LIMIT ? inversion(rng, n, q) : btrs(rng, n, q);
        return reflect ? n - k : k;
    }

    private static long inversion(UniformRandomProvider rng, long n, double p) {
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
                    break; // rounding left mass beyond n: draw again
                }
                r *= a / x - s;
            }
            if (x <= n) {
                return x;
            }
        }
    }

    private static long btrs(UniformRandomProvider rng, long n, double p) {
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
}
