package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.ReportData;

/**
 * Checks that what a chart draws stays inside it: value labels, range bars and axis ends, for any
 * data (correlations up to ±1, differences far from zero, long tails).
 */
class ChartLayoutTest {

    private static final ReportData DATA = SampleData.builder().runs(1000).report();

    @Test
    void tornadoValueLabelsFitForCorrelationsOfOne() {
        ReportData strong = withDrivers(DATA, List.of(new Driver("Vendor upgrade risk occurs", 1.0, -1.0),
                new Driver("Safety pause after go-live", -0.999, 0.98), new Driver("Build effort", 0.4, 0.2)));
        for (Outcome outcome : Outcome.values()) {
            var chart = Charts.tornado(strong, outcome);
            Range range = ((CategoryPlot) chart.getPlot()).getRangeAxis().getRange();
            assertTrue(range.getUpperBound() >= 1.25 && range.getLowerBound() <= -1.25,
                    "room beyond ±1 for the value labels: " + range);
            String svg = ChartFiles.svgElement(chart, 900, 480, "t");
            List<double[]> labels = texts(svg, "[+\u2212]1\\.00|[+\u2212]0\\.9[89]");
            assertEquals(2, labels.size(), "the two strongest value labels are drawn");
            Rectangle2D area = dataArea(chart, 900, 480);
            for (double[] xy : labels) {
                // labels are clipped to the plot's data area; one is about 30 px wide at 11 px
                assertTrue(xy[0] > area.getMinX() && xy[0] + 32 < area.getMaxX(),
                        "value label at x=" + xy[0] + " is cut off by the plot area " + area);
            }
            List<String> ticks = ChartsTest.axisTexts(svg);
            assertFalse(ticks.contains("1.2") || ticks.contains("-1.2") || ticks.contains("1.3"),
                    "no correlation tick beyond ±1: " + ticks);
            assertTrue(ticks.contains("1") && ticks.contains("-1"), "the axis is labelled up to ±1: " + ticks);
        }
    }

    @Test
    void tornadoBoundLeavesRoomForTheLabel() {
        assertEquals(1.3, TornadoChart.bound(1.0), 1e-12);
        assertEquals(0.2, TornadoChart.bound(0.01), 1e-12);
        assertEquals(0.6, TornadoChart.bound(0.42), 1e-12);
    }

    /** The plot's data area when the chart is drawn at the given size (the area marks are clipped to). */
    static Rectangle2D dataArea(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(width, height, info);
        return info.getPlotInfo().getDataArea();
    }

    static ReportData withDrivers(ReportData d, List<Driver> drivers) {
        return new ReportData(d.title(), d.scenarioName(), d.description(), d.start(), d.currency(), d.targetWeek(),
                d.budget(), d.horizonWeeks(), d.provenance(), d.keyInputs(), d.completion(), d.cost(), d.censoredRuns(),
                d.probabilities(), d.waves(), drivers, d.fans());
    }

    /** The (x, y) of each SVG text element whose content matches {@code content}. */
    static List<double[]> texts(String svg, String content) {
        List<double[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*?x=['\"]([-0-9.]+)['\"][^>]*?y=['\"]([-0-9.]+)['\"][^>]*>(" + content + ")</text>").matcher(svg);
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return out;
    }
}
