package org.rolloutsim.spark;

import java.io.Serializable;
import org.rolloutsim.batch.BatchRunner;

/**
 * How a batch of {@code runs} runs is cut into blocks of {@code blockRuns} (the last may be
 * shorter). Results never depend on it; it sets how finely work spreads over the executors.
 *
 * @param runs      runs in the batch
 * @param blockRuns runs per block: a multiple of {@link BatchRunner#DEFAULT_BLOCK_SIZE}
 */
record BlockPlan(int runs, int blockRuns) implements Serializable {
    /** Blocks per executor core aimed at: enough for an even finish and retried blocks to be cheap. */
    static final int BLOCKS_PER_CORE = 4;
    /** The largest automatic block: about 16k runs keeps a block's partial result a few megabytes per scalar kind. */
    static final int MAX_AUTO_BLOCK = 16_384;

    BlockPlan {
        if (runs < 0 || blockRuns < 1 || blockRuns % BatchRunner.DEFAULT_BLOCK_SIZE != 0) {
            throw new IllegalArgumentException("bad block plan: " + runs + " runs in blocks of " + blockRuns);
        }
    }

    /**
     * Blocks of {@code requested} runs when given (rounded up to a multiple of 256), else about
     * {@value #BLOCKS_PER_CORE} blocks per core of {@code parallelism}, from 256 to
     * {@value #MAX_AUTO_BLOCK} runs.
     */
    static BlockPlan of(int runs, int parallelism, int requested) {
        int unit = BatchRunner.DEFAULT_BLOCK_SIZE;
        int size;
        if (requested > 0) {
            size = roundUp(requested, unit);
        } else {
            long perBlock = (long) Math.ceil(runs / (double) (BLOCKS_PER_CORE * Math.max(1, parallelism)));
            size = (int) Math.max(unit, Math.min(MAX_AUTO_BLOCK, roundUp(perBlock, unit)));
        }
        return new BlockPlan(runs, size);
    }

    private static int roundUp(long n, int unit) {
        return (int) Math.min(Integer.MAX_VALUE / 2, (n + unit - 1) / unit * unit);
    }

    int blocks() {
        return (int) ((runs + (long) blockRuns - 1) / blockRuns);
    }

    int firstRun(int block) {
        return block * blockRuns;
    }

    int size(int block) {
        return Math.min(blockRuns, runs - firstRun(block));
    }
}
