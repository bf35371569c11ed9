package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScalarColumnTest {

    private static void assertHolds(ScalarColumn column, double... expected) {
        assertEquals(expected.length, column.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], column.get(i), "value " + i);
        }
    }

    @Test
    void widensFromConstantThroughBitsAndShortsToFloatKeepingEveryValue() {
        ScalarColumn column = new ScalarColumn(false, 16);
        for (int i = 0; i < 70; i++) {
            column.append(0);
        }
        assertTrue(column.isConstant());
        assertEquals(0, column.storedBytes(), "a constant column costs nothing");
        column.append(1);
        assertEquals(8 * 2, column.storedBytes(), "bits: two 64-bit words for 70+ runs (capacity 128)");
        column.append(300);
        assertEquals(2 * 128, column.storedBytes(), "whole numbers: shorts");
        column.append(2.5);
        assertEquals(4 * 128, column.storedBytes(), "fractions: floats");
        double[] expected = new double[73];
        expected[70] = 1;
        expected[71] = 300;
        expected[72] = 2.5;
        assertHolds(column, expected);
    }

    @Test
    void exactColumnsKeepDoubles() {
        ScalarColumn column = new ScalarColumn(true, 4);
        column.append(1.0 / 3);
        column.append(123456789.123);
        for (int i = 0; i < 20; i++) {
            column.append(i);
        }
        assertEquals(1.0 / 3, column.get(0));
        assertEquals(123456789.123, column.get(1));
        assertEquals(19, column.get(21));
        assertEquals(8 * 32, column.storedBytes(), "16 grown by doubling to 32");
    }

    @Test
    void wholeNumbersBeyondAShortGoToFloat() {
        ScalarColumn column = new ScalarColumn(false, 16);
        column.append(5);
        column.append(6);
        column.append(40_000);
        assertHolds(column, 5, 6, 40_000);
        assertEquals(4 * 16, column.storedBytes());
    }

    @Test
    void sortedCopyMatchesASortOfTheValuesInEveryStorage() {
        double[][] inputs = {
            {3, 3, 3},
            {1, 0, 1, 1, 0},
            {5, -2, 7, -2, 0, 30000},
            {0.5, -1, 2.25, 0.5},
        };
        for (double[] values : inputs) {
            ScalarColumn column = new ScalarColumn(false, 2);
            for (double v : values) {
                column.append(v);
            }
            double[] expected = values.clone();
            Arrays.sort(expected);
            double[] sorted = new double[values.length];
            column.sortedCopy(sorted, values.length);
            assertArrayEquals(expected, sorted);
        }
    }

    @Test
    void sortedCopyOutsideTheHeapMergesSegmentsIntoTheOrderOfArraysSort() {
        // NaN, -0.0 and 0.0, repeats and a last segment shorter than the others: what a merge of
        // separately sorted segments could get wrong
        SplittableRandom random = new SplittableRandom(11);
        for (boolean exact : new boolean[] {true, false}) {
            double[] values = new double[1000];
            for (int i = 0; i < values.length; i++) {
                int kind = random.nextInt(10);
                values[i] = kind == 0 ? Double.NaN : kind == 1 ? -0.0 : kind == 2 ? 0.0
                        : kind == 3 ? 7.5 : random.nextDouble(-100, 100);
            }
            ScalarColumn column = new ScalarColumn(exact, 16, new ColumnStore(0), 64);
            for (double v : values) {
                column.append(v);
            }
            double[] expected = new double[values.length];
            column.copyTo(expected, values.length);
            Arrays.sort(expected);
            DoubleBuffer outside = new RunScratch(0).doubles(values.length);
            assertFalse(outside.hasArray(), "working space past the heap limit is a mapped file");
            column.sortedCopy(outside, values.length, new RunScratch(0));
            double[] sorted = new double[values.length];
            outside.get(0, sorted);
            assertArrayEquals(expected, sorted, exact ? "doubles" : "floats");
        }
    }

    @Test
    void wholeNumbersSortOutsideTheHeapByCounting() {
        ScalarColumn column = new ScalarColumn(false, 16, new ColumnStore(0), 8);
        double[] values = {5, -2, 7, -2, 0, 30000, 12, 12, 3, -32768, 4};
        for (double v : values) {
            column.append(v);
        }
        DoubleBuffer outside = new RunScratch(0).doubles(values.length);
        column.sortedCopy(outside, values.length, new RunScratch(0));
        double[] sorted = new double[values.length];
        outside.get(0, sorted);
        double[] expected = values.clone();
        Arrays.sort(expected);
        assertArrayEquals(expected, sorted);
    }

    /**
     * A reader holds one segment at a time: reading forwards, backwards and across segment ends
     * (segments of 4 runs here, 10 runs in all, the last segment short) gives every run's value.
     */
    @Test
    void aReaderGivesEveryRunAcrossSegments() {
        ScalarColumn column = new ScalarColumn(false, 4, new ColumnStore(Long.MAX_VALUE), 4);
        for (int i = 0; i < 10; i++) {
            column.append(100 + i * 0.5);
        }
        ColumnReader reader = new ColumnReader(column, 10);
        for (int i = 0; i < 10; i++) {
            assertEquals(100 + i * 0.5, reader.get(i), "run " + i);
        }
        for (int i = 9; i >= 0; i--) {
            assertEquals(100 + i * 0.5, reader.get(i), "run " + i + ", read backwards");
        }
    }
}
