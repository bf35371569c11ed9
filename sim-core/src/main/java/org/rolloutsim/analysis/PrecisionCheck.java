package org.rolloutsim.analysis;

/**
 * One look at the precision reached after {@code runs} runs: for each P80, how far the farther end
 * of its 95% interval lies from the P80, relative to the P80 (infinite while the interval has an
 * open end or the P80 is 0). A percentile's interval is not symmetric, so "within P of the
 * estimate" is judged by its farther end, not by its half-width.
 *
 * @param beyondHorizon true when P80 completion lies beyond the horizon with 95% confidence (its
 *                      interval starts there): the runs there have no completion week to measure,
 *                      nor a whole cost, and more runs would not change that
 */
public record PrecisionCheck(int runs, double completionRelativeReach, double costRelativeReach,
                             boolean beyondHorizon) {

    public PrecisionCheck(int runs, double completionRelativeReach, double costRelativeReach) {
        this(runs, completionRelativeReach, costRelativeReach, false);
    }

    boolean meets(double relativePrecision) {
        return !beyondHorizon && completionRelativeReach <= relativePrecision && costRelativeReach <= relativePrecision;
    }
}
