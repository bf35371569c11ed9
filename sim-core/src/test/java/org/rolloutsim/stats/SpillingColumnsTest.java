package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * Spilling column segments to disk changes where values live, never what they are: a batch kept in
 * memory and the same batch spilled segment by segment give identical values and summaries.
 */
class SpillingColumnsTest {
    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.output("censored"),
            SyntheticModel.output("programCost"),
            SyntheticModel.output("peakFatigue"),
            SyntheticModel.output("waves.w1.plannedGoLiveWeek"),
            SyntheticModel.output("lateSwitch"),
            SyntheticModel.parameter("testDetection"),
            SyntheticModel.risk("risks.vendor.occurred")),
            List.of("cumulativeProgramCost"), 60);

    /** Every storage: doubles, bits, floats, a constant, shorts, and a column constant at 0.1 for 3,000 runs. */
    private static final SyntheticModel MODEL = new SyntheticModel(SCHEMA, (d, out, s) -> {
        double detection = 0.25 + 0.25 * d.uniform("detection");
        boolean vendor = d.uniform("vendor") < 0.3;
        out.set(0, 80 + Math.floor(40 * d.uniform("week")) + (vendor ? 6 : 0));
        out.set(1, d.uniform("censored") < 0.02 ? 1 : 0);
        out.set(2, 2e7 * (1 + d.exponential("cost")) / detection);
        out.set(3, d.uniform("fatigue"));
        out.set(4, 30);
        out.set(5, d.run() < 3000 ? 0.1 : d.uniform("late"));
        out.set(6, detection);
        out.set(7, vendor ? 1 : 0);
    }, 40);

    private static BatchStatistics run(long budget, int segmentRuns, int runs) {
        BatchStatistics stats = new BatchStatistics(SCHEMA, 16, budget, segmentRuns);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(MODEL, 2026, runs, stats, null, null);
        }
        return stats;
    }

    @Test
    void spilledAndInMemoryBatchesGiveIdenticalValuesAndSummaries() {
        int runs = 5000;
        BatchStatistics memory = run(Long.MAX_VALUE, ScalarColumn.SEGMENT_RUNS, runs);
        BatchStatistics spilled = run(0, 256, runs);
        BatchStatistics mixed = run(3 * 256 * 8, 256, runs);
        assertEquals(0, memory.spilledBytes());
        assertTrue(spilled.spilledBytes() > 0, "spilled to disk");
        for (BatchStatistics other : List.of(spilled, mixed)) {
            for (OutputSchema.Scalar scalar : SCHEMA.scalars()) {
                assertArrayEquals(memory.values(scalar.name()), other.values(scalar.name()), scalar.name());
            }
            BatchSummary a = memory.summary(Targets.of(100, 6e7));
            BatchSummary b = other.summary(Targets.of(100, 6e7));
            assertEquals(a.metrics(), b.metrics());
            assertEquals(a.probabilities(), b.probabilities());
            assertEquals(a.jclPoints(), b.jclPoints());
            assertEquals(a.sensitivity(), b.sensitivity());
            for (int i = 0; i < a.convergence().size(); i++) {
                assertEquals(a.convergence().get(i).toString().replaceAll("@\\w+", ""),
                        b.convergence().get(i).toString().replaceAll("@\\w+", ""));
            }
            assertEquals(memory.quantile("programCost", 0.8), other.quantile("programCost", 0.8));
        }
        assertEquals((float) 0.1, memory.values("lateSwitch")[0], "a constant start of a float column reads as a float");
    }

    /** Dates and costs with -0.0 and 0.0 and ties: where ranks by sort and by search could part. */
    private static final SyntheticModel ZEROS = new SyntheticModel(SCHEMA, (d, out, s) -> {
        double[] few = {-0.0, 0.0, 1, 2};
        out.set(0, few[(int) (d.uniform("week") * 4)]);
        out.set(1, d.uniform("censored") < 0.1 ? 1 : 0);
        out.set(2, d.uniform("kind") < 0.5 ? few[(int) (d.uniform("cost") * 4)] : d.uniform("cost") - 0.5);
        out.set(3, d.uniform("fatigue"));
        out.set(4, 30);
        out.set(5, few[(int) (d.uniform("late") * 4)]);
        out.set(6, d.uniform("detection"));
        out.set(7, d.uniform("vendor") < 0.3 ? 1 : 0);
    }, 40);

    @Test
    void signedZerosGiveTheSameSummaryInMemoryAndOnDisk() {
        // in memory, ranks and the joint counts come from sorts that carry the runs along; on disk,
        // from a search per run (working space past the heap limit is a mapped file)
        for (int runs : new int[] {1, 2, 40, 3000}) {
            BatchStatistics memory = new BatchStatistics(SCHEMA, 16, Long.MAX_VALUE, ScalarColumn.SEGMENT_RUNS);
            BatchStatistics disk = new BatchStatistics(SCHEMA, 16, 0, 256);
            try (BatchRunner runner = new BatchRunner(1)) {
                runner.run(ZEROS, 7, runs, memory, null, null);
                runner.run(ZEROS, 7, runs, disk, null, null);
            }
            double[] levels = new double[199]; // JCL levels low enough to fall among the zeros
            for (int i = 0; i < levels.length; i++) {
                levels[i] = (i + 1) / 200.0;
            }
            for (Targets targets : List.of(Targets.of(1, 0.0), Targets.of(0, -0.0), Targets.of(2, 0.25))) {
                BatchSummary a = memory.summary(targets, levels);
                BatchSummary b = disk.summary(targets, levels);
                assertEquals(a.metrics(), b.metrics(), runs + " runs");
                assertEquals(a.probabilities(), b.probabilities(), runs + " runs");
                assertEquals(a.jclPoints(), b.jclPoints(), runs + " runs");
                assertEquals(a.sensitivity(), b.sensitivity(), runs + " runs");
                for (int i = 0; i < a.convergence().size(); i++) {
                    assertEquals(a.convergence().get(i).toString().replaceAll("@\\w+", ""),
                            b.convergence().get(i).toString().replaceAll("@\\w+", ""));
                }
            }
        }
    }

    @Test
    void summariesOnSeveralThreadsAreTheSummaryOnOne() {
        // spilled columns and working space in mapped files, each helper thread with files of its own
        BatchStatistics spilled = run(0, 256, 3000);
        BatchSummary one = run(Long.MAX_VALUE, ScalarColumn.SEGMENT_RUNS, 3000).summary(Targets.of(100, 6e7));
        for (int threads : new int[] {2, 3, 16}) {
            BatchSummary several = spilled.summaryOn(threads, Targets.of(100, 6e7));
            assertEquals(one.metrics(), several.metrics(), threads + " threads");
            assertEquals(one.sensitivity(), several.sensitivity(), threads + " threads");
            assertEquals(one.probabilities(), several.probabilities(), threads + " threads");
            assertEquals(one.jclPoints(), several.jclPoints(), threads + " threads");
        }
    }

    @Test
    void memoryStopsGrowingWithTheRunCountOnceSegmentsSpill() {
        BatchStatistics stats = new BatchStatistics(SCHEMA, 16, 4096, 512);
        RunOutput out = SCHEMA.newRunOutput();
        long at4096 = 0;
        long weeklyAt4096 = 0;
        for (int i = 0; i < 16_384; i++) {
            out.reset(i);
            MODEL.run(9, i, out);
            stats.accept(out);
            if (i + 1 == 4096) {
                at4096 = stats.storedBytes() - stats.weeklyBytes();
                weeklyAt4096 = stats.weeklyBytes();
            }
        }
        assertEquals(at4096, stats.storedBytes() - stats.weeklyBytes(), "four times the runs, the same column memory");
        // weekly fans count values: they grow only by the new powers of two the values reach (about
        // 17% over these two doublings of the runs; growing per run would be 300%)
        assertTrue(stats.weeklyBytes() < 1.25 * weeklyAt4096, stats.weeklyBytes() + " weekly bytes, was " + weeklyAt4096);
        assertTrue(stats.spilledBytes() > 16_384 * 20, "the rest is on disk: " + stats.spilledBytes());
    }
}
