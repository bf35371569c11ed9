package org.rolloutsim.model;

import org.rolloutsim.design.UncertainInput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.random.StreamKey;

/**
 * One uncertain input of a scenario: where it lives in the file, its distribution, the range a draw
 * is truncated to, and the slot of the run's input array it fills.
 *
 * @param path dotted field path, also the name of its sampled-parameter output column
 *             ({@code sites.mercy-central.complexity}, {@code testDetection})
 */
record InputField(String path, Distribution distribution, double min, double max, int slot)
        implements UncertainInput {

    /** The random source this input draws from: {@code parameters/} + path with '/' for '.'. */
    String source() {
        return "parameters/" + path.replace('.', '/');
    }

    @Override
    public String name() {
        return path;
    }

    /** The run's draw from its {@link #source()} stream: exactly what the run draws for itself. */
    @Override
    public double draw(long seed, int runIndex) {
        RandomStream stream = RandomStream.ofSource(seed, runIndex, StreamKey.sourceHash(source()));
        return distribution.sampleWithin(stream, min, max);
    }

    @Override
    public double quantile(double p) {
        return distribution.quantileWithin(p, min, max);
    }
}
