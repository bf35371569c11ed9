package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Program;

class BatchStatisticsTest {

    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.output("censored"),
            SyntheticModel.output("programCost"),
            SyntheticModel.output("peakFatigue"),
            SyntheticModel.output("waves.w1.plannedGoLiveWeek"),
            SyntheticModel.parameter("testDetection"),
            SyntheticModel.risk("risks.vendor.occurred")),
            List.of("cumulativeProgramCost", "fatigue"), 60);

    private static final SyntheticModel MODEL = new SyntheticModel(SCHEMA, (d, out, s) -> {
        double detection = 0.25 + 0.25 * d.uniform("detection");
        boolean vendor = d.uniform("vendor") < 0.3;
        out.set(0, 80 + Math.floor(40 * d.uniform("week")) + (vendor ? 6 : 0));
        out.set(1, 0);
        out.set(2, 2e7 * (1 + d.exponential("cost")) / detection);
        out.set(3, d.uniform("fatigue"));
        out.set(4, 30);
        out.set(5, detection);
        out.set(6, vendor ? 1 : 0);
    }, 40);

    private static BatchStatistics run(int threads, int runs) {
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(threads)) {
            runner.run(MODEL, 2024, runs, stats, null, null);
        }
        return stats;
    }

    @Test
    void summaryOfAHandMadeBatchMatchesHandArithmetic() {
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("x")), List.of(), 1);
        BatchStatistics stats = new BatchStatistics(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 10; i++) {
            out.reset(i);
            out.set(0, i + 1); // values 1..10
            stats.accept(out);
        }
        MetricSummary x = stats.summary(Targets.NONE).metric("x");
        assertEquals(10, x.n());
        assertEquals(5.5, x.mean(), 1e-12);
        assertEquals(Math.sqrt(110 / 12.0), x.sd(), 1e-12);
        assertEquals(1, x.min());
        assertEquals(10, x.max());
        assertEquals(5, x.p50());
        assertEquals(8, x.p80());
        assertEquals(1, x.p5());
        // t(0.975, 9) = 2.2622: half-width 2.2622 · sd / sqrt(10).
        assertEquals(2.2622 * x.sd() / Math.sqrt(10), x.meanCi().halfWidth(), 1e-4);
        // n = 10, p = 0.5: ranks 2 and 9 (P(B <= 1) = 0.0107, P(B <= 8) = 0.9893).
        assertEquals(new Interval(2, 9), x.quantile(0.5).ci());
    }

    /**
     * Between blocks of runs (the precision runner) and for charts: the quantile of the runs so far,
     * with the same interval as the summary's, and the values as floats in run order. The values
     * 10, 9, ..., 1 arrive out of order; then NaN, which neither counts.
     */
    @Test
    void quantileAndFloatValuesReadTheRunsSoFar() {
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("x")), List.of(), 1);
        BatchStatistics stats = new BatchStatistics(schema);
        assertSame(schema, stats.schema());
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 10; i++) {
            out.reset(i);
            out.set(0, 10 - i + 0.25);
            stats.accept(out);
        }
        QuantileEstimate median = stats.quantile("x", 0.5);
        assertEquals(5.25, median.value()); // n = 10, p = 0.5: the 5th smallest
        assertEquals(new Interval(2.25, 9.25), median.ci()); // ranks 2 and 9, as the summary's
        assertEquals(stats.summary(Targets.NONE).metric("x").quantile(0.5), median);
        float[] floats = stats.floatValues("x");
        assertEquals(10, floats.length);
        for (int i = 0; i < 10; i++) {
            assertEquals(10 - i + 0.25f, floats[i]);
        }
        BatchStatistics none = new BatchStatistics(schema);
        out.reset(0);
        out.set(0, Double.NaN);
        none.acceptInOrder(out);
        assertTrue(Double.isNaN(none.quantile("x", 0.5).value()), "no number, no quantile");
    }

    @Test
    void summaryIsIdenticalForOneAndFourThreads() {
        BatchSummary one = run(1, 3000).summary(Targets.of(100, 6e7));
        BatchSummary four = run(4, 3000).summary(Targets.of(100, 6e7));
        assertEquals(one, four);
    }

    @Test
    void aSummaryIsTheSameOnAnyNumberOfThreads() {
        BatchStatistics stats = run(2, 3000);
        BatchSummary one = stats.summary(Targets.of(100, 6e7));
        assertEquals(one, stats.summaryOn(1, Targets.of(100, 6e7)));
        assertEquals(one, stats.summaryOn(2, Targets.of(100, 6e7)));
        assertEquals(one, stats.summaryOn(12, Targets.of(100, 6e7)), "more threads than columns");
    }

    @Test
    void statisticsWithoutWeeklyFansSummarizeTheSameRunsTheSameWay() {
        // threads 1 feeds accept(), threads 2 the parts; neither may collect a fan
        for (int threads : new int[] {1, 2}) {
            BatchStatistics noFans = new BatchStatistics(SCHEMA, 3000, false);
            try (BatchRunner runner = new BatchRunner(threads)) {
                runner.run(MODEL, 2024, 3000, noFans, null, null);
            }
            BatchSummary with = run(threads, 3000).summary(Targets.of(100, 6e7));
            BatchSummary without = noFans.summary(Targets.of(100, 6e7));
            assertEquals(List.of(), without.fans(), "threads " + threads);
            assertEquals(0, noFans.weeklyBytes(), "threads " + threads);
            assertEquals(with.metrics(), without.metrics(), "threads " + threads);
            assertEquals(with.probabilities(), without.probabilities(), "threads " + threads);
            assertEquals(with.jclPoints(), without.jclPoints(), "threads " + threads);
            assertEquals(with.sensitivity(), without.sensitivity(), "threads " + threads);
            assertEquals(with.convergence(), without.convergence(), "threads " + threads);
            assertEquals(2, with.fans().size(), "the statistics it is compared with do collect fans");
        }
    }

    @Test
    void continuingABatchGivesTheSameSummaryAsOneLargerBatch() {
        BatchStatistics split = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(MODEL, 2024, 0, 700, split, null, null);
            runner.run(MODEL, 2024, 700, 1300, split, null, null);
        }
        assertEquals(run(1, 2000).summary(Targets.NONE), split.summary(Targets.NONE));
    }

    @Test
    void runsOutOfOrderAreRefused() {
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        RunOutput out = SCHEMA.newRunOutput();
        out.reset(0);
        stats.accept(out);
        out.reset(2);
        assertThrows(IllegalStateException.class, () -> stats.accept(out));
    }

    @Test
    void convergenceTraceMatchesQuantilesOfEachPrefix() {
        BatchStatistics stats = run(2, 2500);
        BatchSummary summary = stats.summary(Targets.NONE);
        ConvergenceTrace trace = summary.convergence().get(1);
        assertEquals("programCost", trace.metric());
        double[] cost = stats.values("programCost");
        int[] expectedRuns = {16, 32, 64, 128, 256, 512, 1000, 1024, 2000, 2048, 2500};
        assertEquals(expectedRuns.length, trace.size());
        for (int i = 0; i < trace.size(); i++) {
            int k = trace.runs(i);
            assertEquals(expectedRuns[i], k);
            double[] prefix = Arrays.copyOf(cost, k);
            Arrays.sort(prefix);
            assertEquals(prefix[(int) OrderStatistics.rank(0.5, k) - 1], trace.p50(i));
            assertEquals(prefix[(int) OrderStatistics.rank(0.8, k) - 1], trace.p80(i));
        }
        assertEquals(summary.metric("programCost").p80(), trace.p80(trace.size() - 1));
    }

    @Test
    void columnsStoreOnlyWhatVaries() {
        BatchStatistics stats = run(1, 4096);
        // Varying: completionWeek and programCost as double (8 bytes), peakFatigue and
        // testDetection as float (4), the risk indicator as bits; censored and the planned
        // go-live week are constant and cost nothing.
        long columnBytes = stats.storedBytes() - stats.weeklyBytes();
        long expected = 2 * 8 * 4096 + 2 * 4 * 4096 + 4096 / 8;
        assertEquals(expected, columnBytes);
        MetricSummary planned = stats.summary(Targets.NONE).metric("waves.w1.plannedGoLiveWeek");
        assertEquals(30, planned.min());
        assertEquals(30, planned.p95());
        assertEquals(0, planned.sd());
    }

    /**
     * Memory: after the first 1,024 runs each week's values are counted, not kept, so quadrupling the
     * runs adds the scalar columns' bytes per run and grows the weekly counts only by the new powers
     * of two the values reach (week × U: the smallest U halves as runs double, adding a power of two
     * of buckets a week): about 11% for two doublings, where growing per run would be 300%.
     */
    @Test
    void accumulatorsDoNotGrowPerRunBeyondTheScalarColumns() {
        BatchStatistics stats = new BatchStatistics(SCHEMA, 16);
        RunOutput out = SCHEMA.newRunOutput();
        long weeklyAt2048 = 0;
        for (int i = 0; i < 8192; i++) {
            out.reset(i);
            MODEL.run(5, i, out);
            stats.accept(out);
            if (i + 1 == 2048) {
                weeklyAt2048 = stats.weeklyBytes();
            }
        }
        assertTrue(stats.weeklyBytes() < 1.2 * weeklyAt2048, stats.weeklyBytes() + " bytes, was " + weeklyAt2048);
        // Per run: 2 doubles + 2 floats + 1 bit = 24.125 bytes; grown by doubling to exactly 8192.
        assertEquals((long) (24.125 * 8192), stats.storedBytes() - stats.weeklyBytes());
    }

    @Test
    void floatColumnsReportTheirShortestDecimal() {
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("x")), List.of(), 1);
        BatchStatistics stats = new BatchStatistics(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 3; i++) {
            out.reset(i);
            out.set(0, 0.1 * (i + 1));
            stats.accept(out);
        }
        MetricSummary x = stats.summary(Targets.NONE).metric("x");
        assertEquals(0.1, x.min());
        assertEquals(0.3, x.max());
    }

    @Test
    void anEmptyBatchSummarizesToMissingNumbers() {
        BatchSummary summary = new BatchStatistics(SCHEMA).summary(Targets.of(100, 1e7));
        assertEquals(0, summary.runs());
        assertEquals(0, summary.metric("completionWeek").n());
        assertTrue(Double.isNaN(summary.metric("completionWeek").p80()));
        assertTrue(Double.isNaN(summary.probabilities().jcl()));
        assertTrue(!summary.dateAndCostAtJcl(0.7).isReached());
        assertEquals(0, summary.fan("fatigue").weeks());
        assertTrue(summary.convergence().isEmpty(), "no runs, no convergence trace");
    }

    /** Runs must come in index order; a run 0 after others is refused too, saying which run was due. */
    @Test
    void runsOutOfOrderAreRefusedNamingTheOneExpected() {
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("x")), List.of(), 1);
        BatchStatistics stats = new BatchStatistics(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 2; i++) {
            out.reset(i);
            stats.acceptInOrder(out);
        }
        out.reset(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> stats.acceptInOrder(out));
        assertEquals("runs must come in index order: expected 2, got 0", e.getMessage());
    }

    @Test
    void anIntervalMayBeBoundedByTheFirstAndTheLastRun() {
        // eight runs 1..8, p = 0.5: ranks 1 and 8, since P(B = 0) = P(B = 8) = 1/256 leave each tail
        // under 2.5%; at p = 0.05 eight runs give no lower bound and the upper is run 3
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("x")), List.of(), 1);
        BatchStatistics stats = new BatchStatistics(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 8; i++) {
            out.reset(i);
            out.set(0, i + 1);
            stats.accept(out);
        }
        assertEquals(new Interval(1, 8), stats.quantile("x", 0.5).ci());
        assertEquals(new Interval(1, 8), stats.summary(Targets.NONE).metric("x").quantile(0.5).ci());
        Interval low = stats.summary(Targets.NONE).metric("x").quantile(0.05).ci();
        assertTrue(Double.isNaN(low.lower()), "no lower bound from 8 runs");
        assertEquals(3, low.upper());
    }

    @Test
    void runsAcceptedOneByOneFeedTheWeeklyFans() {
        // one series of 3 weeks; run i records i in every week: over runs 0..9 the fan's P50 is 4
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("x")), List.of("fatigue"), 3);
        BatchStatistics stats = new BatchStatistics(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 10; i++) {
            out.reset(i);
            out.set(0, i);
            for (int w = 0; w < 3; w++) {
                out.record(0, w, i);
            }
            stats.accept(out);
        }
        WeeklyFan fan = stats.summary(Targets.NONE).fan("fatigue");
        assertEquals("fatigue", fan.series());
        assertEquals(4, fan.p50(2), 0.5, "the median of 0..9, to the sketch's resolution");
        assertTrue(fan.p90(2) > fan.p10(2), "the fan has width");
    }

    @Test
    void aBatchStartingLaterKnowsItsFirstRun() {
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("x")), List.of(), 1);
        BatchStatistics stats = new BatchStatistics(schema);
        assertEquals(0, stats.firstRun(), "0 before any run");
        RunOutput out = schema.newRunOutput();
        for (int i = 5; i < 8; i++) {
            out.reset(i);
            out.set(0, i);
            stats.accept(out);
        }
        assertEquals(5, stats.firstRun());
        assertEquals(3, stats.runs());
        BatchSummary summary = stats.summary(Targets.NONE);
        assertEquals(5, summary.firstRun());
        assertTrue(summary.hasMetric("x"));
        assertFalse(summary.hasMetric("y"));
        assertThrows(IllegalArgumentException.class, () -> summary.fan("fatigue"));
    }

    @Test
    void targetsAreThoseTheProgrammeStates() {
        Program program = new Program(LocalDate.of(2027, 1, 4), 520, "USD", OptionalDouble.of(5e7),
                OptionalInt.of(120), Distribution.constant(0), List.of());
        assertEquals(Targets.of(120, 5e7), Targets.of(program));
        Program none = new Program(LocalDate.of(2027, 1, 4), 520, "USD", null, null, Distribution.constant(0),
                List.of());
        assertEquals(Targets.NONE, Targets.of(none));
    }

    @Test
    void aKeptSummaryHoldsOnlyTheNamedMetricsAndTheJointAnswers() {
        BatchSummary full = run(1, 200).summary(Targets.of(100, 6e7));
        BatchSummary kept = full.keeping(List.of("completionWeek", "programCost"));
        assertTrue(kept.hasMetric("programCost"));
        assertFalse(kept.hasMetric("peakFatigue"));
        assertEquals(full.metric("programCost"), kept.metric("programCost"));
        assertEquals(200, kept.runs());
        assertEquals(full.probabilities(), kept.probabilities());
        assertEquals(full.jclPoints(), kept.jclPoints());
        assertTrue(kept.fans().isEmpty() && kept.sensitivity().isEmpty() && kept.convergence().isEmpty());
    }
}
