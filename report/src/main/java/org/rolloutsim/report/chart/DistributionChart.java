package org.rolloutsim.report.chart;

import java.awt.BasicStroke;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * Histogram of one outcome over runs (bars: share of runs per bin, left axis) with its cumulative
 * S-curve (line, right axis), the target or budget as a red line and P50/P80 as dashed lines.
 * Dataset 0 is the histogram ("Runs"), dataset 1 the S-curve ("Cumulative share").
 */
final class DistributionChart {

    static final String HISTOGRAM_SERIES = "Share of runs";
    static final String CURVE_SERIES = "Cumulative share (S-curve)";
    private static final int BINS = 40;

    private DistributionChart() {
    }

    static JFreeChart completion(ReportData data) {
        WeekCalendar calendar = data.calendar();
        String subtitle = data.censoredRuns() == 0 ? null
                : Percent.format(data.censoredShare()) + " of runs had not finished by the end of the simulated horizon ("
                        + calendar.longDate(data.horizonWeeks()) + ")";
        return build("When will the roll-out be complete?", subtitle, "Chance of finishing by the date (S-curve)",
                data.completion(), 1.0, true,
                calendar::epochMillis, Axes.date("Completion date"),
                data.targetWeek() == null ? null : (double) data.targetWeek(),
                "Target " + (data.targetWeek() == null ? "" : calendar.longDate(data.targetWeek())),
                calendar::longDate);
    }

    static JFreeChart cost(ReportData data) {
        Money money = data.money();
        RunDistribution cost = data.cost();
        double minWidth = Math.max(1, Math.abs(cost.quantiles().p50()) * 0.002);
        return build("How much will the programme cost?", null, "Chance of costing at most (S-curve)",
                cost, minWidth, false,
                x -> x, Axes.money("Programme cost", money),
                data.budget(), "Budget " + (data.budget() == null ? "" : money.format(data.budget())),
                money::format);
    }

    private static JFreeChart build(String title, String subtitle, String curveLabel, RunDistribution distribution, double minWidth, boolean whole,
                                    DoubleUnaryOperator toAxis, ValueAxis domainAxis, Double limit,
                                    String limitLabel, DoubleFunction<String> describe) {
        Histogram histogram = Histogram.of(distribution.values(), BINS, minWidth, whole);

        XYIntervalSeries bars = new XYIntervalSeries(HISTOGRAM_SERIES);
        XYSeries curve = new XYSeries(CURVE_SERIES, false, true);
        if (histogram.bins() > 0) {
            curve.add(toAxis.applyAsDouble(histogram.lower(0)), 0.0);
        }
        for (int bin = 0; bin < histogram.bins(); bin++) {
            double lo = toAxis.applyAsDouble(histogram.lower(bin));
            double hi = toAxis.applyAsDouble(histogram.upper(bin));
            double share = histogram.share(bin);
            bars.add((lo + hi) / 2, lo, hi, share, 0, share);
            curve.add(hi, histogram.cumulativeShare(bin));
        }
        XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
        barData.addSeries(bars);

        XYBarRenderer barRenderer = new XYBarRenderer(0.08);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, ChartStyle.SIMULATED_LIGHT);

        NumberAxis shareAxis = Axes.percent("Share of runs in each bar");
        XYPlot plot = new XYPlot(barData, domainAxis, shareAxis, barRenderer);

        XYSeriesCollection curveData = new XYSeriesCollection(curve);
        XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
        curveRenderer.setSeriesPaint(0, ChartStyle.CURVE);
        curveRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
        NumberAxis cumulativeAxis = Axes.percent(curveLabel);
        cumulativeAxis.setRange(new Range(0, 1.0001));
        plot.setRangeAxis(1, cumulativeAxis);
        plot.setDataset(1, curveData);
        plot.setRenderer(1, curveRenderer);
        plot.mapDatasetToRangeAxis(1, 1);
        // the S-curve is drawn over the bars, not hidden behind them
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        Quantiles q = distribution.quantiles();
        plot.addDomainMarker(ChartStyle.percentile(toAxis.applyAsDouble(q.p50()),
                "P50 " + describe.apply(q.p50()), 1), Layer.FOREGROUND);
        plot.addDomainMarker(ChartStyle.percentile(toAxis.applyAsDouble(q.p80()),
                "P80 " + describe.apply(q.p80()), 2), Layer.FOREGROUND);
        if (limit != null) {
            plot.addDomainMarker(ChartStyle.limit(toAxis.applyAsDouble(limit), limitLabel), Layer.FOREGROUND);
        }
        includeInRange(domainAxis, histogram, toAxis, limit);
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    /** Widens the date or cost axis so the target or budget line is visible even far from the runs. */
    private static void includeInRange(ValueAxis axis, Histogram histogram, DoubleUnaryOperator toAxis, Double limit) {
        if (histogram.bins() == 0) {
            if (limit != null) {
                double x = toAxis.applyAsDouble(limit);
                axis.setRange(new Range(x - Math.abs(x) * 0.1 - 1, x + Math.abs(x) * 0.1 + 1));
            }
            return;
        }
        double lo = toAxis.applyAsDouble(histogram.lower(0));
        double hi = toAxis.applyAsDouble(histogram.upper(histogram.bins() - 1));
        if (limit != null) {
            double x = toAxis.applyAsDouble(limit);
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        double pad = (hi - lo) * 0.05;
        axis.setRange(new Range(lo - pad, hi + pad));
    }
}
