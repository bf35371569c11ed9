package org.rolloutsim.batch;

import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * A stochastic model the batch runner can replicate. Implementations must be safe to call from
 * several threads at once: all mutable state of a run is created inside {@link #run}, and every
 * random number comes from streams keyed by (seed, runIndex, source), so a run's result depends on
 * nothing but its arguments.
 */
public interface MonteCarloModel {

    /** The layout of what {@link #run} records. */
    OutputSchema schema();

    /** Simulates run {@code runIndex} of a batch with {@code seed} and records it into {@code out}. */
    void run(long seed, int runIndex, RunOutput out);
}
