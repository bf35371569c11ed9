package org.rolloutsim.stats;

/**
 * Reads the values of a {@link ScalarColumn} in run order with one segment in memory, so a statistic
 * that visits every run once needs no array of one number per run.
 */
public final class ColumnReader {
    private final ScalarColumn column;
    private final int n;
    private final int segmentRuns;
    private final double[] buffer;
    private int segment = -1;

    /** A reader of the first {@code n} values of {@code column}. */
    ColumnReader(ScalarColumn column, int n) {
        this.column = column;
        this.n = n;
        this.segmentRuns = column.segmentRuns();
        this.buffer = new double[Math.min(n, segmentRuns)];
    }

    /** The value of run {@code i}; cheapest when runs are read in ascending order. */
    public double get(int i) {
        int k = i / segmentRuns;
        if (k != segment) {
            column.copySegment(k, buffer, 0, Math.min(segmentRuns, n - k * segmentRuns));
            segment = k;
        }
        return buffer[i - k * segmentRuns];
    }
}
