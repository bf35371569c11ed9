package org.rolloutsim.model;

import org.rolloutsim.random.RandomStream;

/**
 * Poisson draws whose mean is fixed for a run (a wave's customization requests a week), with
 * {@code exp(-mean)} computed once: inversion from 0 costs one uniform and a few multiplications,
 * no transcendental function. Large means go to the stream's general sampler.
 */
final class FixedRatePoisson {
    private static final double INVERSION_LIMIT = 30;

    private final double mean;
    private final double start;

    FixedRatePoisson(double mean) {
        this.mean = Math.max(0, mean);
        this.start = Math.exp(-this.mean);
    }

    long sample(RandomStream stream) {
        if (mean <= 0) {
            return 0;
        }
        if (mean >= INVERSION_LIMIT) {
            return stream.poisson(mean);
        }
        double u = stream.nextDouble();
        double p = start;
        double cdf = p;
        long k = 0;
        while (u > cdf && k < 1000) { // the bound only guards against rounding in the tail
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }
}
