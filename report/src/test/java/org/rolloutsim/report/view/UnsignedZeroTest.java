package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class UnsignedZeroTest {

    @Test
    void aZeroLosesItsSignAndNothingElseDoes() {
        assertEquals("0.00", UnsignedZero.of("\u22120.00"));
        assertEquals("0.00", UnsignedZero.of("-0.00"));
        assertEquals("0", UnsignedZero.of("-0"));
        assertEquals("0.00", UnsignedZero.of("+0.00"));
        assertEquals("0%", UnsignedZero.of("-0%"));
        assertEquals("\u22120.01", UnsignedZero.of("\u22120.01"));
        assertEquals("-0.5", UnsignedZero.of("-0.5"));
        assertEquals("+1.00", UnsignedZero.of("+1.00"));
        assertEquals("-", UnsignedZero.of("-"), "no digits: nothing to say it is zero");
        assertEquals("0.00", UnsignedZero.of("0.00"));
    }

    @Test
    void aFormatWritesWhatRoundsToZeroWithoutASign() {
        NumberFormat twoDecimals = UnsignedZero.of(new DecimalFormat("0.00;\u22120.00",
                DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
        assertEquals("0.00", twoDecimals.format(-0.003));
        assertEquals("0.00", twoDecimals.format(-0.0));
        assertEquals("\u22120.01", twoDecimals.format(-0.006), "a value that does not round to zero keeps its sign");
        assertEquals("0.72", twoDecimals.format(0.7213));
        assertEquals("0", UnsignedZero.of(NumberFormat.getNumberInstance(Locale.ENGLISH)).format(-0.0),
                "a tick at -0.0");
    }
}
