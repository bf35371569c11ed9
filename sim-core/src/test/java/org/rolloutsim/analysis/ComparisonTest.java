package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.Interval;
import org.rolloutsim.stats.SyntheticModel;

class ComparisonTest {
    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.output("programCost"),
            SyntheticModel.output("totalCost"),
            SyntheticModel.output("patientSafetyEvents"),
            SyntheticModel.output("peakFatigue"),
            SyntheticModel.parameter("testDetection")), List.of("fatigue"), 30);

    /** A variant that finishes {@code shiftWeeks} later in every run, all else equal. */
    private static SyntheticModel variant(double shiftWeeks) {
        return new SyntheticModel(SCHEMA, (d, out, s) -> {
            out.set(0, 90 + 30 * d.uniform("week") + shiftWeeks);
            out.set(1, 5e7 * (1 + d.exponential("cost")));
            out.set(2, 6e7 * (1 + d.exponential("cost")));
            out.set(3, Math.floor(5 * d.uniform("safety")));
            out.set(4, 0.3 + 0.5 * d.uniform("fatigue"));
            out.set(5, d.uniform("detection"));
        }, 20);
    }

    private static BatchStatistics run(SyntheticModel model, int threads) {
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(threads)) {
            runner.run(model, 99, 2000, stats, null, null);
        }
        return stats;
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZero() {
        ComparisonResult result = Comparison.of(List.of(
                new ComparedBatch("base", run(variant(0), 1)),
                new ComparedBatch("again", run(variant(0), 2))));
        PairComparison pair = result.pair("base", "again");
        assertEquals(List.of("completionWeek", "programCost", "totalCost", "patientSafetyEvents", "peakFatigue"),
                pair.metrics().stream().map(MetricDifference::metric).toList(), "outputs only, schema order");
        for (MetricDifference d : pair.metrics()) {
            assertEquals(0.0, d.meanDiff(), d.metric());
            assertEquals(new Interval(0, 0), d.meanDiffCi(), d.metric());
            assertEquals(0.0, d.p50Diff(), d.metric());
            assertEquals(0.0, d.p10Diff(), d.metric());
            assertEquals(0.0, d.p90Diff(), d.metric());
            assertEquals(0.0, d.pLower(), d.metric() + ": a tie is never half a win");
            assertEquals(0.0, d.pHigher(), d.metric());
            assertEquals(1.0, d.pSame(), d.metric());
            assertEquals(1.0, d.wilcoxonP(), d.metric());
            assertEquals(1.0, d.pairedTP(), d.metric());
        }
    }

    @Test
    void aPlantedDelayShowsInEveryRunUnderCommonRandomNumbers() {
        PairComparison pair = Comparison.pair(
                new ComparedBatch("on-plan", run(variant(0), 2)),
                new ComparedBatch("late", run(variant(3), 2)));
        MetricDifference week = pair.metric("completionWeek");
        // Same random numbers in each run, so every difference is -3 (up to rounding of the sums).
        assertEquals(-3, week.meanDiff(), 1e-9);
        assertEquals(-3, week.meanDiffCi().lower(), 1e-9);
        assertEquals(-3, week.meanDiffCi().upper(), 1e-9);
        assertEquals(-3, week.p50Diff(), 1e-9);
        assertEquals(1.0, week.pLower());
        assertEquals(0.0, week.pSame());
        assertTrue(week.wilcoxonP() < 1e-6);
        assertEquals(0.0, pair.metric("programCost").meanDiff(), "cost unaffected");
    }

    @Test
    void wilcoxonMatchesTheExactNullDistributionForFewPairs() {
        // Five positive differences: two-sided exact p = 2 · (1/2)^5 = 0.0625.
        MetricDifference d = Comparison.difference("x", new double[] {2, 3, 4, 5, 6}, new double[] {1, 1, 1, 1, 1});
        assertEquals(0.0625, d.wilcoxonP(), 1e-12);
        assertEquals(0.0, d.pLower());
        assertEquals(1.0, d.pHigher());
    }

    @Test
    void p50DiffIsTheMedianOfThePairedDifferencesNotTheDifferenceOfMedians() {
        // Per-run differences -9, 2, 27, 0 have the median 0 (nearest rank: the 2nd of -9, 0, 2, 27),
        // while the medians differ by 2 - 3 = -1 (A sorted 1, 2, 5, 30; B sorted 0, 3, 5, 10).
        MetricDifference d = Comparison.difference("x", new double[] {1, 2, 30, 5}, new double[] {10, 0, 3, 5});
        assertEquals(0, d.p50Diff(), 1e-12);
        assertEquals(-9, d.p10Diff(), 1e-12);
        assertEquals(27, d.p90Diff(), 1e-12);
        assertEquals(0.25, d.pLower());
        assertEquals(0.5, d.pHigher());
        assertEquals(0.25, d.pSame());
    }

    @Test
    void pairedTIntervalMatchesHandArithmetic() {
        // Differences 1, 2, 3: mean 2, sd 1, t(0.975, 2) = 4.3027, half-width 4.3027/sqrt(3).
        MetricDifference d = Comparison.difference("x", new double[] {2, 4, 6}, new double[] {1, 2, 3});
        assertEquals(2, d.meanDiff(), 1e-12);
        assertEquals(4.3027 / Math.sqrt(3), d.meanDiffCi().halfWidth(), 1e-4);
    }

    @Test
    void batchesOverDifferentRunsAreRefused() {
        BatchStatistics shorter = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(variant(0), 99, 100, shorter, null, null);
        }
        assertThrows(IllegalArgumentException.class, () -> Comparison.pair(
                new ComparedBatch("a", run(variant(0), 1)), new ComparedBatch("b", shorter)));
    }
}
