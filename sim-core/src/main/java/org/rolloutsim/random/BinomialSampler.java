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
    /**
     * How far under {@code 1 - n·p} (or {@code 1 - mean}) a uniform must be to be a draw of 0
     * without working out {@code P(X = 0)}: far more than the computed probability's rounding (a
     * few units in the last place of a number at most 1, relative to an exponent under 750) and
     * far less than anything a draw would notice.
     */
    static final double ZERO_MARGIN = 1e-9;

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
        // (1-p)^n >= 1 - n·p (Bernoulli's inequality), and the start below is within 1e-12 of
        // (1-p)^n: a uniform under 1 - n·p less a margin is a draw of 0, answered without the
        // logarithm and the exponential (the same answer from the same uniform, only sooner)
        double surelyZero = 1 - n * p - ZERO_MARGIN;
        double start = Double.NaN;
        while (true) {
            double u = rng.nextDouble();
            if (u < surelyZero) {
                return 0;
            }
            if (Double.isNaN(start)) {
                start = Math.exp(n * Math.log1p(-p));
            }
            double r = start;
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
        // what only the slower test needs, worked out when a draw first gets there: most draws
        // are accepted by the squeeze without it (the same values, so the same draws)
        double alpha = Double.NaN;
        double lpq = 0;
        double m = 0;
        double h = 0;
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
            if (Double.isNaN(alpha)) {
                alpha = (2.83 + 5.1 / b) * spq;
                lpq = Math.log(p / q);
                m = Math.floor((n + 1) * p);
                h = LogFactorial.of(m) + LogFactorial.of(n - m);
            }
            double lv = Math.log(v * alpha / (a / (us * us) + b));
            if (lv <= h - LogFactorial.of(k) - LogFactorial.of(n - k) + (k - m) * lpq) {
                return (long) k;
            }
        }
    }
}
