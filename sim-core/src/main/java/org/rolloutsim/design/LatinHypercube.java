package org.rolloutsim.design;

import org.rolloutsim.random.RandomStream;

/**
 * Latin hypercube sampling of one input over one block of runs: the probability range [0, 1) is cut
 * into {@code n} equal strata, a random permutation gives each run its stratum, and a uniform draw
 * places it inside. Each run's value alone is still a draw of the input; together the block covers
 * every stratum once, which removes most of the sampling noise in the input's contribution to means
 * and percentiles.
 *
 * <p>The permutation and the jitter come from the stream {@code design/lhs/<input>} of the block, so
 * they depend on the seed, the block and the input's name only: adding an input never shifts
 * another's strata, and two scenarios run with one seed share them (common random numbers).
 */
final class LatinHypercube {
    private LatinHypercube() {
    }

    /** The source name of an input's stratification stream. */
    static String source(UncertainInput input) {
        return "design/lhs/" + input.name();
    }

    /** Values of {@code input} for the {@code n} runs of {@code block}, in run order. */
    static double[] column(UncertainInput input, long seed, int block, int n) {
        RandomStream stream = RandomStream.of(seed, block, source(input));
        int[] strata = permutation(n, stream);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = input.quantile((strata[i] + stream.nextDouble()) / n);
        }
        return values;
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
    static int[] permutation(int n, RandomStream stream) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = stream.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
