package org.rolloutsim.analysis;

/**
 * When precision mode may stop: once the 95% interval of P80 completion week and of P80 programme
 * cost are each narrower than {@code relativePrecision} of the P80 itself (half-width / P80), or at
 * {@code maxRuns}.
 *
 * @param relativePrecision e.g. 0.01 for "P80 known to within 1%"
 * @param firstBlockRuns    runs before the first check
 * @param blockRuns         the unit blocks are made of; later blocks grow to about 1/8 of the
 *                          runs so far (a whole number of units), so checks stay cheap for large
 *                          batches while a batch overshoots its stopping point by at most ~1/8
 * @param maxRuns           the most runs to do whatever the precision reached
 */
public record PrecisionSettings(double relativePrecision, int firstBlockRuns, int blockRuns, int maxRuns) {

    public PrecisionSettings {
        if (!(relativePrecision > 0)) {
            throw new IllegalArgumentException("relativePrecision must be > 0");
        }
        if (firstBlockRuns < 1 || blockRuns < 1 || maxRuns < 1) {
            throw new IllegalArgumentException("run counts must be >= 1");
        }
    }

    /** 1% precision, checked from 1,000 runs in blocks of 1,000 upward, at most {@code maxRuns}. */
    public static PrecisionSettings of(double relativePrecision, int maxRuns) {
        return new PrecisionSettings(relativePrecision, 1000, 1000, maxRuns);
    }

    /** The size of the block after {@code done} runs. */
    int nextBlock(int done) {
        if (done == 0) {
            return Math.min(firstBlockRuns, maxRuns);
        }
        long units = Math.max(1, done / (8L * blockRuns));
        return (int) Math.min(units * blockRuns, (long) maxRuns - done);
    }
}
