package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.Outcome;

class AxesTest {

    /** A week-difference axis signs every tick but zero, which reads "0" as a money axis reads "$0". */
    @Test
    void aWeekDifferenceAxisWritesZeroWithoutASign() {
        NumberFormat ticks = Axes.signedWeeks("weeks").getNumberFormatOverride();
        assertEquals("0", ticks.format(0.0));
        assertEquals("0", ticks.format(-0.0), "a tick computed as -0.0");
        assertEquals("+4", ticks.format(4));
        assertEquals("\u22122.5", ticks.format(-2.5));
        assertEquals("+1,040", ticks.format(1040));
    }

    /**
     * The charts drawn on that axis, the paired differences of completion and the drivers of delay,
     * have a "0" tick and no "+0" one: the sample's differences and drivers lie either side of zero.
     */
    @Test
    void theChartsOnThatAxisHaveNoPlusZeroTick() {
        JFreeChart pairs = Charts.pairedDifferences(SampleData.comparison(300), Outcome.COMPLETION);
        JFreeChart drivers = Charts.tornado(SampleData.builder().runs(300).report(), Outcome.COMPLETION);
        for (JFreeChart chart : new JFreeChart[] {pairs, drivers}) {
            String svg = ChartFiles.svgElement(chart, 900, 400, "t");
            assertTrue(svg.contains(">0</text>"), "a zero tick: " + chart.getTitle().getText());
            assertFalse(svg.contains(">+0</text>"), chart.getTitle().getText());
        }
    }
}
