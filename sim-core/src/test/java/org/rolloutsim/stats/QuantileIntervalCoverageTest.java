package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;

class QuantileIntervalCoverageTest {
    private static final int RUNS = 150;
    private static final int BATCHES = 2000;

    /**
     * A batch of exponential(1) completion delays: the true p-quantile is -ln(1-p). Over 2,000
     * independent batches (seeds 1..2000) the interval must cover it at its exact stated rate
     * P(l <= B <= u-1) (at least 95%). The coverage count is Binomial(2000, c): we allow 4 of its
     * standard deviations (about 0.02), so a correct method fails by chance about once in 16,000.
     */
    @Test
    void quantileIntervalsCoverTheTrueQuantileAtTheStatedRate() {
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("delay")), List.of(), 1);
        SyntheticModel model = new SyntheticModel(schema, (d, out, s) -> out.set(0, d.exponential("delay")), 0);
        double[] levels = {0.5, 0.8, 0.95};
        int[] covered = new int[levels.length];
        try (BatchRunner runner = new BatchRunner(1)) {
            for (int seed = 1; seed <= BATCHES; seed++) {
                BatchStatistics stats = new BatchStatistics(schema, RUNS);
                runner.run(model, seed, RUNS, stats, null, null);
                for (int i = 0; i < levels.length; i++) {
                    Interval ci = stats.quantile("delay", levels[i]).ci();
                    double truth = -Math.log(1 - levels[i]);
                    if (ci.lower() <= truth && truth <= ci.upper()) {
                        covered[i]++;
                    }
                }
            }
        }
        for (int i = 0; i < levels.length; i++) {
            long[] ranks = OrderStatistics.confidenceRanks(RUNS, levels[i], 0.95);
            double stated = OrderStatistics.coverage(RUNS, levels[i], ranks[0], ranks[1]);
            assertTrue(stated >= 0.95, "intervals are chosen to cover at least 95%: " + stated);
            double observed = (double) covered[i] / BATCHES;
            double sd = Math.sqrt(stated * (1 - stated) / BATCHES);
            assertEquals(stated, observed, 4 * sd, "coverage of P" + Math.round(levels[i] * 100));
        }
    }

    @Test
    void ranksMatchHandComputedBinomialTails() {
        // n = 20, p = 0.5: P(B <= 5) = 0.0207 <= 0.025 < P(B <= 6) = 0.0577, so l = 6;
        // P(B <= 13) = 0.9423 < 0.975 <= P(B <= 14) = 0.9793, so u = 15. Coverage 0.9586.
        long[] ranks = OrderStatistics.confidenceRanks(20, 0.5, 0.95);
        assertEquals(6, ranks[0]);
        assertEquals(15, ranks[1]);
        assertEquals(0.9586, OrderStatistics.coverage(20, 0.5, 6, 15), 1e-4);
    }

    @Test
    void tailBoundsTooFewRunsCannotGiveAreMissing() {
        // With 10 runs, P(no run above the true P95) = 0.95^10 = 0.60 > 0.025: no upper bound exists.
        long[] ranks = OrderStatistics.confidenceRanks(10, 0.95, 0.95);
        assertEquals(11, ranks[1]);
    }

    @Test
    void quantileIsTheSmallestValueAFractionOfRunsDidNotExceed() {
        assertEquals(800, OrderStatistics.rank(0.8, 1000));
        assertEquals(1, OrderStatistics.rank(0.05, 10));
        assertEquals(8, OrderStatistics.rank(0.8, 10));
        assertEquals(9, OrderStatistics.rank(0.81, 10));
    }
}
