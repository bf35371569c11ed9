package org.rolloutsim.random;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Poisson variates for a mean that may change on every call, without tables or allocation.
 *
 * <p>Small means (&lt; 10) use inversion by sequential search, which costs about {@code mean + 1}
 * uniforms. Larger means use Hörmann's PTRS transformed rejection with squeeze (W. Hörmann, "The
 * transformed rejection method for generating Poisson random variables", Insurance: Mathematics and
 * Economics 12, 1993), exact and of constant expected cost. Means above 1e15 fall back to a rounded
 * normal, where the difference is far below a double's resolution.
 */
public final class PoissonSampler {
    static final double INVERSION_LIMIT = 10.0;
    private static final double NORMAL_LIMIT = 1e15;

    private PoissonSampler() {
    }

    public static long sample(UniformRandomProvider rng, double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean must be finite and >= 0: " + mean);
        }
        if (mean == 0) {
            return 0;
        }
        if (mean < INVERSION_LIMIT) {
            return inversion(rng, mean);
        }
        if (mean > NORMAL_LIMIT) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussianFromUniforms(rng)));
        }
        return ptrs(rng, mean);
    }

    private static long inversion(UniformRandomProvider rng, double mean) {
        double u = rng.nextDouble();
        if (u < 1 - mean - BinomialSampler.ZERO_MARGIN) {
            return 0; // e^-mean >= 1 - mean: a draw of 0, without the exponential (as the binomial's)
        }
        double p = Math.exp(-mean);
        double cumulative = p;
        long k = 0;
        // The guard stops the loop at a count whose tail mass is far below 2^-53.
        while (u > cumulative && k < 200) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    private static long ptrs(UniformRandomProvider rng, double mean) {
        double sqrtMean = Math.sqrt(mean);
        double b = 0.931 + 2.53 * sqrtMean;
        double a = -0.059 + 0.02483 * b;
        double vr = 0.9277 - 3.6224 / (b - 2);
        // the logarithms only the slower test needs, worked out when a draw first gets there: most
        // draws are accepted by the squeeze without them (the same values, so the same draws)
        double logMean = Double.NaN;
        double logInvAlpha = Double.NaN;
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
            if (Double.isNaN(logMean)) {
                logMean = Math.log(mean);
                logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
            }
            if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - LogFactorial.of(k)) {
                return (long) k;
            }
        }
    }

    /** Box-Muller without caching the second variate, to keep the sampler stateless. */
    static double gaussianFromUniforms(UniformRandomProvider rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
