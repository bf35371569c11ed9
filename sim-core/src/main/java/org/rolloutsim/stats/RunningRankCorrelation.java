package org.rolloutsim.stats;

/**
 * Pearson correlation of two sequences of n average ranks (both averaging (n+1)/2), accumulated a
 * pair at a time so neither sequence need be kept whole.
 */
final class RunningRankCorrelation {
    private final double mean;
    private double sab;
    private double saa;
    private double sbb;

    RunningRankCorrelation(int n) {
        this.mean = (n + 1) / 2.0;
    }

    void add(double a, double b) {
        double da = a - mean;
        double db = b - mean;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
    }

    /** The correlation, in [-1, 1]; NaN when either sequence is flat. */
    double value() {
        if (saa == 0 || sbb == 0) {
            return Double.NaN;
        }
        double r = sab / Math.sqrt(saa * sbb);
        return Math.max(-1, Math.min(1, r));
    }
}
