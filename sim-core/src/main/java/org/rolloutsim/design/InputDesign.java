package org.rolloutsim.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.rolloutsim.random.RandomStream;

/**
 * How the uncertain inputs of each block of runs are chosen: a {@link Sampling} and the rank
 * correlations to impose. Blocks are runs {@code [b·BLOCK_RUNS, (b+1)·BLOCK_RUNS)}, fixed by run
 * index, so a run's inputs depend only on the seed and its block: never on threads, on the batch's
 * size, or on where a batch continuing another starts. A batch that ends inside a block uses its
 * first runs.
 *
 * <p>{@link #isIndependentRandom()} designs are today's sampling: runs draw for themselves.
 */
public final class InputDesign {
    /** Runs per design block. */
    public static final int BLOCK_RUNS = 256;
    /** At most this many inputs may be correlated (a block must be larger than their number). */
    public static final int MAX_CORRELATED = 100;

    private final Sampling sampling;
    private final List<RankCorrelation> correlations;
    private final int[] correlated;
    private final RealMatrix factor;

    /**
     * @param inputs       the model's uncertain inputs
     * @param correlations target rank correlations between named inputs; pairs with 0 are skipped
     * @throws IllegalArgumentException when a pair names no input, or the matrix is not valid
     */
    public InputDesign(Sampling sampling, List<UncertainInput> inputs, List<RankCorrelation> correlations) {
        this.sampling = sampling;
        List<RankCorrelation> used = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RankCorrelation c : correlations) {
            if (c.rank() == 0) {
                continue;
            }
            used.add(c);
            for (String name : List.of(c.first(), c.second())) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        this.correlations = List.copyOf(used);
        if (names.size() > MAX_CORRELATED) {
            throw new IllegalArgumentException("at most " + MAX_CORRELATED + " inputs may be correlated: " + names.size());
        }
        List<String> all = inputs.stream().map(UncertainInput::name).toList();
        correlated = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            correlated[i] = all.indexOf(names.get(i));
            if (correlated[i] < 0) {
                throw new IllegalArgumentException("no uncertain input named " + names.get(i));
            }
        }
        if (names.isEmpty()) {
            factor = null;
        } else {
            double[][] matrix = CorrelationMatrix.of(names, used);
            if (!CorrelationMatrix.isPositiveSemiDefinite(matrix)) {
                throw new IllegalArgumentException("the rank correlations are not a valid correlation matrix");
            }
            factor = CorrelationMatrix.normalScoreFactor(matrix);
        }
    }

    /** Independent random sampling, each run drawing its own inputs: MODEL.md 2.7. */
    public static InputDesign independentRandom(List<UncertainInput> inputs) {
        return new InputDesign(Sampling.RANDOM, inputs, List.of());
    }

    public Sampling sampling() {
        return sampling;
    }

    /** The correlations applied (those not 0), in the order given. */
    public List<RankCorrelation> correlations() {
        return correlations;
    }

    /** True for the design in which each run draws its own inputs: nothing to prepare per block. */
    public boolean isIndependentRandom() {
        return sampling == Sampling.RANDOM && correlations.isEmpty();
    }

    /**
     * The inputs of every run of {@code block}: {@code values[offset][input]} for run
     * {@code block·BLOCK_RUNS + offset}, inputs in the order of {@code inputs}.
     */
    public double[][] block(List<UncertainInput> inputs, long seed, int block) {
        int k = inputs.size();
        int first = block * BLOCK_RUNS;
        double[][] columns = new double[k][];
        for (int j = 0; j < k; j++) {
            UncertainInput input = inputs.get(j);
            if (sampling == Sampling.LHS) {
                columns[j] = LatinHypercube.column(input, seed, block, BLOCK_RUNS);
            } else {
                double[] column = new double[BLOCK_RUNS];
                for (int i = 0; i < BLOCK_RUNS; i++) {
                    column[i] = input.draw(seed, first + i);
                }
                columns[j] = column;
            }
        }
        if (factor != null) {
            double[][] reordered = new double[correlated.length][];
            for (int c = 0; c < correlated.length; c++) {
                reordered[c] = columns[correlated[c]];
            }
            ImanConover.reorder(reordered, factor, RandomStream.of(seed, block, "design/rank-correlation"));
        }
        double[][] values = new double[BLOCK_RUNS][k];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < BLOCK_RUNS; i++) {
                values[i][j] = columns[j][i];
            }
        }
        return values;
    }
}
