package org.rolloutsim.design;

import java.util.List;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.output.RunOutput;

/**
 * A model whose runs can be given their uncertain inputs instead of drawing them: what input
 * designs (Latin hypercube, rank correlations) and variance-based sensitivity need.
 *
 * <p>{@link #run(long, int, RunOutput)} must equal {@link #run(long, int, double[], RunOutput)} with
 * each input's {@link UncertainInput#draw}.
 */
public interface DesignedModel extends MonteCarloModel {

    /** The uncertain inputs, in a fixed order: the order of the values a run is given. */
    List<UncertainInput> inputs();

    /**
     * Simulates run {@code runIndex} with the uncertain inputs set to {@code values} (in the order
     * of {@link #inputs()}); every other random number still comes from the run's own streams.
     */
    void run(long seed, int runIndex, double[] values, RunOutput out);
}
