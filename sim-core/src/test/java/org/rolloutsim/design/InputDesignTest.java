package org.rolloutsim.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class InputDesignTest {
    private static final long SEED = 20_261_125L;

    /** Input {@code j} of runs [0, runs) under {@code design}. */
    private static double[][] columns(InputDesign design, List<UncertainInput> inputs, int runs) {
        double[][] columns = new double[inputs.size()][runs];
        for (int b = 0; b * InputDesign.BLOCK_RUNS < runs; b++) {
            double[][] block = design.block(inputs, SEED, b);
            for (int i = 0; i < InputDesign.BLOCK_RUNS && b * InputDesign.BLOCK_RUNS + i < runs; i++) {
                for (int j = 0; j < inputs.size(); j++) {
                    columns[j][b * InputDesign.BLOCK_RUNS + i] = block[i][j];
                }
            }
        }
        return columns;
    }

    @Test
    void randomSamplingGivesEachRunItsOwnDraw() {
        List<UncertainInput> inputs = List.of(Inputs.triangular("a"), Inputs.lognormal("b"));
        double[][] block = new InputDesign(Sampling.RANDOM, inputs, List.of()).block(inputs, SEED, 3);
        for (int i = 0; i < InputDesign.BLOCK_RUNS; i++) {
            int run = 3 * InputDesign.BLOCK_RUNS + i;
            assertEquals(inputs.get(0).draw(SEED, run), block[i][0]);
            assertEquals(inputs.get(1).draw(SEED, run), block[i][1]);
        }
    }

    @Test
    void latinHypercubePutsOneRunInEachStratumOfEachInput() {
        List<UncertainInput> inputs = List.of(Inputs.uniform("a"), Inputs.uniform("b"));
        double[][] block = new InputDesign(Sampling.LHS, inputs, List.of()).block(inputs, SEED, 0);
        for (int j = 0; j < 2; j++) {
            double[] x = new double[InputDesign.BLOCK_RUNS];
            for (int i = 0; i < x.length; i++) {
                x[i] = block[i][j];
            }
            Arrays.sort(x);
            for (int i = 0; i < x.length; i++) {
                assertTrue(x[i] >= (double) i / x.length && x[i] < (i + 1.0) / x.length, "stratum " + i + ": " + x[i]);
            }
        }
        assertFalse(Arrays.equals(column(block, 0), column(block, 1)), "inputs are stratified independently");
    }

    private static double[] column(double[][] block, int j) {
        return Arrays.stream(block).mapToDouble(row -> row[j]).toArray();
    }

    @Test
    void aBlocksInputsDependOnlyOnTheSeedAndTheBlock() {
        List<UncertainInput> inputs = List.of(Inputs.triangular("a"), Inputs.lognormal("b"));
        InputDesign design = new InputDesign(Sampling.LHS, inputs, List.of(new RankCorrelation("a", "b", 0.5)));
        assertTrue(Arrays.deepEquals(design.block(inputs, SEED, 7), design.block(inputs, SEED, 7)));
        assertFalse(Arrays.deepEquals(design.block(inputs, SEED, 7), design.block(inputs, SEED, 8)));
        // an input added (here first in the list) does not move another input's strata
        List<UncertainInput> more = List.of(Inputs.uniform("c"), inputs.get(0), inputs.get(1));
        InputDesign plain = new InputDesign(Sampling.LHS, inputs, List.of());
        InputDesign plainMore = new InputDesign(Sampling.LHS, more, List.of());
        assertArrayEquals(column(plain.block(inputs, SEED, 2), 1), column(plainMore.block(more, SEED, 2), 2));
    }

    /**
     * The target rank correlation is met over 10,000 runs to within 0.02 (the criterion).
     * Iman–Conover makes the scores' correlation exact in each 256-run block; what is left is the
     * difference between a block's rank and score correlation, about 0.01 at 0.7.
     */
    @Test
    void targetRankCorrelationIsMetWithinTwoHundredths() {
        List<UncertainInput> inputs = List.of(Inputs.triangular("a"), Inputs.lognormal("b"), Inputs.uniform("c"));
        for (Sampling sampling : Sampling.values()) {
            InputDesign design = new InputDesign(sampling, inputs, List.of(new RankCorrelation("a", "b", 0.7),
                    new RankCorrelation("b", "c", -0.3)));
            double[][] x = columns(design, inputs, 10_000);
            SpearmansCorrelation spearman = new SpearmansCorrelation();
            assertEquals(0.7, spearman.correlation(x[0], x[1]), 0.02, sampling + " a~b");
            assertEquals(-0.3, spearman.correlation(x[1], x[2]), 0.02, sampling + " b~c");
            assertEquals(0, spearman.correlation(x[0], x[2]), 0.03, sampling + " a~c (implied by the others: about -0.2 at most)");
        }
    }

    @Test
    void reorderingKeepsEveryValueOfTheBlock() {
        List<UncertainInput> inputs = List.of(Inputs.triangular("a"), Inputs.lognormal("b"));
        double[][] plain = new InputDesign(Sampling.RANDOM, inputs, List.of()).block(inputs, SEED, 1);
        double[][] correlated = new InputDesign(Sampling.RANDOM, inputs, List.of(new RankCorrelation("a", "b", 0.9)))
                .block(inputs, SEED, 1);
        for (int j = 0; j < 2; j++) {
            double[] p = column(plain, j);
            double[] c = column(correlated, j);
            assertFalse(Arrays.equals(p, c), "reordered");
            Arrays.sort(p);
            Arrays.sort(c);
            assertArrayEquals(p, c, "same values");
        }
    }

    @Test
    void zeroCorrelationsAreSkipped() {
        List<UncertainInput> inputs = List.of(Inputs.triangular("a"), Inputs.lognormal("b"));
        InputDesign design = new InputDesign(Sampling.RANDOM, inputs, List.of(new RankCorrelation("a", "b", 0)));
        assertTrue(design.isIndependentRandom());
        assertEquals(List.of(), design.correlations());
        assertFalse(new InputDesign(Sampling.LHS, inputs, List.of()).isIndependentRandom());
    }

    @Test
    void inconsistentCorrelationsAreRefused() {
        List<UncertainInput> inputs = List.of(Inputs.uniform("a"), Inputs.uniform("b"), Inputs.uniform("c"));
        List<RankCorrelation> impossible = List.of(new RankCorrelation("a", "b", 0.9),
                new RankCorrelation("b", "c", 0.9), new RankCorrelation("a", "c", -0.9));
        assertThrows(IllegalArgumentException.class, () -> new InputDesign(Sampling.RANDOM, inputs, impossible));
        assertThrows(IllegalArgumentException.class, () -> new InputDesign(Sampling.RANDOM, inputs,
                List.of(new RankCorrelation("a", "nothing", 0.5))));
    }
}
