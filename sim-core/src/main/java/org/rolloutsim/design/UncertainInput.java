package org.rolloutsim.design;

/**
 * One uncertain input of a model, as an input design sees it: a name, the draw a run makes of it
 * on its own, and its inverse distribution function.
 */
public interface UncertainInput {

    /** The input's name, unique within its model ({@code testDetection}, {@code sites.central.complexity}). */
    String name();

    /** The value run {@code runIndex} of a batch with {@code seed} draws for itself from its own stream. */
    double draw(long seed, int runIndex);

    /** The value at probability {@code p} in [0, 1]: a uniform {@code p} gives a draw of the input. */
    double quantile(double p);
}
