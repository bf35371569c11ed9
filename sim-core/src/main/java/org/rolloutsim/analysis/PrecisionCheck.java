package org.rolloutsim.analysis;

/**
 * One look at the precision reached after {@code runs} runs: half-width of each P80's 95% interval
 * divided by the P80 (infinite while the interval has an open end or the P80 is 0).
 */
public record PrecisionCheck(int runs, double completionRelativeHalfWidth, double costRelativeHalfWidth) {

    boolean meets(double relativePrecision) {
        return completionRelativeHalfWidth <= relativePrecision && costRelativeHalfWidth <= relativePrecision;
    }
}
