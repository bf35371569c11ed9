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
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.SortedValues;

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

    /**
     * A rank correlation that rounds to zero is labelled 0.00, neither "\u22120.00" nor "+0.00": it
     * stands out from noise only over millions of runs (3.5 / sqrt(n - 1) = 0.0016 at 5,000,000).
     */
    @Test
    void tornadoLabelsACorrelationThatRoundsToZeroWithoutASign() {
        ReportData weak = SampleData.withRuns(withDrivers(DATA, List.of(new Driver("Build effort", 0.6, 0.5),
                new Driver("Safety pause after go-live", -0.003, 0.004))), 5_000_000);
        for (Outcome outcome : Outcome.values()) {
            List<String> texts = ChartsTest.axisTexts(ChartFiles.svgElement(Charts.tornado(weak, outcome), 900, 480, "z"));
            assertTrue(texts.contains("0.00") && !texts.contains("\u22120.00") && !texts.contains("+0.00"),
                    outcome + ": " + texts);
        }
    }

    /**
     * On a phone the tornado is drawn 400 px wide: every value label beside its bar ("+176.2 weeks",
     * "+$225M", "−5.0 weeks") lies inside the data area it is clipped to, and the axis title inside
     * the drawing. At 400 px the labels of the longest bars ran past the plot's right edge, and the title
     * ran off the drawing.
     */
    @Test
    void tornadoLabelsAndAxisTitleFitAPhoneDrawing() {
        ReportData swings = withDrivers(DATA, List.of(
                new Driver("Person-weeks to build, test and train one workflow", 0.8, 0.7, 176.2, 2.25e8),
                new Driver("Risk: The vendor ships a major upgrade mid-build", 0.3, 0.2, 10.0, 3.86e7),
                new Driver("Safety pause after go-live", -0.25, -0.2, -36.6, -1.2e7)));
        ReportData correlations = withDrivers(DATA, List.of(new Driver("Vendor upgrade risk occurs", 1.0, -1.0),
                new Driver("Build effort", -0.6, 0.5)));
        java.awt.Graphics2D g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics();
        java.awt.FontMetrics tick = g.getFontMetrics(ChartStyle.TICK);
        java.awt.FontMetrics label = g.getFontMetrics(ChartStyle.LABEL);
        for (ReportData data : List.of(swings, correlations)) {
            for (Outcome outcome : Outcome.values()) {
                var chart = Charts.tornado(data, outcome);
                CategoryPlot plot = (CategoryPlot) chart.getPlot();
                List<String> labelled = new ArrayList<>();
                for (int c = 0; c < plot.getDataset().getColumnCount(); c++) {
                    labelled.add(plot.getRenderer().getItemLabelGenerator(0, c).generateLabel(plot.getDataset(), 0, c));
                }
                for (int[] size : new int[][] {{400, 408}, {900, 480}}) {
                    String svg = ChartFiles.svgElement(chart, size[0], size[1], "p");
                    Rectangle2D area = dataArea(chart, size[0], size[1]);
                    Matcher m = Pattern.compile("<text[^>]*?x=['\"]([-0-9.]+)['\"][^>]*>([^<]*)</text>").matcher(svg);
                    int values = 0;
                    boolean titled = false;
                    while (m.find()) {
                        double x = Double.parseDouble(m.group(1));
                        String text = m.group(2);
                        String where = outcome + " at " + size[0] + " px: \"" + text + "\" from x=" + x;
                        if (labelled.contains(text)) {
                            values++;
                            double right = x + tick.stringWidth(text);
                            assertTrue(x >= area.getMinX() && right <= area.getMaxX(),
                                    where + " to " + right + " is cut off by the data area " + area);
                        } else if (text.startsWith("Weeks later") || text.startsWith("Cost more")
                                || text.startsWith("Rank correlation")) {
                            titled = true;
                            double right = x + label.stringWidth(text);
                            assertTrue(x >= 0 && right <= size[0], where + " to " + right + " runs off the drawing");
                        }
                    }
                    assertEquals(labelled.size(), values, outcome + " at " + size[0] + " px: value labels drawn: " + values);
                    assertTrue(titled, outcome + " at " + size[0] + " px: the axis has a title");
                }
            }
        }
    }

    @Test
    void tornadoBoundLeavesRoomForTheLabel() {
        assertEquals(1.3, TornadoChart.bound(1.0), 1e-12);
        assertEquals(0.2, TornadoChart.bound(0.01), 1e-12);
        assertEquals(0.6, TornadoChart.bound(0.42), 1e-12);
    }

    /**
     * 2,000 runs finishing around week 150 and 1% (20 runs) not finished by a horizon of 520 weeks:
     * the axes used to run to the horizon, squeezing the bulk into a spike at the left.
     */
    static ReportData withUnfinishedTail() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        int runs = 2000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            weeks[i] = i % 100 == 0 ? 520 : (float) Math.rint(150 + 10 * random.nextGaussian());
            // a handful of very dear runs (five times the usual cost)
            costs[i] = i % 400 == 7 ? 5.0e9f : (float) (1.0e9 + 5e7 * random.nextGaussian());
        }
        ReportData d = DATA;
        return new ReportData(d.title(), d.scenarioName(), d.description(), d.start(), d.currency(), 160, 1.1e9, 520,
                new org.rolloutsim.report.view.Provenance("t", "h", 1, runs, "c"), d.keyInputs(),
                org.rolloutsim.report.view.RunDistribution.of(weeks), org.rolloutsim.report.view.RunDistribution.of(costs),
                20, org.rolloutsim.report.view.Probabilities.count(weeks, costs, 160, 1.1e9), d.waves(), d.drivers(), d.fans());
    }

    @Test
    void completionAxisKeepsToTheBulkAndGathersUnfinishedRunsInALabelledBar() {
        ReportData data = withUnfinishedTail();
        XYPlot plot = Charts.completionHistogram(data).getXYPlot();
        double horizon = data.calendar().epochMillis(520);
        double bulkEnd = data.calendar().epochMillis(250);
        assertTrue(plot.getDomainAxis().getUpperBound() < bulkEnd,
                "the date axis runs to " + plot.getDomainAxis().getUpperBound() + ", towards the horizon " + horizon);
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(2, bars.getSeriesCount(), "bulk bars and one gathered bar");
        // the 20 unfinished runs of 2,000, and the two latest finished runs, far beyond the bulk (P90 plus half its width)
        assertEquals(22 / 2000.0, bars.getYValue(1, 0), 1e-12, "the gathered bar holds the unfinished and far-late runs");
        String name = bars.getSeriesKey(1).toString();
        assertTrue(name.contains("(1% not finished before " + data.calendar().longDate(520) + ")") && name.contains("1% of runs"), name);
        assertTrue(bars.getStartXValue(1, 0) > bars.getEndXValue(0, bars.getItemCount(0) - 1),
                "the gathered bar stands apart after the last bulk bar");
        String svg = ChartFiles.svgElement(Charts.completionHistogram(data), 900, 480, "u");
        assertTrue(ChartsTest.axisTexts(svg).contains("later"), "the band's tick says what it holds");
        assertFalse(ChartsTest.axisTexts(svg).contains("2036"), "no dates out at the horizon");
    }

    /** No run finished: the one bar at the horizon is drawn as unfinished runs, not as runs completing there. */
    @Test
    void whenNoRunFinishedTheOnlyBarIsNamedAndColouredAsUnfinished() {
        int runs = 200;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            weeks[i] = 520;
            costs[i] = 1.0e9f + i * 1e6f;
        }
        ReportData d = DATA;
        ReportData data = new ReportData(d.title(), d.scenarioName(), d.description(), d.start(), d.currency(), 160,
                1.1e9, 520, new org.rolloutsim.report.view.Provenance("t", "h", 1, runs, "c"), d.keyInputs(),
                org.rolloutsim.report.view.RunDistribution.of(weeks), org.rolloutsim.report.view.RunDistribution.of(costs),
                runs, org.rolloutsim.report.view.Probabilities.count(weeks, costs, 160, 1.1e9), d.waves(), d.drivers(),
                d.fans());
        XYPlot plot = Charts.completionHistogram(data).getXYPlot();
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(DistributionChart.NONE_FINISHED_SERIES, bars.getSeriesKey(0));
        assertEquals(ChartStyle.UNFINISHED, plot.getRenderer(0).getSeriesPaint(0));
        XYPlot finished = Charts.completionHistogram(withUnfinishedTail()).getXYPlot();
        assertEquals(DistributionChart.HISTOGRAM_SERIES, ((IntervalXYDataset) finished.getDataset(0)).getSeriesKey(0));
    }

    @Test
    void costAxisGathersFarOutliers() {
        ReportData data = withUnfinishedTail();
        XYPlot plot = Charts.costHistogram(data).getXYPlot();
        assertTrue(plot.getDomainAxis().getUpperBound() < 2.0e9, "cost axis runs to " + plot.getDomainAxis().getUpperBound());
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(3, bars.getSeriesCount(), "bulk bars, the gathered bar, and the unfinished runs over them");
        assertEquals(5 / 2000.0, bars.getYValue(1, 0), 1e-12, "the five very dear runs are in the gathered bar");
        assertTrue(bars.getSeriesKey(1).toString().contains("over $"), bars.getSeriesKey(1).toString());
        assertEquals(DistributionChart.UNFINISHED_SERIES, bars.getSeriesKey(2));
        double unfinished = 0;
        for (int i = 0; i < bars.getItemCount(2); i++) {
            unfinished += bars.getYValue(2, i);
        }
        assertEquals(20 / 2000.0, unfinished, 1e-12, "the 20 unfinished runs are drawn apart, each at its cost");
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD, plot.getSeriesRenderingOrder(),
                "the unfinished runs, the last series, are drawn last: over the bars, not hidden under them");
        String svg = ChartFiles.svgElement(Charts.costHistogram(data), 900, 480, "c");
        String dark = "rgb(51,51,51)"; // ChartStyle.UNFINISHED
        String light = "rgb(158,201,230)"; // ChartStyle.SIMULATED_LIGHT
        assertTrue(svg.lastIndexOf(dark) > svg.lastIndexOf(light), "in the drawing too, the dark bars come after");
    }

    @Test
    void scatterKeepsToTheBulkButCountsEveryRun() {
        ReportData data = withUnfinishedTail();
        XYPlot plot = Charts.jointConfidence(data).getXYPlot();
        assertTrue(plot.getDomainAxis().getUpperBound() < data.calendar().epochMillis(250));
        assertTrue(plot.getRangeAxis().getUpperBound() < 2.0e9);
        XYDataset dots = plot.getDataset();
        assertEquals(2000, dots.getItemCount(0), "every run is a dot, the gathered ones in the bands");
        for (int i = 0; i < dots.getItemCount(0); i++) {
            assertTrue(plot.getDomainAxis().getRange().contains(dots.getXValue(0, i))
                    && plot.getRangeAxis().getRange().contains(dots.getYValue(0, i)), "dot " + i + " is off the axes");
        }
        // late quadrants count the unfinished runs: at least the 20 of 2,000
        List<String> notes = ChartsTest.annotations(plot);
        int late = notes.stream().filter(n -> n.startsWith("Late")).mapToInt(n -> Integer.parseInt(n.replaceAll(".*: <?(\\d+)%", "$1"))).sum();
        assertTrue(late >= 1, notes.toString());
        assertTrue(ChartsTest.subtitles(Charts.jointConfidence(data)).get(0).contains("not finished before " + data.calendar().longDate(520)),
                ChartsTest.subtitles(Charts.jointConfidence(data)).toString());
    }

    @Test
    void fansAndComparisonCurvesStopWithTheBulk() {
        ReportData data = withUnfinishedTail();
        XYPlot fan = Charts.fan(data, data.fans().get(0)).getXYPlot();
        // the sample fans run to their own horizon; the axis still ends near the bulk of completion
        assertTrue(fan.getDataset().getXValue(0, fan.getDataset().getItemCount(0) - 1) < data.calendar().epochMillis(260));
    }

    /**
     * Every range bar, interval and mark of the paired differences lies inside the axis with room
     * for the marks' half-width (7 px), whatever side of zero and however one-sided the differences.
     */
    @Test
    void pairedDifferenceBarsAndMarksStayInsideThePlot() {
        var base = SampleData.comparison(600);
        var oneSided = new org.rolloutsim.report.view.ComparisonData(base.title(), base.start(), "$", base.targetWeek(),
                base.budget(), base.provenance(), base.variants(), List.of(
                        difference("B", "A", Outcome.COMPLETION, 25, 60, 60, 42.4, 39.4, 45.4),
                        difference("C", "A", Outcome.COMPLETION, -60, -60, -25, -42.2, -45.3, -39.1),
                        difference("D", "A", Outcome.COMPLETION, 0, 0, 0, 0.2, -0.01, 0.4),
                        difference("B", "A", Outcome.COST, 3.3e7, 8.2e7, 8.3e7, 5.7e7, 5.3e7, 6.2e7),
                        difference("C", "A", Outcome.COST, -8.3e7, -8.2e7, -3.3e7, -5.7e7, -6.2e7, -5.3e7),
                        difference("D", "A", Outcome.COST, 0, 0, 0, 2e5, -27, 4.2e5)));
        for (var data : List.of(base, oneSided)) {
            for (Outcome outcome : Outcome.values()) {
                JFreeChart chart = Charts.pairedDifferences(data, outcome);
                XYPlot plot = chart.getXYPlot();
                Rectangle2D area = dataArea(chart, 900, 480);
                var axis = plot.getRangeAxis();
                for (int d = 0; d < plot.getDatasetCount(); d++) {
                    XYDataset set = plot.getDataset(d);
                    for (int s = 0; s < set.getSeriesCount(); s++) {
                        for (int i = 0; i < set.getItemCount(s); i++) {
                            double[] values = set instanceof IntervalXYDataset bars
                                    ? new double[] {bars.getStartYValue(s, i), bars.getEndYValue(s, i)}
                                    : new double[] {set.getYValue(s, i)};
                            for (double v : values) {
                                double x = axis.valueToJava2D(v, area, plot.getRangeAxisEdge());
                                assertTrue(x >= area.getMinX() + 7 && x <= area.getMaxX() - 7,
                                        outcome + " " + set.getSeriesKey(s) + " row " + i + " at " + v
                                                + " is at the edge of the plot: " + axis.getRange());
                            }
                        }
                    }
                }
            }
        }
    }

    private static org.rolloutsim.report.view.PairedDifference difference(String first, String second, Outcome outcome,
            double p10, double p50, double p90, double mean, double low, double high) {
        return new org.rolloutsim.report.view.PairedDifference(first, second, outcome,
                org.rolloutsim.report.view.RunDistribution.ofQuantiles(
                        new org.rolloutsim.report.view.Quantiles(p10, p50, Math.max(p50, (p50 + p90) / 2), p90)),
                mean, low, high, 0.5, 0.5, 0);
    }

    /** Curves of a comparison end at the axis end with the exact share of runs up to it, and say the rest. */
    @Test
    void comparisonCurvesEndAtTheAxisWithTheExactShare() {
        var base = SampleData.comparison(1000);
        var slow = base.variants().get(1);
        float[] costs = slow.cost().values().clone();
        for (int i = 0; i < 3; i++) {
            costs[i * 100] = 2.0e10f; // three runs at ten times the usual cost
        }
        var tail = new org.rolloutsim.report.view.VariantResult(slow.name(), slow.completion(),
                org.rolloutsim.report.view.RunDistribution.of(costs), 0, slow.probabilities());
        var data = new org.rolloutsim.report.view.ComparisonData("t", base.start(), "$", base.targetWeek(), base.budget(),
                base.provenance(), List.of(base.variants().get(0), tail), List.of());
        JFreeChart chart = Charts.comparisonCurves(data, Outcome.COST);
        XYDataset curves = chart.getXYPlot().getDataset();
        assertEquals(0.997, curves.getYValue(1, curves.getItemCount(1) - 1), 1e-12);
        assertEquals(1.0, curves.getYValue(0, curves.getItemCount(0) - 1), 1e-12, "the other variant is whole");
        assertTrue(chart.getXYPlot().getDomainAxis().getUpperBound() < 5e9);
        assertTrue(ChartsTest.subtitles(chart).get(0).endsWith("runs costing more: B <1%."),
                ChartsTest.subtitles(chart).toString());
    }

    /**
     * A target or budget in the right third of a comparison's curves is labelled left of its line,
     * inside the plot, as in the other charts; its label used to run out of the plot and be cut off.
     */
    @Test
    void comparisonLimitLabelNearTheRightEdgeStaysInsideThePlot() {
        var base = SampleData.comparison(1000);
        java.awt.font.FontRenderContext text = new java.awt.font.FontRenderContext(null, true, true);
        for (Outcome outcome : Outcome.values()) {
            // the largest value of all variants: at the right end of the axis
            double last = 0;
            for (var v : base.variants()) {
                for (float x : (outcome == Outcome.COMPLETION ? v.completion() : v.cost()).values()) {
                    last = Math.max(last, x);
                }
            }
            boolean time = outcome == Outcome.COMPLETION;
            Integer target = time ? (int) Math.floor(last) : base.targetWeek();
            Double budget = time ? base.budget() : last;
            var data = new org.rolloutsim.report.view.ComparisonData("t", base.start(), "$", target, budget,
                    base.provenance(), base.variants(), List.of());
            JFreeChart chart = Charts.comparisonCurves(data, outcome);
            String label = time ? "Target " + data.calendar().longDate(target) : "Budget " + data.money().format(budget);
            Rectangle2D area = dataArea(chart, 900, 480);
            List<double[]> at = texts(ChartFiles.svgElement(chart, 900, 480, "c"), Pattern.quote(label));
            assertEquals(1, at.size(), label);
            double width = ChartStyle.MARKER.getStringBounds(label, text).getWidth();
            assertTrue(at.get(0)[0] >= area.getMinX() && at.get(0)[0] + width <= area.getMaxX(),
                    label + " at x=" + at.get(0)[0] + " runs out of the plot " + area);
        }
    }

    @Test
    void bulkWindowGathersOnlyWhatIsFarOrUnfinished() {
        float[] near = new float[1000];
        for (int i = 0; i < near.length; i++) {
            near[i] = 100 + i % 50;
        }
        BulkWindow none = BulkWindow.of(SortedValues.of(near), Double.POSITIVE_INFINITY, null);
        assertFalse(none.hasBand(), "an ordinary tail stays in place");
        assertEquals(149, none.high(), 0);
        near[3] = 900;
        BulkWindow far = BulkWindow.of(SortedValues.of(near), Double.POSITIVE_INFINITY, null);
        assertTrue(far.hasBand());
        assertEquals(1, far.beyond());
        assertEquals(0, far.beyondUnfinished());
        assertTrue(far.high() < 200, "high " + far.high());
        // a target beyond the bulk stays on the scale, and what is left beyond it is gathered
        BulkWindow target = BulkWindow.of(SortedValues.of(near), Double.POSITIVE_INFINITY, 300.0);
        assertEquals(300, target.edge(), 0);
        assertEquals(1, target.beyond());
        near[4] = 1000;
        BulkWindow unfinished = BulkWindow.of(SortedValues.of(near), 1000, null);
        assertEquals(2, unfinished.beyond());
        assertEquals(1, unfinished.beyondUnfinished());
        float[] allStuck = {520, 520, 520};
        assertFalse(BulkWindow.of(SortedValues.of(allStuck), 520, null).hasBand(), "nothing finished: one bar at the horizon, no band");
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
