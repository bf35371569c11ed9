package org.rolloutsim.design;

import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.RandomStream;

/** Uncertain inputs for design tests: a named distribution drawn from a stream named after it. */
record Inputs(String name, Distribution distribution) implements UncertainInput {

    @Override
    public double draw(long seed, int runIndex) {
        return distribution.sample(RandomStream.of(seed, runIndex, "test/" + name));
    }

    @Override
    public double quantile(double p) {
        return distribution.quantileWithin(p, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    static Inputs uniform(String name) {
        return new Inputs(name, new Distribution.Uniform(0, 1));
    }

    static Inputs triangular(String name) {
        return new Inputs(name, new Distribution.Triangular(0.75, 0.85, 0.95));
    }

    static Inputs lognormal(String name) {
        return new Inputs(name, new Distribution.LogNormal(4, 1.6));
    }
}
