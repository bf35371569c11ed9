package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.design.DesignedModel;
import org.rolloutsim.design.UncertainInput;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;

/**
 * Sobol indices of the Ishigami function, whose indices are known in closed form (Ishigami and
 * Homma 1990; a = 7, b = 0.1, inputs uniform on [-π, π]).
 */
class SobolIndicesTest {
    private static final double A = 7;
    private static final double B = 0.1;
    private static final double PI4 = Math.pow(Math.PI, 4);
    private static final double PI8 = Math.pow(Math.PI, 8);
    private static final double V = A * A / 8 + B * PI4 / 5 + B * B * PI8 / 18 + 0.5;
    private static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
    private static final double V2 = A * A / 8;
    private static final double V13 = B * B * PI8 * 8 / 225;
    private static final double[] FIRST = {V1 / V, V2 / V, 0};
    private static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};

    /** y = sin x1 + a sin² x2 + b x3⁴ sin x1; a fourth input, x4, does nothing. */
    static final class Ishigami implements DesignedModel {
        private final OutputSchema schema = new OutputSchema(
                List.of(new OutputSchema.Scalar("y", OutputSchema.Kind.OUTPUT)), List.of(), 1);
        private final List<UncertainInput> inputs = List.of(x("x1"), x("x2"), x("x3"), x("x4"));

        private static UncertainInput x(String name) {
            return new UncertainInput() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public double draw(long seed, int runIndex) {
                    return quantile(RandomStream.of(seed, runIndex, name).nextDouble());
                }

                @Override
                public double quantile(double p) {
                    return -Math.PI + 2 * Math.PI * p;
                }
            };
        }

        @Override
        public OutputSchema schema() {
            return schema;
        }

        @Override
        public List<UncertainInput> inputs() {
            return inputs;
        }

        @Override
        public void run(long seed, int runIndex, RunOutput out) {
            double[] x = new double[inputs.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = inputs.get(i).draw(seed, runIndex);
            }
            run(seed, runIndex, x, out);
        }

        @Override
        public void run(long seed, int runIndex, double[] x, RunOutput out) {
            out.set(0, Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]));
        }
    }

    /**
     * Ishigami's x1 cut off at 1, as a run not finished by the horizon holds the horizon: y = min(x1, 1)
     * and {@code censored} 1 where x1 passed it, in a share (π − 1) / 2π = 0.341 of runs.
     */
    static final class CutOff implements DesignedModel {
        private final Ishigami ishigami = new Ishigami();
        private final OutputSchema schema = new OutputSchema(List.of(
                new OutputSchema.Scalar("y", OutputSchema.Kind.OUTPUT),
                new OutputSchema.Scalar("censored", OutputSchema.Kind.OUTPUT)), List.of(), 1);

        @Override
        public OutputSchema schema() {
            return schema;
        }

        @Override
        public List<UncertainInput> inputs() {
            return ishigami.inputs();
        }

        @Override
        public void run(long seed, int runIndex, RunOutput out) {
            throw new UnsupportedOperationException("the design gives the inputs");
        }

        @Override
        public void run(long seed, int runIndex, double[] x, RunOutput out) {
            out.set(0, Math.min(x[0], 1));
            out.set(1, x[0] > 1 ? 1 : 0);
        }
    }

    /**
     * The study counts its runs cut off at the horizon, so that it can say its indices are of an
     * output capped there: every run of the design (A, B and each AB_i) draws x1 anew or from A or B,
     * so a share of about 0.341 of them (sd about 0.01 over 3,000 runs; 4 sd). A model with no
     * {@code censored} output has none.
     */
    @Test
    void countsTheRunsCutOffAtTheHorizon() {
        SobolIndices.Result r;
        try (BatchRunner runner = new BatchRunner(2)) {
            r = new SobolIndices(new CutOff(), List.of("x1")).run(11L, 1000, List.of("y"), 0.95, runner, null, null);
        }
        assertEquals(3000, r.modelRuns());
        assertEquals((Math.PI - 1) / (2 * Math.PI), r.unfinishedShare(), 0.04);
        assertEquals(r.unfinishedRuns() / 3000.0, r.unfinishedShare());
        assertEquals(0, analyse(5L, 100, List.of("x1")).unfinishedRuns(), "Ishigami has no censored output");
    }

    private static SobolIndices.Result analyse(long seed, int n, List<String> inputs) {
        try (BatchRunner runner = new BatchRunner(1)) {
            return new SobolIndices(new Ishigami(), inputs).run(seed, n, List.of("y"), 0.95, runner, null, null);
        }
    }

    /** With 10,000 rows each estimate is within 0.03 of the truth (its bootstrap half-width is about 0.02). */
    @Test
    void estimatesTheIshigamiIndices() {
        SobolIndices.Result r = analyse(20_261_125L, 10_000, List.of("x1", "x2", "x3"));
        assertEquals(50_000, r.modelRuns());
        List<SobolIndices.Index> indices = r.outputs().get(0).indices();
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index x = indices.get(i);
            assertEquals(FIRST[i], x.first(), 0.03, x.input() + " first order");
            assertEquals(TOTAL[i], x.total(), 0.03, x.input() + " total");
            assertTrue(x.firstCi().lower() <= x.first() && x.first() <= x.firstCi().upper(), x.toString());
        }
        assertEquals(V, r.outputs().get(0).variance(), 0.03 * V, "variance");
    }

    /**
     * The 95% bootstrap intervals cover the true indices: over 20 seeds of 2,000 rows, 120 intervals
     * (first and total of x1, x2, x3) cover about 114 if the intervals are right; fewer than 100
     * would be 5 binomial standard deviations short.
     */
    @Test
    void bootstrapIntervalsCoverTheTrueIndices() {
        int covered = 0;
        for (long seed = 1; seed <= 20; seed++) {
            List<SobolIndices.Index> indices = analyse(seed, 2000, List.of("x1", "x2", "x3")).outputs().get(0).indices();
            for (int i = 0; i < 3; i++) {
                SobolIndices.Index x = indices.get(i);
                covered += x.firstCi().lower() <= FIRST[i] && FIRST[i] <= x.firstCi().upper() ? 1 : 0;
                covered += x.totalCi().lower() <= TOTAL[i] && TOTAL[i] <= x.totalCi().upper() ? 1 : 0;
            }
        }
        assertTrue(covered >= 100, "covered " + covered + " of 120");
    }

    /** An input left out of the study counts with the unexplained rest: x2 alone explains only its share. */
    @Test
    void inputsNotStudiedCountAsTheUnexplainedRest() {
        SobolIndices.Index x2 = analyse(7, 10_000, List.of("x2", "x4")).outputs().get(0).indices().get(0);
        assertEquals(FIRST[1], x2.first(), 0.03);
        assertEquals(TOTAL[1], x2.total(), 0.03);
        SobolIndices.Index x4 = analyse(7, 10_000, List.of("x2", "x4")).outputs().get(0).indices().get(1);
        assertEquals(0, x4.total(), 1e-12, "an input that does nothing has total index 0 exactly");
        assertThrows(IllegalArgumentException.class, () -> new SobolIndices(new Ishigami(), List.of("x9")));
    }

    @Test
    void estimatesFromAHandMadeDesignMatchHandArithmetic() {
        // four rows: f(A) = 1..4, f(B) = 5..8; x1 changes nothing (f(AB_1) = f(A)); x2 carries
        // every change from A to B (f(AB_2) = f(B)). The output's mean is 4.5 and the variance of
        // 1..8 is 42 / 7 = 6; for x2, sum (f(B) - 4.5)(f(AB_2) - f(A)) = 4 (0.5 + 1.5 + 2.5 + 3.5) = 32,
        // so S = 32 / 4 / 6 and ST = (4 x 16) / 8 / 6: both 4/3 (the estimators are not bounded by 1)
        double[][] f = {{1, 2, 3, 4}, {5, 6, 7, 8}, {1, 2, 3, 4}, {5, 6, 7, 8}};
        SobolIndices sobol = new SobolIndices(new Ishigami(), List.of("x1", "x2"));
        SobolIndices.Output y = sobol.estimate("y", f, 1, 0.95);
        assertEquals(4.5, y.mean(), 1e-12);
        assertEquals(6, y.variance(), 1e-12);
        assertEquals(0, y.indices().get(0).first(), 1e-12);
        assertEquals(0, y.indices().get(0).total(), 1e-12);
        assertEquals(4 / 3.0, y.indices().get(1).first(), 1e-12);
        assertEquals(4 / 3.0, y.indices().get(1).total(), 1e-12);
        // an output that never varies has no variance to share: indices 0, not 0/0
        double[][] flat = {{3, 3, 3, 3}, {3, 3, 3, 3}, {3, 3, 3, 3}, {3, 3, 3, 3}};
        SobolIndices.Output constant = sobol.estimate("y", flat, 1, 0.95);
        assertEquals(0, constant.variance());
        assertEquals(0, constant.indices().get(1).first());
        assertEquals(0, constant.indices().get(1).total());
    }
}
