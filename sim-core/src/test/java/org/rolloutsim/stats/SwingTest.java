package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * An input's swing, found from sorted values and one pass over the runs, equals the definition:
 * order the runs by the input (ties by run index) and compare the mean output of the top tenth with
 * that of the bottom tenth; a yes/no input compares all the runs where it happened with all the others.
 * An input with a few whole values tests the edges' ties.
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
        return endByDefinition(input, output, tail, true) - endByDefinition(input, output, tail, false);
    }

    /** A yes/no input: the mean output where it is 1 minus where it is 0. */
    private static double occurredAgainstNot(double[] input, double[] output) {
        double yes = 0;
        double no = 0;
        int ones = 0;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == 1) {
                yes += output[i];
                ones++;
            } else {
                no += output[i];
            }
        }
        return yes / ones - no / (input.length - ones);
    }

    private static double reference(String input, double[] in, double[] out) {
        return input.equals("risks.vendor.occurred") || input.equals("rare")
                ? occurredAgainstNot(in, out) : swingByDefinition(in, out, 0.1);
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
                double expected = reference(input, stats.values(input), weeks);
                assertEquals(expected, swings[0], 1e-9 * Math.abs(expected), input + " with budget " + budget);
                double second = reference(input, stats.values(input), smooth);
                assertEquals(second, swings[1], 1e-9 * Math.max(1, Math.abs(second)), input + ", second output");
            }
            // a yes/no input is all runs where it happened against all where it did not: the 8 and
            // 30 weeks the synthetic model adds. The other inputs spread the output with an sd of
            // about 10 weeks, so the difference of the two groups' means (about 900 against 2,100
            // runs, and 150 against 2,850) has a standard error of 0.41 and 0.74 weeks; within 4
            assertEquals(8, stats.swings("risks.vendor.occurred", 0.1, "completionWeek")[0], 4 * 0.41);
            assertEquals(30, stats.swings("rare", 0.1, "completionWeek")[0], 4 * 0.74);
        }
    }

    @Test
    void aYesNoInputThatNeverHappensHasNoSwing() {
        OutputSchema schema = SyntheticModel.schema(List.of(SyntheticModel.output("completionWeek"),
                SyntheticModel.risk("risks.never.occurred")), List.of(), 1);
        BatchStatistics stats = new BatchStatistics(schema, 16, Long.MAX_VALUE, 256);
        RunOutput out = schema.newRunOutput();
        for (int i = 0; i < 200; i++) {
            out.reset(i);
            out.set(0, 100 + i % 7);
            out.set(1, 0);
            stats.accept(out);
        }
        assertEquals(0, stats.swings("risks.never.occurred", 0.1, "completionWeek")[0]);
    }

    @Test
    void fewerThanTenRunsHaveNoSwingAndTenHaveOneRunAtEachEnd() {
        assertTrue(Double.isNaN(batch(9, Long.MAX_VALUE).swings("smooth", 0.1, "completionWeek")[0]));
        BatchStatistics ten = batch(10, Long.MAX_VALUE);
        assertEquals(swingByDefinition(ten.values("fewValues"), ten.values("completionWeek"), 0.1),
                ten.swings("fewValues", 0.1, "completionWeek")[0], 1e-9);
    }

    /** The mean output of the {@code count} runs at one end of the order by the input (ties by run index). */
    private static double endByDefinition(double[] input, double[] output, double tail, boolean top) {
        int n = input.length;
        int count = (int) Math.floor(n * tail);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(input[a], input[b]));
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += output[order[top ? n - 1 - k : k]];
        }
        return sum / count;
    }

    /**
     * The ends a swing compares are reported one by one, so a report can tell when they differ in
     * something the swing hides (the share of runs not finished by the horizon): each is the mean of
     * the runs at that end, and their difference is the swing.
     */
    @Test
    void theEndsAreTheMeansOfTheRunsTheSwingCompares() {
        BatchStatistics stats = batch(3001, Long.MAX_VALUE);
        double[] weeks = stats.values("completionWeek");
        for (String input : List.of("smooth", "fewValues")) {
            SwingEnds ends = stats.swingEnds(input, 0.1, "completionWeek");
            double[] in = stats.values(input);
            assertEquals(endByDefinition(in, weeks, 0.1, false), ends.low(0), 1e-9 * 120, input);
            assertEquals(endByDefinition(in, weeks, 0.1, true), ends.high(0), 1e-9 * 120, input);
            assertEquals(stats.swings(input, 0.1, "completionWeek")[0], ends.swing(0), 0, input);
        }
        double[] vendor = stats.values("risks.vendor.occurred");
        SwingEnds risk = stats.swingEnds("risks.vendor.occurred", 0.1, "completionWeek");
        double yes = 0;
        double no = 0;
        int ones = 0;
        for (int i = 0; i < vendor.length; i++) {
            ones += vendor[i] == 1 ? 1 : 0;
            yes += vendor[i] == 1 ? weeks[i] : 0;
            no += vendor[i] == 1 ? 0 : weeks[i];
        }
        assertEquals(yes / ones, risk.high(0), 1e-9 * 120);
        assertEquals(no / (vendor.length - ones), risk.low(0), 1e-9 * 120);
        assertTrue(Double.isNaN(batch(9, Long.MAX_VALUE).swingEnds("smooth", 0.1, "completionWeek").low(0)));
    }

    /**
     * Ends asked twice are answered from the first asking (the report and summary.json ask the same),
     * but never past a run added since: then they are those of all the runs.
     */
    @Test
    void endsAskedAgainAreTheSameUntilARunIsAdded() {
        BatchStatistics stats = batch(3000, Long.MAX_VALUE);
        SwingEnds first = stats.swingEnds("smooth", 0.1, "completionWeek", "fewValues");
        assertSame(first, stats.swingEnds("smooth", 0.1, "completionWeek", "fewValues"));
        SwingEnds other = stats.swingEnds("smooth", 0.1, "completionWeek");
        assertEquals(first.low(0), other.low(0), 0, "the same runs, whatever else was asked with it");
        RunOutput out = SCHEMA.newRunOutput();
        for (int i = 3000; i < 3010; i++) {
            out.reset(i);
            MODEL.run(3, i, out);
            stats.accept(out);
        }
        SwingEnds after = stats.swingEnds("smooth", 0.1, "completionWeek", "fewValues");
        assertNotSame(first, after);
        assertEquals(endByDefinition(stats.values("smooth"), stats.values("completionWeek"), 0.1, true),
                after.high(0), 1e-9 * 120, "the ends of all 3,010 runs");
    }
}
