package org.rolloutsim.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertEquals("104", NumberText.of(104.0));
        assertEquals("25000000", NumberText.of(2.5e7));
        assertEquals("0", NumberText.of(-0.0));
        assertEquals("-3", NumberText.of(-3.0));
    }

    @Test
    void everydayMagnitudesArePlainDigitsInShortestForm() {
        assertEquals("0.1", NumberText.of(0.1));
        assertEquals("12345678.9", NumberText.of(12345678.9));
        assertEquals("0.000015", NumberText.of(1.5e-5));
        assertEquals("1.0E-20", NumberText.of(1e-20));
        assertEquals("1.0E20", NumberText.of(1e20));
        assertEquals("1.5E20", NumberText.of(1.5e20));
    }

    @Test
    void textReadsBackAsTheSameDouble() {
        for (double v : new double[] {Math.PI, 1 / 3.0, 2.5e7 / 3, 1e-7 / 3, 123456789012.345, 0.7}) {
            assertEquals(v, Double.parseDouble(NumberText.of(v)));
        }
    }

    @Test
    void nonNumbersAreRefusedOrEmpty() {
        assertThrows(IllegalArgumentException.class, () -> NumberText.of(Double.NaN));
        assertEquals("", NumberText.cell(Double.NaN));
        assertEquals("", NumberText.cell(Double.POSITIVE_INFINITY));
    }
}
