package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * An input's swing, found from sorted values and one pass over the runs, equals the definition:
 * order the runs by the input (ties by run index) and compare the mean output of the top tenth with
 * that of the bottom tenth. Inputs with many ties (yes/no, a few whole values) test the edges.
 */
class SwingTest {
    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.parameter("smooth"),
            SyntheticModel.parameter("fewValues"),
            SyntheticModel.risk("risks.vendor.occurred"),
            SyntheticModel.parameter("rare")),
            List.of(), 1);

    private static final SyntheticModel MODEL = new SyntheticModel(SCHEMA, (d, out, s) -> {
        double smooth = d.uniform("smooth");
        double few = Math.floor(4 * d.uniform("few"));
        boolean vendor = d.uniform("vendor") < 0.3;
        boolean rare = d.uniform("rare") < 0.05;
        out.set(0, 100 + 20 * smooth + 5 * few + (vendor ? 8 : 0) + (rare ? 30 : 0) + d.uniform("noise"));
        out.set(1, smooth);
        out.set(2, few);
        out.set(3, vendor ? 1 : 0);
        out.set(4, rare ? 1 : 0);
    }, 0);

    /** The definition, with an object per run: the reference the pass over runs must equal. */
    private static double swingByDefinition(double[] input, double[] output, double tail) {
        int n = input.length;
        int count = (int) Math.floor(n * tail);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(input[a], input[b]));
        double low = 0;
        double high = 0;
        for (int k = 0; k < count; k++) {
            low += output[order[k]];
            high += output[order[n - 1 - k]];
        }
        return (high - low) / count;
    }

    private static BatchStatistics batch(int runs, long budget) {
        BatchStatistics stats = new BatchStatistics(SCHEMA, 16, budget, 256);
        RunOutput out = SCHEMA.newRunOutput();
        for (int i = 0; i < runs; i++) {
            out.reset(i);
            MODEL.run(3, i, out);
            stats.accept(out);
        }
        return stats;
    }

    @Test
    void swingEqualsTheDefinitionOnHeapAndInMappedWorkingSpace() {
        for (long budget : new long[] {Long.MAX_VALUE, 0}) {
            BatchStatistics stats = batch(3001, budget);
            double[] weeks = stats.values("completionWeek");
            double[] smooth = stats.values("smooth");
            for (String input : List.of("smooth", "fewValues", "risks.vendor.occurred", "rare")) {
                double[] swings = stats.swings(input, 0.1, "completionWeek", "smooth");
                // the same runs, summed in another order: equal to rounding
                double expected = swingByDefinition(stats.values(input), weeks, 0.1);
                assertEquals(expected, swings[0], 1e-9 * Math.abs(expected), input + " with budget " + budget);
                double second = swingByDefinition(stats.values(input), smooth, 0.1);
                assertEquals(second, swings[1], 1e-9 * Math.max(1, Math.abs(second)), input + ", second output");
            }
            // the rare risk occurs in about 5% of runs: the top tenth holds all of them and others
            assertTrue(stats.swings("rare", 0.1, "completionWeek")[0] > 10, "a rare 30-week risk swings");
        }
    }

    @Test
    void fewerThanTenRunsHaveNoSwingAndTenHaveOneRunAtEachEnd() {
        assertTrue(Double.isNaN(batch(9, Long.MAX_VALUE).swings("smooth", 0.1, "completionWeek")[0]));
        BatchStatistics ten = batch(10, Long.MAX_VALUE);
        assertEquals(swingByDefinition(ten.values("fewValues"), ten.values("completionWeek"), 0.1),
                ten.swings("fewValues", 0.1, "completionWeek")[0], 1e-9);
    }
}
