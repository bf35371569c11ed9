package org.rolloutsim.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * A {@link DesignedModel} whose runs take their inputs from an {@link InputDesign}: what the batch
 * runner runs when sampling is not independent random. The first run of a block to start computes
 * the block's inputs (others of the block wait for it); the few most recent blocks are kept, and a
 * block computed again gives the same values, so results depend on the seed and run index only.
 */
public final class DesignedRuns implements MonteCarloModel {
    private static final int KEPT_BLOCKS = 4;

    private final DesignedModel model;
    private final InputDesign design;
    private final List<UncertainInput> inputs;
    private final Map<BlockKey, Block> blocks = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BlockKey, Block> eldest) {
            return size() > KEPT_BLOCKS;
        }
    };

    public DesignedRuns(DesignedModel model, InputDesign design) {
        this.model = model;
        this.design = design;
        this.inputs = List.copyOf(model.inputs());
    }

    /** {@code model} itself for independent random sampling, else its runs under {@code design}. */
    public static MonteCarloModel of(DesignedModel model, InputDesign design) {
        return design.isIndependentRandom() ? model : new DesignedRuns(model, design);
    }

    @Override
    public OutputSchema schema() {
        return model.schema();
    }

    @Override
    public void run(long seed, int runIndex, RunOutput out) {
        double[][] values = block(seed, runIndex / InputDesign.BLOCK_RUNS).values();
        model.run(seed, runIndex, values[runIndex % InputDesign.BLOCK_RUNS], out);
    }

    /** The inputs run {@code runIndex} gets; for tests and reports. */
    public double[] inputsOf(long seed, int runIndex) {
        return block(seed, runIndex / InputDesign.BLOCK_RUNS).values()[runIndex % InputDesign.BLOCK_RUNS].clone();
    }

    private Block block(long seed, int index) {
        synchronized (blocks) {
            return blocks.computeIfAbsent(new BlockKey(seed, index), Block::new);
        }
    }

    private record BlockKey(long seed, int index) {
    }

    /** One block's inputs, computed once by the first run that asks. */
    private final class Block {
        private final BlockKey key;
        private double[][] values;

        Block(BlockKey key) {
            this.key = key;
        }

        synchronized double[][] values() {
            if (values == null) {
                values = design.block(inputs, key.seed(), key.index());
            }
            return values;
        }
    }
}
