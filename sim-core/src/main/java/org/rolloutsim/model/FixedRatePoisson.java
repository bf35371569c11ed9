package org.rolloutsim.model;

import org.rolloutsim.random.RandomStream;

/**
 * Poisson draws whose mean is fixed for a run (a wave's customization requests a week). The
 * cumulative probabilities are tabulated on first use, with a guide table (Chen and Asau) that
 * points each uniform close to its answer, so a draw is one uniform and a comparison or two: the
 * same inversion as summing the probabilities term by term, without the arithmetic. Large means
 * go to the stream's general sampler.
 */
final class FixedRatePoisson {
    private static final double INVERSION_LIMIT = 30;
    private static final int MAX_TERMS = 1000;

    private final double mean;
    private double[] cdf;
    private int[] guide;

    FixedRatePoisson(double mean) {
        this.mean = Math.max(0, mean);
    }

    long sample(RandomStream stream) {
        if (mean <= 0) {
            return 0;
        }
        if (mean >= INVERSION_LIMIT) {
            return stream.poisson(mean);
        }
        return inverse(stream.nextDouble());
    }

    /**
     * The count a uniform {@code u} in [0, 1) gives: the smallest k with {@code P(X <= k) >= u},
     * from the table (for any mean, though draws of large means go to the general sampler). Tests
     * give the uniforms a stream would reach only by chance: on a tabulated probability, at the
     * start of a guide cell, above the tabulated mass.
     */
    long inverse(double u) {
        if (cdf == null) {
            tabulate();
        }
        int last = cdf.length - 1;
        if (u > cdf[last]) {
            return tail(u, last); // beyond the tabulated mass (rounding): continue the sum
        }
        int k = guide[(int) (u * guide.length)];
        while (u > cdf[k]) {
            k++;
        }
        return k;
    }

    /**
     * {@code cdf[k] = P(X <= k)} summed term by term, until adding a term no longer changes it. The
     * sum runs twice, first to count the terms, so the table is allocated once at its size: a run
     * makes two tables per wave.
     */
    private void tabulate() {
        cdf = new double[sum(null) + 1];
        sum(cdf);
        guide = new int[cdf.length];
        int j = 0;
        for (int i = 0; i < guide.length; i++) {
            // the smallest k whose cdf reaches i / m: every uniform in [i/m, (i+1)/m) starts there
            double floor = (double) i / guide.length;
            while (j < cdf.length - 1 && cdf[j] < floor) {
                j++;
            }
            guide[i] = j;
        }
    }

    /** Sums the terms into {@code table} (when not null) and returns the index of the last one. */
    private int sum(double[] table) {
        double p = Math.exp(-mean);
        double sum = p;
        if (table != null) {
            table[0] = sum;
        }
        int k = 0;
        while (k < MAX_TERMS) {
            double next = p * (mean / (k + 1)); // the same rounding as p *= mean / k, term by term
            if (sum + next == sum && k > mean) {
                break;
            }
            p = next;
            sum += p;
            k++;
            if (table != null) {
                table[k] = sum;
            }
        }
        return k;
    }

    private long tail(double u, int last) {
        double p = Math.exp(-mean);
        for (int i = 1; i <= last; i++) {
            p *= mean / i;
        }
        double sum = cdf[last];
        long k = last;
        while (u > sum && k < MAX_TERMS) {
            k++;
            p *= mean / k;
            sum += p;
        }
        return k;
    }
}
