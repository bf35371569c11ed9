package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;

/**
 * Each column's summary carries the smallest value among the runs not finished by the horizon: the
 * brute-force minimum over those runs, the same on one thread or several and in memory or spilled,
 * and NaN when every run finished.
 */
class CensoredMinimumTest {
    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.output("censored"),
            SyntheticModel.output("programCost"),
            SyntheticModel.output("peakFatigue"),
            SyntheticModel.output("waves.w1.plannedGoLiveWeek"),
            SyntheticModel.parameter("testDetection"),
            SyntheticModel.risk("risks.vendor.occurred")),
            List.of("cumulativeProgramCost"), 60);

    /** Censored runs hold the horizon (140) and a cost that is, like a real one, cut short. */
    private static SyntheticModel model(double censoredShare) {
        return new SyntheticModel(SCHEMA, (d, out, s) -> {
            double detection = 0.25 + 0.25 * d.uniform("detection");
            boolean vendor = d.uniform("vendor") < 0.3;
            boolean censored = d.uniform("censored") < censoredShare;
            out.set(0, censored ? 140 : 80 + Math.floor(40 * d.uniform("week")) + (vendor ? 6 : 0));
            out.set(1, censored ? 1 : 0);
            out.set(2, 2e7 * (1 + d.exponential("cost")) / detection * (censored ? 0.7 : 1));
            out.set(3, d.uniform("fatigue"));
            out.set(4, 30);
            out.set(5, detection);
            out.set(6, vendor ? 1 : 0);
        }, 40);
    }

    private static BatchStatistics run(double censoredShare, long budget, int segmentRuns, int runs) {
        BatchStatistics stats = new BatchStatistics(SCHEMA, 16, budget, segmentRuns);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(model(censoredShare), 2026, runs, stats, null, null);
        }
        return stats;
    }

    /** The smallest value over censored runs, as a summary number of its column reads (floats as floats). */
    private static double bruteForce(BatchStatistics stats, String name) {
        double[] censored = stats.values(BatchStatistics.CENSORED);
        double[] values = stats.values(name);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (censored[i] != 0 && values[i] < min) {
                min = values[i];
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        return (double) (float) min == min ? Double.parseDouble(Float.toString((float) min)) : min;
    }

    private static void assertBruteForce(BatchStatistics stats, BatchSummary summary, String what) {
        for (OutputSchema.Scalar scalar : SCHEMA.scalars()) {
            MetricSummary m = summary.metric(scalar.name());
            assertEquals(bruteForce(stats, scalar.name()), m.censoredMin(), what + ": " + scalar.name());
        }
    }

    @Test
    void theMinimumOverCensoredRunsIsTheBruteForceOneOnAnyThreadCountAndSpilled() {
        int runs = 4000;
        BatchStatistics memory = run(0.1, Long.MAX_VALUE, ScalarColumn.SEGMENT_RUNS, runs);
        BatchStatistics spilled = run(0.1, 0, 256, runs);
        assertTrue(spilled.spilledBytes() > 0, "spilled to disk");
        BatchSummary one = memory.summary(Targets.of(100, 6e7));
        assertBruteForce(memory, one, "one thread");
        MetricSummary cost = one.metric(BatchStatistics.PROGRAM_COST);
        assertTrue(cost.censored() > 0);
        MetricSummary fatigue = one.metric("peakFatigue");
        assertNotEquals(fatigue.min(), fatigue.censoredMin(), "over the censored runs, not all");
        assertEquals(140, one.metric(BatchStatistics.COMPLETION_WEEK).censoredMin(), "the horizon");
        assertEquals(1, one.metric(BatchStatistics.CENSORED).censoredMin());
        for (int threads : new int[] {1, 2, 3, 16}) {
            BatchSummary inMemory = memory.summaryOn(threads, Targets.of(100, 6e7));
            BatchSummary onDisk = spilled.summaryOn(threads, Targets.of(100, 6e7));
            assertBruteForce(memory, inMemory, threads + " threads");
            assertBruteForce(spilled, onDisk, threads + " threads, spilled");
            assertEquals(one.metrics(), inMemory.metrics(), threads + " threads");
            assertEquals(one.metrics(), onDisk.metrics(), threads + " threads, spilled");
        }
    }

    @Test
    void withoutCensoredRunsTheMinimumIsNaN() {
        BatchStatistics stats = run(0, 0, 256, 1500);
        for (int threads : new int[] {1, 3}) {
            BatchSummary summary = stats.summaryOn(threads, Targets.of(100, 6e7));
            for (MetricSummary m : summary.metrics()) {
                assertEquals(0, m.censored(), m.name());
                assertTrue(Double.isNaN(m.censoredMin()), m.name());
            }
        }
    }
}
