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

    /** Runs per segment: how many {@link #segment} holds at once. */
    int segmentRuns() {
        return segmentRuns;
    }

    /**
     * The values of segment {@code k}: runs from {@code k·segmentRuns()}, as many of them as the reader
     * reads there, for a loop over the runs with no call per run. The array is the reader's own and
     * holds the next segment read.
     */
    double[] segment(int k) {
        if (k != segment) {
            column.copySegment(k, buffer, 0, Math.min(segmentRuns, n - k * segmentRuns));
            segment = k;
        }
        return buffer;
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
