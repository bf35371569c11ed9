package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;

/**
 * Fans of 20,000 runs shaped like the model's weekly series, against exact quantiles computed by
 * sorting every run's value (with the after-the-end contract: cost and sites live hold their last
 * value, the others read 0).
 */
class WeeklyFanExactnessTest {
    private static final int RUNS = 20_000;
    private static final int WEEKS = 80;
    private static final List<String> SERIES = List.of("cumulativeProgramCost", "sitesLive", "fatigue", "openDefects", "headcount");
    private static final OutputSchema SCHEMA = new OutputSchema(List.of(), SERIES, WEEKS,
            List.of("cumulativeProgramCost", "sitesLive"));
    private static final int COST = 0;
    private static final int FATIGUE = 2;

    /** Every run's value of series s in week w, after the end contract: values[s][w][run]. */
    private static float[][][] values;
    private static int[] lengths;
    private static List<WeeklyFan> fans;

    @BeforeAll
    static void runTwentyThousand() {
        values = new float[SERIES.size()][WEEKS][RUNS];
        lengths = new int[RUNS];
        WeeklyFanAccumulator accumulator = new WeeklyFanAccumulator(SCHEMA);
        RunOutput out = SCHEMA.newRunOutput();
        for (int i = 0; i < RUNS; i++) {
            record(i, out);
            accumulator.accept(out);
            lengths[i] = out.weeks();
            for (int s = 0; s < SERIES.size(); s++) {
                boolean holds = SCHEMA.holdsAfterEnd(s);
                for (int w = 0; w < WEEKS; w++) {
                    values[s][w][i] = w < out.weeks() ? out.series(s, w) : holds ? out.series(s, out.weeks() - 1) : 0f;
                }
            }
        }
        fans = accumulator.fans();
    }

    /** One run: 40 to 79 weeks of a 12-site programme. */
    static void record(int run, RunOutput out) {
        record(run, out, false);
    }

    /** One run, of all 80 weeks when {@code fullLength}. */
    static void record(int run, RunOutput out, boolean fullLength) {
        out.reset(run);
        RandomStream rng = RandomStream.of(2026, run, "weekly");
        int weeks = fullLength ? WEEKS : 40 + rng.nextInt(40);
        double pace = 0.15 + 0.2 * rng.nextDouble();
        double cost = 0;
        double fatigue = 0;
        for (int w = 0; w < weeks; w++) {
            cost += 1.2e6 * Math.exp(0.3 * rng.gaussian());
            fatigue = w < weeks / 2 ? fatigue + (0.8 - fatigue) / 8 : fatigue * 0.7; // rises, then decays
            int live = (int) Math.min(12, Math.floor(w * pace));
            out.record(0, w, (float) cost);
            out.record(1, w, live);
            out.record(2, w, (float) fatigue);
            out.record(3, w, rng.poisson(w < weeks - 10 ? 25 : 2));
            out.record(4, w, 120 + rng.nextInt(30));
        }
    }

    @Test
    void wholeNumberSeriesEqualExactQuantiles() {
        for (String name : List.of("sitesLive", "openDefects", "headcount")) {
            int s = SERIES.indexOf(name);
            WeeklyFan fan = fans.get(s);
            for (int w = 0; w < fan.weeks(); w++) {
                double[] exact = exactP10P50P90(s, w);
                assertEquals(exact[0], fan.p10(w), name + " P10 week " + w);
                assertEquals(exact[1], fan.p50(w), name + " P50 week " + w);
                assertEquals(exact[2], fan.p90(w), name + " P90 week " + w);
            }
        }
    }

    /**
     * Cost and fatigue: within 2^-10 of the exact quantile (relative), or 2^-16 of the week's largest
     * value, as documented; plus 2^-24 for the float the answer is written as.
     */
    @Test
    void continuousSeriesAreWithinTheirDocumentedBound() {
        int zeroPoints = 0;
        for (int s : new int[] {COST, FATIGUE}) {
            WeeklyFan fan = fans.get(s);
            for (int w = 0; w < fan.weeks(); w++) {
                double[] exact = exactP10P50P90(s, w);
                double largest = 0;
                for (float v : values[s][w]) {
                    largest = Math.max(largest, Math.abs(v));
                }
                double[] got = {fan.p10(w), fan.p50(w), fan.p90(w)};
                for (int i = 0; i < 3; i++) {
                    double bound = Math.max(Math.pow(2, -10) * Math.abs(exact[i]), Math.pow(2, -16) * largest)
                            + Math.pow(2, -24) * Math.abs(exact[i]);
                    assertEquals(exact[i], got[i], bound, SERIES.get(s) + " level " + i + " week " + w);
                    if (exact[i] == 0) {
                        assertEquals(0.0, got[i], "an exact 0 stays exactly 0");
                        zeroPoints++;
                    }
                }
            }
        }
        assertTrue(zeroPoints > 10, "the check covered the point mass at 0: " + zeroPoints);
    }

    @Test
    void fansDoNotDependOnTheOrderRunsArrive() {
        WeeklyFanAccumulator reversed = new WeeklyFanAccumulator(SCHEMA);
        RunOutput out = SCHEMA.newRunOutput();
        for (int i = RUNS - 1; i >= 0; i--) {
            out.reset(i);
            for (int s = 0; s < SERIES.size(); s++) {
                for (int w = 0; w < lengths[i]; w++) {
                    out.record(s, w, values[s][w][i]);
                }
            }
            reversed.accept(out);
        }
        assertEquals(fans, reversed.fans());
    }

    /**
     * Once each week has held more than 1,024 values (so it counts them) and seen their range,
     * accepting runs allocates nothing.
     */
    @Test
    void acceptingRunsAllocatesNothingOnceRangesAreSeen() {
        RunOutput[] runs = new RunOutput[2_000];
        WeeklyFanAccumulator accumulator = new WeeklyFanAccumulator(SCHEMA);
        for (int i = 0; i < runs.length; i++) {
            runs[i] = SCHEMA.newRunOutput();
            record(i, runs[i], true);
            accumulator.accept(runs[i]);
        }
        accumulator.fans(); // adds the runs still held back: every week has seen all of its values
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (RunOutput run : runs) {
            accumulator.accept(run);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        // 2,000 runs × 5 series × up to 80 weeks = 800,000 values; a few bytes of slack for the probe
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes");
    }

    private static double[] exactP10P50P90(int s, int w) {
        float[] sorted = values[s][w].clone();
        Arrays.sort(sorted);
        double[] q = new double[3];
        double[] levels = {0.1, 0.5, 0.9};
        for (int i = 0; i < 3; i++) {
            q[i] = Double.parseDouble(Float.toString(sorted[(int) OrderStatistics.rank(levels[i], RUNS) - 1]));
        }
        return q;
    }
}
