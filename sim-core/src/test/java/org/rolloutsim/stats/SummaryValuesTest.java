package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.DoubleBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.OutputSchema;

/** The small values a summary is made of: what each answers and refuses. */
class SummaryValuesTest {

    @Test
    void anIntervalKnowsItsHalfWidthAndWhetherItIsBounded() {
        assertEquals(1.5, new Interval(2, 5).halfWidth());
        assertTrue(new Interval(2, 5).isBounded());
        assertFalse(new Interval(Double.NaN, 5).isBounded());
        assertFalse(new Interval(2, Double.NaN).isBounded());
        assertTrue(Double.isNaN(new Interval(2, Double.NaN).halfWidth()));
    }

    @Test
    void quantilesAreLabelledByTheirPercent() {
        Interval ci = new Interval(1, 2);
        assertEquals("p5", new QuantileEstimate(0.05, 1, ci).label());
        assertEquals("p80", new QuantileEstimate(0.8, 1, ci).label());
        assertEquals("p95", new QuantileEstimate(0.95, 1, ci).label());
    }

    @Test
    void aMetricSummaryAnswersItsLevelsOnly() {
        Interval ci = new Interval(0, 1);
        List<QuantileEstimate> q = MetricSummary.LEVELS.stream()
                .map(p -> new QuantileEstimate(p, 100 * p, ci)).toList();
        MetricSummary m = new MetricSummary("x", OutputSchema.Kind.OUTPUT, 3, 1, 1, 0, 2, ci, q, 0, Double.NaN);
        assertEquals(5.0, m.p5());
        assertEquals(10.0, m.p10());
        assertEquals(20.0, m.p20());
        assertEquals(50.0, m.p50());
        assertEquals(80.0, m.p80());
        assertEquals(90.0, m.p90());
        assertEquals(95.0, m.p95());
        assertThrows(IllegalArgumentException.class, () -> m.quantile(0.3));
    }

    @Test
    void fansAndTracesCompareByContent() {
        double[] a = {1, 2};
        WeeklyFan fan = new WeeklyFan("cost", a, a, a);
        assertEquals(fan, new WeeklyFan("cost", a.clone(), a.clone(), a.clone()));
        assertEquals(fan.hashCode(), new WeeklyFan("cost", a, a, a).hashCode());
        assertNotEquals(fan, new WeeklyFan("fatigue", a, a, a));
        assertNotEquals(fan, new WeeklyFan("cost", new double[] {1, 3}, a, a));
        assertNotEquals(fan, new WeeklyFan("cost", a, new double[] {1, 3}, a));
        assertNotEquals(fan, new WeeklyFan("cost", a, a, new double[] {1, 3}));
        assertNotEquals(fan, "cost");
        assertThrows(IllegalArgumentException.class, () -> new WeeklyFan("x", a, new double[1], a));
        assertThrows(IllegalArgumentException.class, () -> new WeeklyFan("x", a, a, new double[1]));
        assertEquals("cost", fan.series());

        int[] runs = {16, 32};
        ConvergenceTrace t = new ConvergenceTrace("completionWeek", runs, a, a);
        assertEquals(t, new ConvergenceTrace("completionWeek", runs.clone(), a.clone(), a.clone()));
        assertEquals(t.hashCode(), new ConvergenceTrace("completionWeek", runs, a, a).hashCode());
        assertNotEquals(t, new ConvergenceTrace("programCost", runs, a, a));
        assertNotEquals(t, new ConvergenceTrace("completionWeek", new int[] {16, 33}, a, a));
        assertNotEquals(t, new ConvergenceTrace("completionWeek", runs, new double[] {1, 3}, a));
        assertNotEquals(t, new ConvergenceTrace("completionWeek", runs, a, new double[] {1, 3}));
        assertNotEquals(t, "completionWeek");
        assertThrows(IllegalArgumentException.class, () -> new ConvergenceTrace("x", runs, new double[1], a));
        assertThrows(IllegalArgumentException.class, () -> new ConvergenceTrace("x", runs, a, new double[1]));
        assertEquals(2, t.size());
        assertEquals(32, t.runs(1));
    }

    @Test
    void ranksAreKeptInsideTheRuns() {
        assertEquals(1, OrderStatistics.rank(0.0, 5));
        assertEquals(5, OrderStatistics.rank(1.0, 5));
        assertEquals(5, OrderStatistics.rank(0.81, 5));
        assertEquals(4, OrderStatistics.rank(0.8, 5), "0.8 × 5 is exactly 4, not rounded up");
        assertThrows(IllegalArgumentException.class, () -> OrderStatistics.rank(0.5, 0));
        assertThrows(IllegalArgumentException.class,
                () -> OrderStatistics.confidenceRanks(Integer.MAX_VALUE + 1L, 0.5, 0.95));
    }

    /** Coverage of an interval with a missing end counts that side as unbounded. */
    @Test
    void coverageOfHalfOpenIntervals() {
        // n = 10, p = 0.5: P(B <= 9) = 1 - 2^-10
        assertEquals(1 - Math.pow(2, -10), OrderStatistics.coverage(10, 0.5, 0, 10), 1e-12);
        // P(B >= 1) = 1 - 2^-10
        assertEquals(1 - Math.pow(2, -10), OrderStatistics.coverage(10, 0.5, 1, 11), 1e-12);
        assertEquals(1.0, OrderStatistics.coverage(10, 0.5, 0, 11), 1e-12);
    }

    @Test
    void ranksOfTiesAreAveragedAndNaNHasNone() {
        double[] values = {3, 1, 3, 2, 3};
        double[] ranks = new double[5];
        assertTrue(Ranking.averageRanks(values, 5, new double[5], ranks));
        assertEquals(List.of(4.0, 1.0, 4.0, 2.0, 4.0), List.of(ranks[0], ranks[1], ranks[2], ranks[3], ranks[4]));
        assertFalse(Ranking.averageRanks(new double[] {1, Double.NaN}, 2, new double[2], new double[2]));
        DoubleBuffer sorted = DoubleBuffer.wrap(new double[] {1, 2, 2, 3});
        assertEquals(0, Ranking.lowerBound(sorted, 4, 0.5));
        assertEquals(1, Ranking.lowerBound(sorted, 4, 2));
        assertEquals(3, Ranking.upperBound(sorted, 4, 2));
        assertEquals(4, Ranking.upperBound(sorted, 4, 3));
    }

    @Test
    void rankCorrelationIsOneForTheSameOrderAndNaNWhenFlat() {
        double[] up = {1, 2, 3, 4};
        double[] down = {4, 3, 2, 1};
        double[] flat = {2.5, 2.5, 2.5, 2.5};
        assertEquals(1.0, Ranking.correlationOfRanks(up, up, 4));
        assertEquals(-1.0, Ranking.correlationOfRanks(up, down, 4));
        assertEquals(0.6, Ranking.correlationOfRanks(up, new double[] {2, 1, 4, 3}, 4), 1e-12);
        assertTrue(Double.isNaN(Ranking.correlationOfRanks(up, flat, 4)));
        assertTrue(Double.isNaN(Ranking.correlationOfRanks(flat, up, 4)));
    }

    @Test
    void checkpointsArePowersOfTwoRoundStepsAndTheEnd() {
        assertEquals(List.of(16, 32, 64, 100), boxed(RunningQuantiles.checkpoints(100)));
        assertEquals(List.of(16, 32, 64, 128, 256, 512, 1000, 1024, 2000, 2048, 2500),
                boxed(RunningQuantiles.checkpoints(2500)));
        int[] big = RunningQuantiles.checkpoints(1_000_000);
        assertEquals(10_000, big[10], "after the powers of two below it: steps of 10,000, not 1,000 of 1,000");
        assertEquals(1_000_000, big[big.length - 1]);
        assertEquals(0, RunningQuantiles.checkpoints(0).length);
        assertEquals(List.of(16), boxed(RunningQuantiles.checkpoints(16)));
    }

    private static List<Integer> boxed(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    @Test
    void averageRanksAreThoseCountedByHandWithAndWithoutTies() {
        // values held once, in runs of ties, at both ends, and -0.0 beside 0.0 (ranked apart, as sorted)
        java.util.Random random = new java.util.Random(18);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(40);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextBoolean() ? random.nextInt(4) : random.nextDouble();
            }
            if (n > 2) {
                values[0] = -0.0;
            }
            double[] ranks = new double[n];
            assertTrue(Ranking.averageRanks(values, n, new double[n], ranks));
            for (int i = 0; i < n; i++) {
                int below = 0;
                int equal = 0;
                for (double v : values) {
                    int order = Double.compare(v, values[i]);
                    below += order < 0 ? 1 : 0;
                    equal += order == 0 ? 1 : 0;
                }
                assertEquals(below + (equal + 1) / 2.0, ranks[i], "trial " + trial + ", value " + values[i]);
            }
        }
    }
}
