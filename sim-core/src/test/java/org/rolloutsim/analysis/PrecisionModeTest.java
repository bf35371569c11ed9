package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.Cancellation;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.Interval;
import org.rolloutsim.stats.QuantileEstimate;
import org.rolloutsim.stats.SyntheticModel;
import org.rolloutsim.stats.Targets;

/** Precision mode's edges: what it hands on, reports and stops at. */
class PrecisionModeTest {
    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.output("programCost")), List.of(), 1);
    private static final SyntheticModel MODEL = new SyntheticModel(SCHEMA, (d, out, s) -> {
        out.set(0, 100 + 20 * d.gaussian("week"));
        out.set(1, 1e7 * Math.exp(0.3 * d.gaussian("cost")));
    }, 0);

    @Test
    void everyRunReachesTheExtraConsumerAndProgressCountsThemAll() {
        List<Integer> seen = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();
        PrecisionResult result;
        try (BatchRunner runner = new BatchRunner(2)) {
            result = new PrecisionRunner(runner, new PrecisionSettings(1e-9, 300, 300, 900))
                    .run(MODEL, 3, run -> seen.add(run.runIndex()), (done, total) -> progress.add(new long[] {done, total}), null);
        }
        assertEquals(900, result.runs());
        assertEquals(900, result.statistics().runs());
        assertEquals(900, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i), "in run order");
        }
        long[] last = progress.get(progress.size() - 1);
        assertEquals(900, last[0], "progress counts runs across blocks");
        assertEquals(900, last[1]);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i)[0] >= progress.get(i - 1)[0], "progress never goes back");
        }
    }

    @Test
    void aCancelledBatchSaysSoAndKeepsWhatItRan() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        PrecisionResult result;
        try (BatchRunner runner = new BatchRunner(1)) {
            result = new PrecisionRunner(runner, PrecisionSettings.of(0.01, 5000)).run(MODEL, 3, null, null, cancellation);
        }
        assertTrue(result.cancelled());
        assertFalse(result.reached());
        assertEquals(result.runs(), result.statistics().runs());
        assertTrue(result.checks().isEmpty(), "no check on a cancelled block");
    }

    @Test
    void defaultSettingsCheckFromAThousandRunsInThousands() {
        PrecisionSettings s = PrecisionSettings.of(0.01, 5000);
        assertEquals(new PrecisionSettings(0.01, 1000, 1000, 5000), s);
    }

    @Test
    void aPrecisionExactlyReachedCounts() {
        assertTrue(new PrecisionCheck(100, 0.01, 0.01).meets(0.01));
        assertFalse(new PrecisionCheck(100, 0.0100001, 0.01).meets(0.01));
        assertFalse(new PrecisionCheck(100, 0.01, 0.0100001).meets(0.01));
    }

    @Test
    void relativeReachIsInfiniteWhileAnEndIsOpenOrTheP80IsZero() {
        assertEquals(Double.POSITIVE_INFINITY, PrecisionRunner.relativeReach(
                new QuantileEstimate(0.8, 10, new Interval(Double.NaN, 12))));
        assertEquals(Double.POSITIVE_INFINITY, PrecisionRunner.relativeReach(
                new QuantileEstimate(0.8, 0, new Interval(-1, 1))));
        assertEquals(0.0, PrecisionRunner.relativeReach(new QuantileEstimate(0.8, 0, new Interval(0, 0))));
        assertEquals(0.1, PrecisionRunner.relativeReach(new QuantileEstimate(0.8, -10, new Interval(-11, -9))), 1e-15);
    }

    @Test
    void anUnevenIntervalIsJudgedByItsFartherEnd() {
        // P80 90 with interval [90, 93]: half-width 1.5 (1.7%), but the upper end is 3.3% away
        assertEquals(3.0 / 90, PrecisionRunner.relativeReach(new QuantileEstimate(0.8, 90, new Interval(90, 93))), 1e-15);
        assertEquals(3.0 / 90, PrecisionRunner.relativeReach(new QuantileEstimate(0.8, 90, new Interval(87, 90.5))), 1e-15);
    }

    @Test
    void aSweepTakesTwoParametersButNotThree() {
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(MODEL, 5, 100, stats, null, null);
        }
        SweepTable table = Sweep.tabulate(List.of("a", "b"),
                List.of(new SweepPoint(List.of(1.0, 2.0), stats.summary(Targets.NONE), 520)));
        assertEquals(List.of(1.0, 2.0), table.rows().get(0).values());
        assertEquals(100, table.rows().get(0).runs());
    }
}
