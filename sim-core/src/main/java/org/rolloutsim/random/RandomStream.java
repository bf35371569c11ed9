package org.rolloutsim.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One independent stream of random numbers, owned by one random source of one run.
 *
 * <p>Uniforms come from Commons RNG's xoshiro256++; the discrete draws the model makes every week
 * (binomial and Poisson with parameters that change each call) use this project's own
 * allocation-free samplers, because Commons RNG's discrete samplers precompute tables per parameter
 * set. Not thread-safe: a stream belongs to one run, and a run to one thread.
 */
public final class RandomStream {
    private final UniformRandomProvider uniform;
    /** Made on the first normal draw: most of a run's streams never draw one. */
    private ZigguratSampler.NormalizedGaussian gaussian;

    private RandomStream(UniformRandomProvider uniform) {
        this.uniform = uniform;
    }

    /** The stream of {@code source} in run {@code runIndex} of a batch with {@code seed}. */
    public static RandomStream of(long seed, long runIndex, String source) {
        return new RandomStream(new XoShiRo256PlusPlus(StreamKey.state(seed, runIndex, source)));
    }

    /**
     * The same stream as {@link #of(long, long, String)}, given the source name's
     * {@link StreamKey#sourceHash}: for sources opened run after run.
     */
    public static RandomStream ofSource(long seed, long runIndex, long sourceHash) {
        // the words of StreamKey.state without its array: a run opens some thirty streams
        long key = StreamKey.key(seed, runIndex, sourceHash);
        long s0 = StreamKey.word(key, 0);
        long s1 = StreamKey.word(key, 1);
        long s2 = StreamKey.word(key, 2);
        long s3 = StreamKey.word(key, 3);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = StreamKey.ALL_ZERO_REPLACEMENT;
        }
        return new RandomStream(new XoShiRo256PlusPlus(s0, s1, s2, s3));
    }

    /** The underlying uniform generator, for Commons RNG samplers that fit a use. */
    public UniformRandomProvider provider() {
        return uniform;
    }

    /** Uniform on [0, 1). */
    public double nextDouble() {
        return uniform.nextDouble();
    }

    /** Uniform on (0, 1]: safe to take the logarithm of. */
    public double nextOpenDouble() {
        return 1.0 - uniform.nextDouble();
    }

    /** Uniform integer on [0, bound). */
    public int nextInt(int bound) {
        return uniform.nextInt(bound);
    }

    /** Uniform integer on [from, to], both included. */
    public int nextIntInclusive(int from, int to) {
        return from + uniform.nextInt(to - from + 1);
    }

    /** True with probability {@code p}. */
    public boolean bernoulli(double p) {
        return uniform.nextDouble() < p;
    }

    /** Standard normal. */
    public double gaussian() {
        if (gaussian == null) {
            gaussian = ZigguratSampler.NormalizedGaussian.of(uniform); // holds no state of its own but the tables
        }
        return gaussian.sample();
    }

    /** Binomial(n, p); see {@link BinomialSampler}. */
    public long binomial(long n, double p) {
        return BinomialSampler.sample(uniform, n, p);
    }

    /** Poisson(mean); see {@link PoissonSampler}. */
    public long poisson(double mean) {
        return PoissonSampler.sample(uniform, mean);
    }
}
