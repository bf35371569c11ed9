package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.SensitivityData;

/** The Sobol chart's value axis leaves room for every bar's label, on whichever side it falls. */
class SobolChartTest {

    private static Range valueAxis(double... firstOrder) {
        List<SensitivityData.Index> indices = new ArrayList<>();
        for (int i = 0; i < firstOrder.length; i++) {
            indices.add(new SensitivityData.Index("input " + i, firstOrder[i], 0, 0, Math.max(0, firstOrder[i]), 0, 0));
        }
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("completionWeek",
                "Completion week", "week", 100, 25, indices);
        SensitivityData data = new SensitivityData("t", "s", 100, 0.95, List.of("a"), List.of(outcome),
                new Provenance("0.1.0", "sha256:00", 7, 400, "rollout sensitivity s"));
        JFreeChart chart = SobolChart.create(data, outcome);
        return ((CategoryPlot) chart.getPlot()).getRangeAxis().getRange();
    }

    @Test
    void aSmallNegativeEstimateHasRoomForItsLabelLeftOfZero() {
        Range range = valueAxis(0.8, -0.003);
        // the label of a -0.003 bar needs about as much room as that of a positive one: a tenth of the axis
        assertTrue(-range.getLowerBound() > 0.1 * range.getUpperBound(), "room left of zero: " + range);
    }

    /**
     * Bars are labelled to three decimals, as the table and the console write an index: an estimate of
     * −0.003 reads "−0.003" (at two decimals it had read "0.00" beside the table's "−0.003"),
     * and one that rounds to zero, −0.0004, reads 0.000, not "−0.000", on the wide chart and on
     * the phone's narrow copy; no other text of the chart is a signed zero.
     */
    @Test
    void barsAreLabelledAsTheTableWritesAnIndex() {
        List<SensitivityData.Index> indices = List.of(new SensitivityData.Index("effortPerWorkflow", 0.75, 0.55, 0.99,
                0.93, 0.79, 1.07), new SensitivityData.Index("pauseWeeks", -0.003, -0.011, 0.002, 0.003, 0, 0.007),
                new SensitivityData.Index("trainingRate", -0.0004, -0.012, 0.012, 0.002, 0.002, 0.004));
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("programCost", "Programme cost",
                "money", 4.7e8, 1e15, indices);
        SensitivityData data = new SensitivityData("t", "s", 200, 0.95, List.of("effortPerWorkflow", "pauseWeeks",
                "trainingRate"), List.of(outcome), new Provenance("0.1.0", "sha256:00", 7, 1000, "rollout sensitivity s"));
        for (int[] size : new int[][] {{900, 480}, {400, 380}}) {
            String svg = ChartFiles.svgElement(SobolChart.create(data, outcome), size[0], size[1], "s");
            List<String> texts = ChartsTest.axisTexts(svg);
            assertTrue(texts.stream().noneMatch(t -> t.matches("[-+\u2212]0(\\.0+)?")),
                    size[0] + " px: a zero with a sign among " + texts);
            for (String label : new String[] {"0.750", "0.930", "\u22120.003", "0.003", "0.000", "0.002"}) {
                assertTrue(texts.contains(label), size[0] + " px: " + label + " among " + texts);
            }
        }
    }

    /**
     * A negative tick of the index axis has the minus sign the bar labels and other charts use, "−0.1";
     * it had a hyphen, "-0.1".
     */
    @Test
    void negativeTicksHaveAMinusSign() {
        List<SensitivityData.Index> indices = List.of(new SensitivityData.Index("effortPerWorkflow", 0.6, 0.4, 0.8,
                0.7, 0.5, 0.9), new SensitivityData.Index("pauseWeeks", -0.25, -0.4, -0.1, 0.01, 0, 0.02));
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("completionWeek",
                "Completion week", "week", 100, 25, indices);
        SensitivityData data = new SensitivityData("t", "s", 100, 0.95, List.of("effortPerWorkflow", "pauseWeeks"),
                List.of(outcome), new Provenance("0.1.0", "sha256:00", 7, 400, "rollout sensitivity s"));
        List<String> texts = ChartsTest.axisTexts(ChartFiles.svgElement(SobolChart.create(data, outcome), 900, 480, "s"));
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("-")), "a hyphen among " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.matches("\u22120\\.\\d+") && !t.equals("\u22120.250")),
                "a negative tick among " + texts);
    }

    /**
     * On a phone the chart is drawn 400 px wide: every bar's label, "−0.010" left of a small negative
     * bar as "0.881" right of a long one, lies inside the data area it is clipped to. The room left of
     * zero was a share of the axis fixed for the 900 px drawing, and at 400 px "−0.010" read "010".
     */
    @Test
    void everyLabelFitsThePhoneDrawingAsTheWideOne() {
        List<SensitivityData.Index> indices = List.of(new SensitivityData.Index("effortPerWorkflow", 0.596, 0.31, 0.97,
                0.881, 0.71, 1.02), new SensitivityData.Index("testDetection", -0.010, -0.028, 0.003, 0.026, 0.01, 0.06),
                new SensitivityData.Index("risks.data-migration.impact.delayWeeks", 0.007, -0.006, 0.024, 0.012, 0.007,
                        0.022));
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("completionWeek", "Completion week",
                "week", 100, 25, indices);
        SensitivityData data = new SensitivityData("t", "s", 300, 0.95, List.of("effortPerWorkflow", "testDetection",
                "risks.data-migration.impact.delayWeeks"), List.of(outcome),
                new Provenance("0.1.0", "sha256:00", 5, 1500, "rollout sensitivity s"));
        java.awt.FontMetrics tick = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(ChartStyle.TICK);
        List<String> labels = List.of("0.596", "0.881", "\u22120.010", "0.026", "0.007", "0.012");
        for (int[] size : new int[][] {{400, 380}, {900, 480}}) {
            JFreeChart chart = SobolChart.create(data, outcome);
            String svg = ChartFiles.svgElement(chart, size[0], size[1], "s");
            java.awt.geom.Rectangle2D area = ChartLayoutTest.dataArea(chart, size[0], size[1]);
            for (String label : labels) {
                List<double[]> at = ChartLayoutTest.texts(svg, java.util.regex.Pattern.quote(label));
                assertEquals(1, at.size(), size[0] + " px: \"" + label + "\" drawn once");
                double left = at.get(0)[0];
                double right = left + tick.stringWidth(label);
                assertTrue(left >= area.getMinX() && right <= area.getMaxX(), size[0] + " px: \"" + label + "\" from x="
                        + left + " to " + right + " is cut off by the data area " + area);
            }
        }
    }

    @Test
    void withoutNegativeEstimatesTheAxisStartsAtZero() {
        Range range = valueAxis(0.8, 0.1);
        assertEquals(0, range.getLowerBound());
        assertEquals(1.0, range.getUpperBound(), 1e-12, "a quarter beyond the largest bar for its label");
    }
}
