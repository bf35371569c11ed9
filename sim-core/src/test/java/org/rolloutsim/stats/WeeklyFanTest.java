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

    /**
     * Runs are held back and added week by week; every distribution must still end as adding each run
     * as it comes would leave it (here: one-run accumulators merged in run order, whose merge adds
     * kept values one by one). 1,500 runs cross many holding boundaries and move the weeks from kept
     * values to counts and buckets; runs end at different weeks, one before recording anything.
     */
    @Test
    void heldRunsEndInTheStateOfAddingEachRunAsItComes() {
        OutputSchema schema = new OutputSchema(List.of(), List.of("sitesLive", "cost", "fatigue"), 50,
                List.of("sitesLive", "cost"));
        WeeklyFanAccumulator held = new WeeklyFanAccumulator(schema);
        WeeklyFanAccumulator asTheyCome = new WeeklyFanAccumulator(schema);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 1500; i++) {
            out.reset(i);
            RandomStream stream = RandomStream.of(5, i, "fan");
            int end = i == 7 ? 0 : 10 + stream.nextInt(41);
            for (int w = 0; w < end; w++) {
                out.record(0, w, stream.nextInt(12));
                out.record(1, w, (float) (w * 1e5 * stream.nextDouble()));
                out.record(2, w, (float) stream.nextDouble());
            }
            held.accept(out);
            WeeklyFanAccumulator one = new WeeklyFanAccumulator(schema);
            one.accept(out);
            asTheyCome.merge(one);
        }
        ByteSink a = new ByteSink();
        ByteSink b = new ByteSink();
        held.encode(a);
        asTheyCome.encode(b);
        org.junit.jupiter.api.Assertions.assertArrayEquals(b.toArray(), a.toArray());
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
     * The memory the fans report (the memory tests and the spilling decision read it): an empty
     * accumulator holds its tables only, one int per possible run length and one reference per
     * series and week, and as many again for a series that holds its last value (its values by the
     * week runs ended); a run, even one still held back, adds a distribution for each week of each
     * series it recorded and one for the last value it holds.
     */
    @Test
    void storedBytesCountTheTablesAndEveryDistributionKept() {
        int weeks = 30;
        OutputSchema schema = new OutputSchema(List.of(), List.of("sitesLive", "fatigue"), weeks, List.of("sitesLive"));
        long tables = 4L * (weeks + 1) + 8L * weeks * 3;
        assertEquals(tables, new WeeklyFanAccumulator(schema).storedBytes());
        WeeklyFanAccumulator fans = new WeeklyFanAccumulator(schema);
        RunOutput out = schema.newRunOutput();
        out.reset(0);
        for (int w = 0; w < 10; w++) {
            out.record(0, w, 3);
            out.record(1, w, 0.5f);
        }
        fans.accept(out);
        WeekDistribution oneValue = new WeekDistribution();
        oneValue.add(3);
        assertEquals(tables + (10 + 10 + 1) * oneValue.storedBytes(), fans.storedBytes());
    }

    /** Series are recorded as floats: a fan gives back the decimal that was recorded, not the float's binary tail. */
    @Test
    void fansGiveBackTheRecordedDecimal() {
        OutputSchema schema = new OutputSchema(List.of(), List.of("fatigue"), 5);
        WeeklyFanAccumulator fans = new WeeklyFanAccumulator(schema);
        RunOutput out = schema.newRunOutput();
        out.reset(0);
        out.record(0, 0, 0.1f);
        fans.accept(out);
        assertEquals(0.1, fans.fans().get(0).p50(0)); // (double) 0.1f would be 0.10000000149011612
    }
}
