package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;

class WeeklyFanTest {

    /**
     * Each run records week × U in both series for weeks 0..29 (U uniform, one per run), then ends.
     * Afterwards the cumulative series holds its week-29 value and fatigue reads 0. With 1,000 runs
     * (fewer than 1,024) the fan is exact: it must equal quantiles computed by sorting.
     */
    @Test
    void smallBatchFanIsExactAndHonoursTheAfterTheEndContract() {
        OutputSchema schema = new OutputSchema(List.of(), List.of("cumulativeProgramCost", "fatigue"), 40);
        int runs = 1000;
        int[] ends = new int[runs];
        float[] u = new float[runs];
        WeeklyFanAccumulator fans = new WeeklyFanAccumulator(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < runs; i++) {
            out.reset(i);
            u[i] = (float) RandomStream.of(3, i, "u").nextDouble();
            ends[i] = 20 + i % 11; // runs end after 20..30 weeks
            for (int w = 0; w < ends[i]; w++) {
                out.record(0, w, w * u[i]);
                out.record(1, w, w * u[i]);
            }
            fans.accept(out);
        }
        List<WeeklyFan> result = fans.fans();
        assertEquals(30, result.get(0).weeks());
        for (int w = 0; w < 30; w++) {
            float[] cumulative = new float[runs];
            float[] fatigue = new float[runs];
            for (int i = 0; i < runs; i++) {
                cumulative[i] = w < ends[i] ? w * u[i] : (ends[i] - 1) * u[i];
                fatigue[i] = w < ends[i] ? w * u[i] : 0f;
            }
            Arrays.sort(cumulative);
            Arrays.sort(fatigue);
            assertEquals(Float.toString(cumulative[899]), Float.toString((float) result.get(0).p90(w)), "week " + w);
            assertEquals(Float.toString(fatigue[499]), Float.toString((float) result.get(1).p50(w)), "week " + w);
            assertEquals(Float.toString(fatigue[99]), Float.toString((float) result.get(1).p10(w)), "week " + w);
        }
    }

    /** A level the schema marks as holding (sites live) keeps its last value after a run ends. */
    @Test
    void aSeriesMarkedAsHoldingKeepsItsLastValue() {
        OutputSchema schema = new OutputSchema(List.of(), List.of("sitesLive", "fatigue"), 30, List.of("sitesLive"));
        WeeklyFanAccumulator fans = new WeeklyFanAccumulator(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 100; i++) {
            out.reset(i);
            int end = 10 + i % 5; // runs end after 10..14 weeks, every site live by then
            for (int w = 0; w < end; w++) {
                out.record(0, w, Math.min(12, 2 * (w + 1)));
                out.record(1, w, 0.5f);
            }
            fans.accept(out);
        }
        WeeklyFan live = fans.fans().get(0);
        WeeklyFan fatigue = fans.fans().get(1);
        assertEquals(12, live.p10(13), "sites live holds after the end");
        // by week 12, 60 of 100 runs have ended: fatigue reads 0 for them, 0.5 for the rest
        assertEquals(0, fatigue.p50(12), "fatigue reads 0 after a run ends");
        assertEquals(0.5, fatigue.p90(12), 1e-6);
    }

    /**
     * Beyond 1,024 runs the fan comes from histograms: with 20,000 runs of week × U the P10/P50/P90
     * of week w are 0.1w, 0.5w, 0.9w. Sampling error (sd of a quantile of U at n = 20,000 is below
     * 0.0036) plus one bin width (range/512) stays below 0.02·w; we allow that.
     */
    @Test
    void largeBatchFanIsWithinOneBinOfTheTrueQuantiles() {
        OutputSchema schema = new OutputSchema(List.of(), List.of("openDefects"), 50);
        WeeklyFanAccumulator fans = new WeeklyFanAccumulator(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 20_000; i++) {
            out.reset(i);
            double u = RandomStream.of(4, i, "u").nextDouble();
            for (int w = 0; w < 50; w++) {
                out.record(0, w, (float) (w * u));
            }
            fans.accept(out);
        }
        WeeklyFan fan = fans.fans().get(0);
        for (int w = 1; w < 50; w++) {
            assertEquals(0.1 * w, fan.p10(w), 0.02 * w);
            assertEquals(0.5 * w, fan.p50(w), 0.02 * w);
            assertEquals(0.9 * w, fan.p90(w), 0.02 * w);
        }
    }

    @Test
    void sketchWidensItsRangeWithoutLosingCounts() {
        QuantileSketch sketch = new QuantileSketch();
        for (int i = 0; i < 2000; i++) {
            sketch.add(i % 100); // range 0..99 set by the first 1,024 values
        }
        for (int i = 0; i < 2000; i++) {
            sketch.add(-1000 + i); // forces widening downward and upward
        }
        assertEquals(4000, sketch.count());
        double[] all = new double[4000];
        for (int i = 0; i < 2000; i++) {
            all[i] = i % 100;
            all[2000 + i] = -1000 + i;
        }
        Arrays.sort(all);
        // The range ends near 4,096 wide after widening; one bin is then at most 8 units.
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            assertEquals(all[(int) OrderStatistics.rank(p, 4000) - 1], sketch.quantile(p), 8.0, "p " + p);
        }
    }
}
