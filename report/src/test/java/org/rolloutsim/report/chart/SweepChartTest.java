package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.SweepData;
import org.rolloutsim.report.view.WeekCalendar;

/** Sweep charts draw each grid point's own target and budget, not the first point's for all. */
class SweepChartTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    /** A point at {@code x} finishing around week 200 and costing around $470M, with the target and budget given. */
    static SweepData.Point point(List<Double> values, Integer targetWeek, Double budget) {
        return new SweepData.Point(values, new Quantiles(170, 200, 240, 300), new Quantiles(4.3e8, 4.7e8, 5.4e8, 6.0e8),
                new Horizon(520, 0, 100), targetWeek, budget, targetWeek == null ? null : 0.5, budget == null ? null : 0.5,
                targetWeek == null || budget == null ? null : 0.4);
    }

    static SweepData sweep(List<String> parameters, List<SweepData.Point> points) {
        return new SweepData("t", parameters, START, "$", new Provenance("0.1.0", "base-hash", 7, 100, "rollout sweep"),
                points);
    }

    /** A sweep of the target week itself: 150, 200, 250, each point with that target. */
    static SweepData targetSweep() {
        List<SweepData.Point> points = new ArrayList<>();
        for (int week : new int[] {150, 200, 250}) {
            points.add(point(List.of((double) week), week, 4.8e8));
        }
        return sweep(List.of("program.targetWeek"), points);
    }

    /**
     * Where runs not finished by the horizon are within budget so far, the chance on budget is a range
     * (as the run report gives it): the chart draws its upper end too, a line through each point's
     * on budget plus the share not known. With none, it draws the three chances only, as before.
     */
    @Test
    void theChanceOnBudgetsUpperEndIsDrawnWhileItIsARange() {
        List<SweepData.Point> points = new ArrayList<>();
        double[] notKnown = {0.12, 0.0};
        for (int i = 0; i < notKnown.length; i++) {
            points.add(new SweepData.Point(List.of((double) i), new Quantiles(170, 200, 240, 300),
                    new Quantiles(4.3e8, 4.7e8, 5.4e8, 6.0e8), new Horizon(210, 160, 400, 4.2e8), 200, 5e8, 0.5, 0.485,
                    0.47, notKnown[i]));
        }
        XYDataset chances = Charts.sweepChances(sweep(List.of("strategy.waves"), points)).getXYPlot().getDataset();
        assertEquals(4, chances.getSeriesCount());
        assertEquals(SweepChart.ON_BUDGET_AT_MOST, chances.getSeriesKey(3));
        assertEquals(0.605, chances.getYValue(3, 0), 1e-9, "0.485 + 0.12");
        assertEquals(0.485, chances.getYValue(3, 1), 1e-9, "one figure where none is not known");

        XYDataset exact = Charts.sweepChances(sweep(List.of("strategy.waves"),
                List.of(point(List.of(1.0), 200, 5e8)))).getXYPlot().getDataset();
        assertEquals(3, exact.getSeriesCount(), "on time, on budget and both, as before");
    }

    /**
     * The QA sweep: governance.customizationApproval 0, 0.5, 1 by strategy.waves 2, 4, 6, with on budget a
     * range; each chance differs with the waves, so no two of its lines are the same.
     */
    static SweepData approvalByWaves() {
        List<SweepData.Point> points = new ArrayList<>();
        for (double waves : new double[] {2, 4, 6}) {
            for (double approval : new double[] {0, 0.5, 1}) {
                points.add(new SweepData.Point(List.of(approval, waves), new Quantiles(170, 200, 240, 300),
                        new Quantiles(4.3e8, 4.7e8, 5.4e8, 6.0e8), new Horizon(210, 160, 400, 4.2e8), 200, 5e8,
                        0.5 - approval / 5 - waves / 100, 0.45 - waves / 50, 0.4 - approval / 5 - waves / 100, 0.1));
            }
        }
        return new SweepData("Unfinished: sweep of governance.customizationApproval and strategy.waves",
                List.of("governance.customizationApproval", "strategy.waves"), START, "$",
                new Provenance("0.1.0", "base-hash", 7, 500, "rollout sweep"), points);
    }

    /**
     * Two inputs of three values each make twelve lines of chances: each chance keeps its own line
     * style and marker whatever its colour, and the legend is a key of three colours and four styles,
     * so the plot keeps a readable height on a phone's 400 by 408 px drawing (it had 30 px under a
     * twelve-line legend).
     */
    @Test
    void theChancesOfTwoInputsAreToldApartAndLeaveThePlotRoomOnAPhone() {
        org.jfree.chart.JFreeChart chart = Charts.sweepChances(approvalByWaves());
        XYPlot plot = chart.getXYPlot();
        XYDataset chances = plot.getDataset();
        assertEquals(12, chances.getSeriesCount());
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();
        java.util.Set<String> styles = new java.util.HashSet<>();
        for (int s = 0; s < chances.getSeriesCount(); s++) {
            String key = chances.getSeriesKey(s).toString();
            String chance = key.substring(0, key.indexOf(" ("));
            java.awt.BasicStroke stroke = (java.awt.BasicStroke) renderer.getSeriesStroke(s);
            String style = java.util.Arrays.toString(stroke.getDashArray()) + " "
                    + (Boolean.FALSE.equals(renderer.getSeriesShapesVisible(s)) ? "no marker"
                    : renderer.getSeriesShape(s).getBounds2D() + renderer.getSeriesShape(s).getClass().getSimpleName());
            styles.add(chance + " = " + style);
        }
        assertEquals(4, styles.size(), "one line style for each chance, the same in every colour: " + styles);
        assertEquals(4, styles.stream().map(t -> t.substring(t.indexOf(" = "))).distinct().count(),
                "no two chances share a line style and marker: " + styles);
        assertEquals(7, plot.getLegendItems().getItemCount(), "three colours and four styles");

        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.createBufferedImage(400, 408, info);
        double height = info.getPlotInfo().getDataArea().getHeight();
        assertTrue(height >= 150, "the phone's plot is " + height + " px tall");
    }

    @Test
    void aSweptTargetIsALineThroughEachPointsOwnTarget() {
        WeekCalendar calendar = new WeekCalendar(START);
        XYPlot plot = Charts.sweepOutcome(targetSweep(), Outcome.COMPLETION).getXYPlot();
        assertNull(plot.getRangeMarkers(Layer.FOREGROUND), "no single target line claimed for every point");
        XYDataset lines = plot.getDataset(1);
        assertEquals(1, lines.getSeriesCount());
        assertEquals("Target", lines.getSeriesKey(0));
        int[] weeks = {150, 200, 250};
        for (int i = 0; i < weeks.length; i++) {
            assertEquals(weeks[i], lines.getXValue(0, i), 0);
            assertEquals(calendar.epochMillis(weeks[i]), lines.getYValue(0, i), 0, "point " + i + "'s own target");
        }
        // the budget is the same at every point: one line, as before
        XYPlot cost = Charts.sweepOutcome(targetSweep(), Outcome.COST).getXYPlot();
        List<?> markers = new ArrayList<>(cost.getRangeMarkers(Layer.FOREGROUND));
        assertEquals(1, markers.size());
        assertEquals(4.8e8, ((org.jfree.chart.plot.ValueMarker) markers.get(0)).getValue(), 0);
        assertNull(cost.getDataset(1));
    }

    /**
     * A target or budget shared by every point is one line whose label lies wholly inside the plot,
     * on a wide chart and on the phone's narrow copy, whether the line is mid-plot or at its top
     * edge. Its label was drawn from the line's right end outward, and cut off there.
     */
    @Test
    void aSharedLimitsLabelIsDrawnWhollyInsideThePlot() {
        java.awt.font.FontRenderContext text = new java.awt.font.FontRenderContext(null, true, true);
        WeekCalendar calendar = new WeekCalendar(START);
        // week 215 and $500M lie mid-plot; week 300 and $600M are the tops of the P90 bands
        for (int target : new int[] {215, 300}) {
            double budget = target == 215 ? 5.0e8 : 6.0e8;
            List<SweepData.Point> points = new ArrayList<>();
            for (double approval : new double[] {0, 0.5, 1}) {
                points.add(point(List.of(approval), target, budget));
            }
            SweepData data = sweep(List.of("governance.customizationApproval"), points);
            for (Outcome outcome : Outcome.values()) {
                String label = outcome == Outcome.COMPLETION ? "Target " + calendar.longDate(target)
                        : "Budget " + data.money().format(budget);
                double width = ChartStyle.MARKER.getStringBounds(label, text).getWidth();
                for (int[] size : new int[][] {{900, 480}, {400, 380}}) {
                    var chart = Charts.sweepOutcome(data, outcome);
                    java.awt.geom.Rectangle2D area = ChartLayoutTest.dataArea(chart, size[0], size[1]);
                    String svg = ChartFiles.svgElement(chart, size[0], size[1], "s");
                    List<double[]> at = ChartLayoutTest.texts(svg, java.util.regex.Pattern.quote(label));
                    assertEquals(1, at.size(), label + " is drawn once");
                    double x = at.get(0)[0];
                    double y = at.get(0)[1];
                    String where = label + " at (" + x + ", " + y + "), " + size[0] + " px wide, plot " + area;
                    assertTrue(x >= area.getMinX() && x + width <= area.getMaxX(), where);
                    assertTrue(y - ChartStyle.MARKER.getSize() >= area.getMinY() && y <= area.getMaxY(), where);
                }
            }
        }
    }

    /**
     * The first input's axis ticks whole numbers for whole-number inputs (a team's fte of 2, 3, 4),
     * written as the table writes them: a week as its date, a budget as money; fractional values keep
     * fractional ticks. The fte axis ticked at 2.25, 2.5…, and a swept week or budget read as a raw number.
     */
    @Test
    void theInputAxisTicksAsTheTableWritesTheValues() {
        WeekCalendar calendar = new WeekCalendar(START);
        List<SweepData.Point> team = new ArrayList<>();
        for (double fte : new double[] {2, 3, 4}) {
            team.add(point(List.of(fte), 190, 4.8e8));
        }
        for (int[] size : new int[][] {{900, 480}, {400, 380}}) {
            for (SweepData data : List.of(sweep(List.of("team.staff.fte"), team), targetSweep())) {
                for (org.jfree.chart.JFreeChart chart : List.of(Charts.sweepOutcome(data, Outcome.COMPLETION),
                        Charts.sweepOutcome(data, Outcome.COST), Charts.sweepChances(data))) {
                    chart.createBufferedImage(size[0], size[1]);
                    org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getDomainAxis();
                    double tick = x.getTickUnit().getSize();
                    assertTrue(tick >= 1 && tick == Math.rint(tick), data.parameters() + ": a tick every " + tick);
                }
            }
        }
        var target = Charts.sweepOutcome(targetSweep(), Outcome.COMPLETION);
        target.createBufferedImage(900, 480);
        var weeks = (org.jfree.chart.axis.NumberAxis) target.getXYPlot().getDomainAxis();
        assertEquals(calendar.shortDate(150), weeks.getTickUnit().valueToString(150), "a week's tick is its date");
        List<SweepData.Point> budgets = new ArrayList<>();
        for (double budget : new double[] {4e8, 4.5e8, 5e8}) {
            budgets.add(point(List.of(budget), 190, budget));
        }
        var money = (org.jfree.chart.axis.NumberAxis) Charts.sweepOutcome(sweep(List.of("program.budget"), budgets),
                Outcome.COMPLETION).getXYPlot().getDomainAxis();
        assertEquals("$450M", ((org.jfree.chart.axis.NumberTickUnit) money.getStandardTickUnits()
                .getCeilingTickUnit(5e7)).valueToString(4.5e8), "a budget's tick is money");
        List<SweepData.Point> approval = new ArrayList<>();
        for (double a : new double[] {0, 0.25, 0.5}) {
            approval.add(point(List.of(a), 190, 4.8e8));
        }
        var chart = Charts.sweepOutcome(sweep(List.of("governance.customizationApproval"), approval), Outcome.COST);
        chart.createBufferedImage(900, 480);
        assertTrue(((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getDomainAxis()).getTickUnit().getSize() < 1,
                "fractional inputs keep fractional ticks");
    }

    /** A budget swept as the second input: one budget line per line of the chart, each at its group's budget. */
    @Test
    void aBudgetSweptSecondIsOneLinePerGroup() {
        List<SweepData.Point> points = new ArrayList<>();
        for (double approval : new double[] {0, 0.5, 1}) {
            for (double budget : new double[] {4e8, 5e8}) {
                points.add(point(List.of(approval, budget), 190, budget));
            }
        }
        SweepData data = sweep(List.of("governance.customizationApproval", "program.budget"), points);
        XYDataset lines = Charts.sweepOutcome(data, Outcome.COST).getXYPlot().getDataset(1);
        assertEquals(2, lines.getSeriesCount());
        assertEquals("Budget (program.budget = $400M)", lines.getSeriesKey(0));
        for (int s = 0; s < 2; s++) {
            assertEquals(3, lines.getItemCount(s));
            for (int i = 0; i < 3; i++) {
                assertEquals(s == 0 ? 4e8 : 5e8, lines.getYValue(s, i), 0);
            }
        }
        assertTrue(Charts.sweepOutcome(data, Outcome.COST).getLegend() != null, "the legend names the budget lines");
    }

    /**
     * A P50 or P90 held at the horizon by runs not finished by then is marked, not drawn as if exact:
     * a triangle at each such percentile, named in the legend, on the completion chart at the horizon
     * and on the cost chart at the cost those runs had reached. A point whose runs all finished has none.
     */
    @Test
    void percentilesCutOffByTheHorizonAreMarked() {
        WeekCalendar calendar = new WeekCalendar(START);
        List<SweepData.Point> points = List.of(
                new SweepData.Point(List.of(2.0), new Quantiles(60, 520, 520, 520), new Quantiles(4.5e5, 2.3e6, 2.35e6, 2.4e6),
                        new Horizon(520, 600, 1000, 2.2e6), 60, 2e6, 0.12, 0.3, 0.12),
                new SweepData.Point(List.of(3.0), new Quantiles(50, 61, 87, 520), new Quantiles(4.6e5, 5.7e5, 7.9e5, 2.2e6),
                        new Horizon(520, 150, 1000, 2.0e6), 60, 2e6, 0.5, 0.8, 0.5),
                new SweepData.Point(List.of(4.0), new Quantiles(45, 47, 60, 70), new Quantiles(5e5, 5.7e5, 7e5, 7.5e5),
                        new Horizon(520, 0, 1000), 60, 2e6, 0.8, 1.0, 0.8));
        SweepData data = sweep(List.of("team.staff.fte"), points);
        XYPlot completion = Charts.sweepOutcome(data, Outcome.COMPLETION).getXYPlot();
        XYDataset marks = completion.getDataset(2);
        assertEquals(1, marks.getSeriesCount());
        assertEquals(SweepChart.CUT_COMPLETION, marks.getSeriesKey(0));
        // fte 2: P50 and P90 at the horizon; fte 3: P90 only; fte 4: none
        assertEquals(3, marks.getItemCount(0));
        double[][] expected = {{2, 520}, {2, 520}, {3, 520}};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], marks.getXValue(0, i), 0);
            assertEquals(calendar.epochMillis(expected[i][1]), marks.getYValue(0, i), 0);
        }
        XYDataset costs = Charts.sweepOutcome(data, Outcome.COST).getXYPlot().getDataset(2);
        assertEquals(SweepChart.CUT_COST, costs.getSeriesKey(0));
        assertEquals(List.of(2.3e6, 2.4e6, 2.2e6), List.of(costs.getYValue(0, 0), costs.getYValue(0, 1),
                costs.getYValue(0, 2)), "the costs at the cut levels, lower bounds");
        String svg = ChartFiles.svgElement(Charts.sweepOutcome(data, Outcome.COMPLETION), 900, 480, "s");
        assertTrue(svg.contains(SweepChart.CUT_COMPLETION), "the legend names the marks");
        assertNull(Charts.sweepOutcome(targetSweep(), Outcome.COMPLETION).getXYPlot().getDataset(2),
                "every run finished: nothing to mark");
    }

    /**
     * The first input's axis is padded alike at both ends, 5% of the swept span each side, when the
     * sweep starts at 0 too: the axis stopped at 0, cutting the first point's dot and triangle in half.
     */
    @Test
    void theInputAxisIsPaddedAlikeAtBothEnds() {
        List<SweepData.Point> points = new ArrayList<>();
        for (double approval : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            points.add(point(List.of(approval), 190, 4.8e8));
        }
        SweepData data = sweep(List.of("governance.customizationApproval"), points);
        for (org.jfree.chart.JFreeChart chart : List.of(Charts.sweepOutcome(data, Outcome.COMPLETION),
                Charts.sweepOutcome(data, Outcome.COST), Charts.sweepChances(data))) {
            chart.createBufferedImage(900, 480);
            org.jfree.data.Range x = chart.getXYPlot().getDomainAxis().getRange();
            assertEquals(-0.05, x.getLowerBound(), 1e-9, chart.getTitle().getText());
            assertEquals(1.05, x.getUpperBound(), 1e-9, chart.getTitle().getText());
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 480,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g2 = image.createGraphics();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 900, 480), info);
            for (Object tick : chart.getXYPlot().getDomainAxis().refreshTicks(g2, new org.jfree.chart.axis.AxisState(),
                    info.getPlotInfo().getDataArea(), org.jfree.chart.ui.RectangleEdge.BOTTOM)) {
                double at = ((org.jfree.chart.axis.ValueTick) tick).getValue();
                assertTrue(at >= -1e-9 && at <= 1 + 1e-9, "no tick outside the swept values: " + at);
            }
            g2.dispose();
        }
    }

    /**
     * Test cycles 2 and 4 by the target week 150, 200 and 250, named as the headings name them: the
     * target judges the runs and leaves them as they were, so each test cycle's completion and cost are
     * the same at every target week, and so is its chance on budget; its chance on time is not.
     */
    static SweepData cyclesByTarget() {
        List<SweepData.Point> points = new ArrayList<>();
        for (double cycles : new double[] {2, 4}) {
            for (int week : new int[] {150, 200, 250}) {
                double onTime = week / 300.0 - cycles / 100;
                points.add(new SweepData.Point(List.of(cycles, (double) week), new Quantiles(170 - cycles, 200 - cycles,
                        240 - cycles, 300 - cycles), new Quantiles(4.3e8 + cycles * 1e6, 4.7e8 + cycles * 1e6,
                        5.4e8 + cycles * 1e6, 6.0e8 + cycles * 1e6), new Horizon(520, 0, 100), week, 4.8e8, onTime,
                        0.5 + cycles / 100, onTime * 0.8));
            }
        }
        return new SweepData("Regional: sweep of Test cycles and Target week", List.of("practices.testCycles",
                "program.targetWeek"), START, "$", new Provenance("0.1.0", "base-hash", 7, 100, "rollout sweep"), points,
                List.of("Test cycles", "Target week"));
    }

    /**
     * The charts name the swept inputs as the title and headings do, on the axis and in the legends,
     * in the report's drawings for a screen and a phone alike; their paths stay in the subtitle and
     * the table. The charts wrote "practices.testCycles" under the axis and "program.targetWeek = …"
     * in the legends.
     */
    @Test
    void theChartsNameTheSweptInputsAsTheHeadingsDo() {
        SweepData data = cyclesByTarget();
        for (org.jfree.chart.JFreeChart chart : List.of(Charts.sweepOutcome(data, Outcome.COMPLETION),
                Charts.sweepOutcome(data, Outcome.COST), Charts.sweepChances(data))) {
            assertEquals("Test cycles", chart.getXYPlot().getDomainAxis().getLabel());
        }
        String html = org.rolloutsim.report.html.SweepReport.render(data);
        java.util.regex.Matcher svg = java.util.regex.Pattern.compile("<svg.*?</svg>", java.util.regex.Pattern.DOTALL)
                .matcher(html);
        int drawings = 0;
        while (svg.find()) {
            String drawing = svg.group();
            drawings++;
            assertFalse(drawing.contains("practices.testCycles"), drawing);
            assertFalse(drawing.contains("program.targetWeek"), drawing);
            assertTrue(drawing.contains(">Test cycles<"), "the axis: " + drawing);
            assertTrue(drawing.contains("Target week = "), "the legend: " + drawing);
        }
        assertEquals(6, drawings, "three charts, each for a screen and a phone");
        assertTrue(html.contains("data-label=\"practices.testCycles\""), "the table keeps the paths");
    }

    /**
     * An input's name too wide for a phone's plot is shortened on the axis, keeping what it names of
     * the input ("… (probability)"); the chart's title gives it whole. It ran off the drawing.
     */
    @Test
    void aLongNameOnTheAxisIsShortenedToThePlot() {
        String name = "Risk: The vendor ships a major upgrade mid-build and the build must be re-based (probability)";
        SweepData data = new SweepData("t", List.of("risks[0].probability"), START, "$",
                new Provenance("0.1.0", "base-hash", 7, 100, "rollout sweep"),
                List.of(point(List.of(0.1), 190, 4.8e8), point(List.of(0.5), 190, 4.8e8)), List.of(name));
        String phone = ChartFiles.svgElement(Charts.sweepOutcome(data, Outcome.COMPLETION), 400, 380, "p");
        assertFalse(phone.contains(">" + name + "<"), "not whole on the axis of a phone");
        assertTrue(phone.contains("\u2026 (probability)<"), phone);
        String screen = ChartFiles.svgElement(Charts.sweepOutcome(data, Outcome.COMPLETION), 900, 480, "s");
        assertTrue(screen.contains(">" + name + "<"), "whole where it fits");

        java.awt.FontMetrics metrics = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(ChartStyle.LABEL);
        String shown = FittedText.shortened(name, metrics, 200);
        assertTrue(shown.endsWith("\u2026 (probability)") && shown.startsWith("Risk: The"), shown);
        assertTrue(metrics.stringWidth(shown) <= 200, shown);
        assertEquals("Test cycles", FittedText.shortened("Test cycles", metrics, 200));
    }

    /**
     * Where the lines of the second input's values are the same at every point (the target week, which
     * leaves the runs as they were), they are one line named by all the values, and the chart says
     * so: its three lines lay on one another and only the last colour showed, as if the others were
     * missing. Lines that differ stay apart.
     */
    @Test
    void linesTheSameAtEveryPointAreOneAndTheChartSaysSo() {
        SweepData data = cyclesByTarget();
        for (Outcome outcome : Outcome.values()) {
            org.jfree.chart.JFreeChart chart = Charts.sweepOutcome(data, outcome);
            XYDataset lines = chart.getXYPlot().getDataset();
            assertEquals(1, lines.getSeriesCount(), outcome + ": one line for the three target weeks");
            assertEquals(new java.awt.Color(0x55, 0x55, 0x55), chart.getXYPlot().getRenderer().getSeriesPaint(0),
                    "grey, as a chance the same at every target week is: blue is the first target week's in the chances");
            assertEquals("Target week = 19\u00a0Nov\u00a02029, 4\u00a0Nov\u00a02030 and 20\u00a0Oct\u00a02031 (the same)",
                    lines.getSeriesKey(0));
            String subtitle = ((org.jfree.chart.title.TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
            assertTrue(subtitle.contains((outcome == Outcome.COMPLETION ? "Completion date" : "Programme cost")
                    + " is the same at every value of Target week: one line stands for all three."),
                    subtitle);
            assertFalse(subtitle.contains("flat"), "the lines change with the test cycles: " + subtitle);
        }
        assertTrue(SweepChart.sameNote(data, Outcome.COMPLETION).endsWith("Each point's target judges the same dates: the"
                + " chance on time is what changes."));
        assertFalse(SweepChart.sameNote(data, Outcome.COST).contains("judges"), "the budget is one for all");

        org.jfree.chart.JFreeChart chances = Charts.sweepChances(data);
        XYDataset lines = chances.getXYPlot().getDataset();
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) chances.getXYPlot().getRenderer();
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            keys.add(lines.getSeriesKey(s).toString());
        }
        assertEquals(7, keys.size(), "on time and both per target week, on budget once: " + keys);
        int onBudget = keys.indexOf("On budget" + SweepChart.SAME_AT_EVERY);
        assertTrue(onBudget >= 0, keys.toString());
        assertEquals(new java.awt.Color(0x55, 0x55, 0x55), renderer.getSeriesPaint(onBudget), "grey: no one value's colour");
        assertEquals("On budget is the same at every value of Target week: one grey line.",
                SweepChart.chancesNote(data));

        // the waves change every chance and the approval each line: nothing to merge or say
        assertEquals(12, Charts.sweepChances(approvalByWaves()).getXYPlot().getDataset().getSeriesCount());
        assertNull(SweepChart.chancesNote(approvalByWaves()));
    }

    /**
     * A sweep of the target week alone: completion is the same at every point, a flat line, and the
     * chart says so and where the target's effect is; a sweep whose outcome moves says nothing.
     */
    @Test
    void aFlatLineIsSaidToBeTheSameAtEveryValue() {
        assertEquals("Completion date is the same at every value of program.targetWeek: the line is flat. Each point's"
                + " target judges the same dates: the chance on time is what changes.",
                SweepChart.sameNote(targetSweep(), Outcome.COMPLETION));
        assertEquals("Programme cost is the same at every value of program.targetWeek: the line is flat.",
                SweepChart.sameNote(targetSweep(), Outcome.COST));
        List<SweepData.Point> moving = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            moving.add(new SweepData.Point(List.of((double) i), new Quantiles(170 + i, 200 + i, 240 + i, 300 + i),
                    new Quantiles(4.3e8, 4.7e8, 5.4e8, 6.0e8 + i), new Horizon(520, 0, 100), 190, 4.8e8, 0.5, 0.5, 0.4));
        }
        assertNull(SweepChart.sameNote(sweep(List.of("strategy.waves"), moving), Outcome.COMPLETION));
        assertNull(SweepChart.sameNote(sweep(List.of("strategy.waves"), moving), Outcome.COST));
    }

    /**
     * A swept target as the first input with a second input: every group has the same targets, so one
     * black line "Target", where three lines named by the second input's values lay on one another.
     */
    @Test
    void targetsTheGroupsShareAreOneLine() {
        List<SweepData.Point> points = new ArrayList<>();
        for (int week : new int[] {150, 200, 250}) {
            for (double cycles : new double[] {2, 4}) {
                points.add(point(List.of((double) week, cycles), week, 4.8e8));
            }
        }
        XYDataset lines = Charts.sweepOutcome(sweep(List.of("program.targetWeek", "practices.testCycles"), points),
                Outcome.COMPLETION).getXYPlot().getDataset(1);
        assertEquals(1, lines.getSeriesCount());
        assertEquals("Target", lines.getSeriesKey(0));
        assertEquals(3, lines.getItemCount(0));
    }
}
