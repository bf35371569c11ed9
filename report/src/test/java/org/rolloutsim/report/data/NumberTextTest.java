package org.rolloutsim.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.SplittableRandom;
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
    void plainDigitsAreThoseOfBigDecimalForEveryMagnitudeWritten() {
        // over random mantissas of both signs at each exponent from -12 to 17: in plain digits
        // (exponents -9 to 14) the text BigDecimal gives for Double.toString's E-form, trailing
        // zeros included (1.0E-5 is 0.000010); beyond them the E-form unchanged
        SplittableRandom random = new SplittableRandom(20_261_202L);
        for (int exponent = -12; exponent <= 17; exponent++) {
            for (int i = 0; i < 2_000; i++) {
                double mantissa = i % 50 == 0 ? 1 + (i % 7) / 4.0 : 1 + 9 * random.nextDouble();
                double v = (i % 2 == 0 ? 1 : -1) * mantissa * Math.pow(10, exponent);
                String s = Double.toString(v);
                String expected = s.indexOf('E') < 0 || v == Math.rint(v) && Math.abs(v) < 1e15 ? null
                        : Math.abs(v) >= 1e-9 && Math.abs(v) < 1e15 ? new BigDecimal(s).toPlainString() : s;
                if (expected != null) {
                    assertEquals(expected, NumberText.of(v), s);
                }
            }
        }
        assertEquals("0.000010", NumberText.of(1e-5));
        assertEquals("-123456780.5", NumberText.of(-1.234567805e8));
    }

    @Test
    void nonNumbersAreRefusedOrEmpty() {
        assertThrows(IllegalArgumentException.class, () -> NumberText.of(Double.NaN));
        assertEquals("", NumberText.cell(Double.NaN));
        assertEquals("", NumberText.cell(Double.POSITIVE_INFINITY));
    }
}
