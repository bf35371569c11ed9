package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.SweepData;

/**
 * A target or budget far from the runs no longer stretches the axes (the runs squeezed into a
 * sliver): the axis keeps to the runs and the limit is written at the plot's edge with an arrow.
 * One near the runs is still drawn as a line on a scale that reaches it.
 */
class FarLimitTest {

    private static final ReportData DATA = SampleData.builder().runs(1000).report();

    /**
     * 2,000 runs finishing around week 150 (sd 10) and costing around $1B (sd $50M), every one
     * finished by the horizon of 520 weeks, with the target and budget given.
     */
    private static ReportData runs(int targetWeek, double budget) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        int n = 2000;
        float[] weeks = new float[n];
        float[] costs = new float[n];
        for (int i = 0; i < n; i++) {
            weeks[i] = (float) Math.rint(150 + 10 * random.nextGaussian());
            costs[i] = (float) (1.0e9 + 5e7 * random.nextGaussian());
        }
        ReportData d = DATA;
        return new ReportData(d.title(), d.scenarioName(), d.description(), d.start(), d.currency(), targetWeek, budget,
                520, new Provenance("t", "h", 1, n, "c"), d.keyInputs(), RunDistribution.of(weeks),
                RunDistribution.of(costs), 0, Probabilities.count(weeks, costs, targetWeek, budget), d.waves(),
                d.drivers(), d.fans());
    }

    private static List<String> notes(XYPlot plot) {
        List<String> out = new ArrayList<>();
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation text) {
                out.add(text.getText());
            } else if (a instanceof LabelLayout layout) {
                out.addAll(layout.labels().stream().filter(l -> l.line() == null
                        && l.kind() != LabelLayout.Kind.HORIZONTAL_LINE).map(LabelLayout.Label::text).toList());
            }
        }
        return out;
    }

    private static List<Double> markers(java.util.Collection<?> markers) {
        List<Double> out = new ArrayList<>();
        if (markers != null) {
            for (Object m : markers) {
                out.add(((ValueMarker) m).getValue());
            }
        }
        return out;
    }

    @Test
    void nearMeansWithinHalfTheSpanOfTheValues() {
        assertTrue(FarLimit.near(150, 100, 200, 1), "inside");
        assertTrue(FarLimit.near(250, 100, 200, 1), "half the span above: the axis grows by half");
        assertFalse(FarLimit.near(250.5, 100, 200, 1));
        assertTrue(FarLimit.near(50, 100, 200, 1));
        assertFalse(FarLimit.near(49, 100, 200, 1));
        assertTrue(FarLimit.near(112, 100, 100, 26), "no spread: half the least span (13 weeks) either side");
        assertFalse(FarLimit.near(114, 100, 100, 26));
    }

    /** A target some 300 weeks past the runs (weeks ~120 to ~185) and a budget of twice their cost. */
    @Test
    void aFarTargetAndBudgetAreNotedAtTheEdgeOfTheRunCharts() {
        ReportData data = runs(480, 2.0e9);
        double target = data.calendar().epochMillis(480);
        double lastRun = data.calendar().epochMillis(200);

        XYPlot completion = Charts.completionHistogram(data).getXYPlot();
        assertTrue(completion.getDomainAxis().getUpperBound() < lastRun,
                "the date axis keeps to the runs: " + completion.getDomainAxis().getRange());
        assertFalse(markers(ChartsTest.domainLines(completion)).contains(target));
        assertTrue(notes(completion).contains("Target " + data.calendar().longDate(480) + ", off the chart \u2192"),
                notes(completion).toString());

        XYPlot cost = Charts.costHistogram(data).getXYPlot();
        assertTrue(cost.getDomainAxis().getUpperBound() < 1.5e9, "cost axis: " + cost.getDomainAxis().getRange());
        assertTrue(notes(cost).contains("Budget $2B, off the chart \u2192"), notes(cost).toString());

        XYPlot joint = Charts.jointConfidence(data).getXYPlot();
        assertTrue(joint.getDomainAxis().getUpperBound() < lastRun && joint.getRangeAxis().getUpperBound() < 1.5e9,
                "the scatter keeps to the runs: " + joint.getDomainAxis().getRange() + ", " + joint.getRangeAxis().getRange());
        assertTrue(notes(joint).contains("Target " + data.calendar().longDate(480) + ", off the chart \u2192")
                && notes(joint).contains("\u2191 Budget $2B, off the chart"), notes(joint).toString());
        assertTrue(notes(joint).contains("On time and on budget: 100%"), "the shares still count against them");
    }

    /** A target and budget just beyond the runs stay on a scale that reaches them, as lines. */
    @Test
    void aNearTargetAndBudgetAreStillLinesOnTheScale() {
        ReportData data = runs(200, 1.25e9);
        XYPlot completion = Charts.completionHistogram(data).getXYPlot();
        double target = data.calendar().epochMillis(200);
        assertTrue(markers(ChartsTest.domainLines(completion)).contains(target));
        assertTrue(completion.getDomainAxis().getRange().contains(target));
        assertTrue(notes(completion).isEmpty(), notes(completion).toString());
        XYPlot joint = Charts.jointConfidence(data).getXYPlot();
        assertTrue(markers(joint.getRangeMarkers(LabelLayout.LINES, Layer.FOREGROUND)).contains(1.25e9));
        assertTrue(joint.getRangeAxis().getRange().contains(1.25e9));
    }

    @Test
    void aFarBudgetBelowTheRunsIsNotedOnTheLeft() {
        ReportData data = runs(150, 1.0e8);
        XYPlot cost = Charts.costHistogram(data).getXYPlot();
        assertTrue(cost.getDomainAxis().getLowerBound() > 5e8, "cost axis: " + cost.getDomainAxis().getRange());
        assertTrue(notes(cost).contains("\u2190 Budget $100M, off the chart"), notes(cost).toString());
    }

    @Test
    void aFarTargetIsNotedOnAComparisonsCurves() {
        ComparisonData base = SampleData.comparison(1000);
        ComparisonData data = new ComparisonData("t", base.start(), "$", 510, base.budget(), base.provenance(),
                base.variants(), List.of());
        JFreeChart chart = Charts.comparisonCurves(data, Outcome.COMPLETION);
        XYPlot plot = chart.getXYPlot();
        assertTrue(plot.getDomainAxis().getUpperBound() < data.calendar().epochMillis(400),
                "the curves keep their axis: " + plot.getDomainAxis().getRange());
        assertTrue(notes(plot).contains("Target " + data.calendar().longDate(510) + ", off the chart \u2192"),
                notes(plot).toString());
        for (Marker m : markers(plot)) {
            assertFalse(m instanceof ValueMarker v && v.getValue() == data.calendar().epochMillis(510));
        }
    }

    private static List<Marker> markers(XYPlot plot) {
        List<Marker> out = new ArrayList<>();
        for (Object m : ChartsTest.domainLines(plot)) {
            out.add((Marker) m);
        }
        return out;
    }

    /** A sweep whose points finish from week 170 to 300 (P10 to P90), with a target at week 480. */
    @Test
    void aFarTargetIsNotedOnASweepChart() {
        List<SweepData.Point> points = new ArrayList<>();
        for (double approval : new double[] {0, 0.5, 1}) {
            points.add(SweepChartTest.point(List.of(approval), 480, 4.8e8));
        }
        SweepData data = SweepChartTest.sweep(List.of("governance.customizationApproval"), points);
        XYPlot plot = Charts.sweepOutcome(data, Outcome.COMPLETION).getXYPlot();
        assertTrue(plot.getRangeAxis().getUpperBound() < data.calendar().epochMillis(320),
                "the date axis keeps to the bands: " + plot.getRangeAxis().getRange());
        assertNull(plot.getRangeMarkers(Layer.FOREGROUND), "no line off the chart");
        assertEquals(List.of("\u2191 Target " + data.calendar().longDate(480) + ", off the chart"), notes(plot));
        // the budget, within the bands, is a line as before
        XYPlot cost = Charts.sweepOutcome(data, Outcome.COST).getXYPlot();
        assertEquals(1, cost.getRangeMarkers(Layer.FOREGROUND).size());
        assertTrue(notes(cost).isEmpty());
    }

    /** A swept target: the axis reaches the targets near the bands; the line runs off it towards the far ones. */
    @Test
    void aSweptTargetReachingFarIsCutAtTheAxisAndNoted() {
        List<SweepData.Point> points = new ArrayList<>();
        for (int week : new int[] {150, 300, 450}) {
            points.add(SweepChartTest.point(List.of((double) week), week, 4.8e8));
        }
        SweepData data = SweepChartTest.sweep(List.of("program.targetWeek"), points);
        XYPlot plot = Charts.sweepOutcome(data, Outcome.COMPLETION).getXYPlot();
        var axis = plot.getRangeAxis().getRange();
        assertTrue(axis.contains(data.calendar().epochMillis(150)) && axis.contains(data.calendar().epochMillis(300)),
                "the near targets are on the scale: " + axis);
        assertFalse(axis.contains(data.calendar().epochMillis(450)), "the far one is not: " + axis);
        assertEquals(3, plot.getDataset(1).getItemCount(0), "the line still goes through every point's target");
        assertEquals(List.of("\u2191 Target up to " + data.calendar().longDate(450) + ", off the chart"), notes(plot));
    }
}
