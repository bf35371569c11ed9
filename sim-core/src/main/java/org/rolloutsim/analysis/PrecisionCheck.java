package org.rolloutsim.analysis;

/**
 * One look at the precision reached after {@code runs} runs: for each P80, how far the farther end
 * of its 95% interval lies from the P80, relative to the P80 (infinite while the interval has an
 * open end or the P80 is 0). A percentile's interval is not symmetric, so "within P of the
 * estimate" is judged by its farther end, not by its half-width.
 */
public record PrecisionCheck(int runs, double completionRelativeReach, double costRelativeReach) {

    boolean meets(double relativePrecision) {
        return completionRelativeReach <= relativePrecision && costRelativeReach <= relativePrecision;
    }
}
