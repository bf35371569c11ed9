package org.rolloutsim.report.chart;

import java.awt.BasicStroke;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rolloutsim.report.text.Verdict;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * Histogram of one outcome over runs (bars: share of runs per bin, left axis) with its cumulative
 * S-curve (line, right axis), the target or budget as a red line and, as dashed lines, P50 and the
 * board's confidence level (P80 unless it chose another; P50 alone when that is P50).
 * Dataset 0 is the histogram, dataset 1 the S-curve.
 */
final class DistributionChart {

    static final String HISTOGRAM_SERIES = "Share of runs";
    static final String CURVE_SERIES = "Cumulative share (S-curve)";
    private static final int BINS = 40;
    /**
     * The axes reach this much beyond the tallest bar and beyond certainty on the S-curve: a strip
     * along the top of the plot that nothing but the labels of the lines uses, room for about three
     * rows of them on a phone, so they need not sit on the bars or the curve.
     */
    static final double LABEL_ROOM = 1.35;
    static final double CURVE_ROOM = 1.25;

    /** What differs between the completion and the cost histogram. */
    private record Spec(String title, String subtitle, String curveLabel, RunDistribution distribution,
                        double minBinWidth, boolean wholeBins, double minSpan, DoubleUnaryOperator toAxis,
                        ValueAxis axis, Double limit, String limitLabel, DoubleFunction<String> describe,
                        double unfinishedAt, String bandWord, java.util.function.Function<BulkWindow, String> bandName,
                        float[] unfinished, double level) {
    }

    static final String UNFINISHED_SERIES = "Of which not finished by the horizon (cost up to then)";
    /** The bars' name when no run finished: every run sits at the horizon, none completed there. */
    static final String NONE_FINISHED_SERIES = "Not finished by the horizon (all runs)";

    static final String BAND_SERIES_PREFIX = "Grey band: ";

    private DistributionChart() {
    }

    static JFreeChart completion(ReportData data) {
        WeekCalendar calendar = data.calendar();
        String subtitle = data.censoredRuns() == 0 ? null
                : Percent.format(data.censoredShare()) + " of runs had not finished before "
                        + calendar.longDate(data.horizonWeeks()) + ", the end of the simulated horizon";
        // a percentile at the horizon is a censored value: the truth is "that or later"
        Horizon horizon = data.horizon();
        DoubleFunction<String> describe = week -> horizon.longDate(calendar, week);
        return build(new Spec("When will the roll-out be complete?", subtitle,
                "Chance of finishing by the date (S-curve)", data.completion(), 1.0, true, 26,
                calendar::epochMillis, Axes.date("Completion date"),
                data.targetWeek() == null ? null : (double) data.targetWeek(),
                data.targetWeek() == null ? null : "Target " + calendar.longDate(data.targetWeek()), describe,
                data.horizonWeeks(), "later", window -> laterRuns(window, calendar, data.horizonWeeks()), null,
                data.board().confidence()));
    }

    /**
     * "after 3 March 2031, 1.2% of runs (0.4% not finished before 22 December 2036)" or "not finished
     * before …, 9% of runs": a run not finished by the horizon may finish in its week, on its date.
     */
    static String laterRuns(BulkWindow window, WeekCalendar calendar, int horizonWeeks) {
        String horizon = calendar.longDate(horizonWeeks);
        if (window.beyondUnfinished() == window.beyond()) {
            return "not finished before " + horizon + ", " + Percent.format(window.shareBeyond()) + " of runs";
        }
        return "after " + calendar.longDate(window.high()) + ", " + Percent.format(window.shareBeyond()) + " of runs"
                + (window.beyondUnfinished() == 0 ? ""
                        : " (" + Percent.format(window.shareUnfinished()) + " not finished before " + horizon + ")");
    }

    static JFreeChart cost(ReportData data) {
        Money money = data.money();
        RunDistribution cost = data.cost();
        // a cost percentile that takes in a run not finished by the horizon is only a lower bound
        Horizon horizon = data.horizon();
        double scale = Math.abs(cost.quantiles().p50());
        return build(new Spec("How much will the programme cost?", null, "Chance of costing at most (S-curve)",
                cost, Math.max(1, scale * 0.002), false, Math.max(1, scale * 0.1), x -> x,
                Axes.money("Programme cost", money), data.budget(),
                data.budget() == null ? null : "Budget " + money.format(data.budget()), c -> horizon.cost(money, c),
                Double.POSITIVE_INFINITY, "more", window -> "over " + money.format(window.high()) + ", "
                        + Percent.format(window.shareBeyond()) + " of runs", unfinishedCosts(data),
                data.board().confidence()));
    }

    /** The costs of the runs not finished by the horizon (their cost up to then), or null when every run finished. */
    static float[] unfinishedCosts(ReportData data) {
        if (data.censoredRuns() == 0 || !data.completion().hasValues() || !data.cost().hasValues()) {
            return null;
        }
        float[] weeks = data.completion().values();
        float[] costs = data.cost().values();
        int n = 0;
        float[] out = new float[weeks.length];
        for (int i = 0; i < weeks.length; i++) {
            if (weeks[i] >= data.horizonWeeks()) {
                out[n++] = costs[i];
            }
        }
        return n == 0 ? null : java.util.Arrays.copyOf(out, n);
    }

    private static JFreeChart build(Spec spec) {
        DoubleUnaryOperator toAxis = spec.toAxis();
        double minSpan = spec.minSpan();
        // a target or budget far from the runs is noted at the edge, not given the axis (FarLimit)
        Double limit = FarLimit.kept(spec.distribution().sorted(), spec.unfinishedAt(), spec.limit(), minSpan);
        BulkWindow window = BulkWindow.of(spec.distribution().sorted(), spec.unfinishedAt(), limit);
        Histogram histogram = Histogram.of(spec.distribution().values(), BINS, spec.minBinWidth(), spec.wholeBins(),
                window.hasBand() ? window.high() : Double.POSITIVE_INFINITY);

        // no run finished (completion): the one bar at the horizon holds runs that never completed
        boolean noneFinished = window.low() >= spec.unfinishedAt();
        XYIntervalSeries bars = new XYIntervalSeries(noneFinished ? NONE_FINISHED_SERIES : HISTOGRAM_SERIES);
        double tallest = 0;
        for (int bin = 0; bin < histogram.bins(); bin++) {
            double lo = toAxis.applyAsDouble(histogram.lower(bin));
            double hi = toAxis.applyAsDouble(histogram.upper(bin));
            double share = histogram.share(bin);
            bars.add((lo + hi) / 2, lo, hi, share, 0, share);
            tallest = Math.max(tallest, share);
        }
        XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
        barData.addSeries(bars);
        if (window.hasBand()) {
            // the runs beyond the bulk, together in one bar of their own after the axis break
            XYIntervalSeries band = new XYIntervalSeries(BAND_SERIES_PREFIX + spec.bandName().apply(window));
            double lo = toAxis.applyAsDouble(window.bandLow(minSpan));
            double hi = toAxis.applyAsDouble(window.bandHigh(minSpan));
            band.add((lo + hi) / 2, lo, hi, window.shareBeyond(), 0, window.shareBeyond());
            barData.addSeries(band);
            tallest = Math.max(tallest, window.shareBeyond());
        }

        if (spec.unfinished() != null) {
            // unfinished runs drawn over the bars they belong to, dark: each bar shows how many of its runs never finished
            XYIntervalSeries unfinished = new XYIntervalSeries(UNFINISHED_SERIES);
            int total = spec.distribution().runs();
            for (int bin = 0; bin < histogram.bins(); bin++) {
                int count = 0;
                for (float v : spec.unfinished()) {
                    boolean last = bin == histogram.bins() - 1;
                    count += v >= histogram.lower(bin) && (v < histogram.upper(bin) || last && v <= histogram.upper(bin)) ? 1 : 0;
                }
                if (count > 0) {
                    double lo = toAxis.applyAsDouble(histogram.lower(bin));
                    double hi = toAxis.applyAsDouble(histogram.upper(bin));
                    double share = count / (double) total;
                    unfinished.add((lo + hi) / 2, lo, hi, share, 0, share);
                }
            }
            if (window.hasBand()) {
                int count = 0;
                for (float v : spec.unfinished()) {
                    count += v > window.high() ? 1 : 0;
                }
                if (count > 0) {
                    double lo = toAxis.applyAsDouble(window.bandLow(minSpan));
                    double hi = toAxis.applyAsDouble(window.bandHigh(minSpan));
                    unfinished.add((lo + hi) / 2, lo, hi, count / (double) total, 0, count / (double) total);
                }
            }
            if (!window.hasBand()) {
                // keep the series index of the unfinished runs fixed (2) whether or not there is a band
                barData.addSeries(new XYIntervalSeries(BAND_SERIES_PREFIX + "none"));
            }
            barData.addSeries(unfinished);
        }

        XYBarRenderer barRenderer = new XYBarRenderer(0.08);
        barRenderer.setSeriesPaint(2, ChartStyle.UNFINISHED);
        if (!window.hasBand() && spec.unfinished() != null) {
            barRenderer.setSeriesVisibleInLegend(1, false);
        }
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, noneFinished ? ChartStyle.UNFINISHED : ChartStyle.SIMULATED_LIGHT);
        barRenderer.setSeriesPaint(1, ChartStyle.GATHERED);

        LimitedNumberAxis shareAxis = Axes.percent("Share of runs in each bar");
        // room above the tallest bar and the S-curve for the labels of the lines (LabelLayout), but
        // never a meaningless tick at 105%
        shareAxis.setRange(new Range(0, (tallest == 0 ? 1 : tallest) * LABEL_ROOM));
        shareAxis.setTickLimits(TickLimits.between(0, 1));
        XYPlot plot = new XYPlot(barData, spec.axis(), shareAxis, barRenderer);

        XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
        curveRenderer.setSeriesPaint(0, ChartStyle.CURVE);
        curveRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
        LimitedNumberAxis cumulativeAxis = Axes.percent(spec.curveLabel());
        cumulativeAxis.setRange(new Range(0, 1.0001 * CURVE_ROOM));
        cumulativeAxis.setTickLimits(TickLimits.between(0, 1));
        plot.setRangeAxis(1, cumulativeAxis);
        plot.setDataset(1, new XYSeriesCollection(curve(histogram, toAxis)));
        plot.setRenderer(1, curveRenderer);
        plot.mapDatasetToRangeAxis(1, 1);
        // the S-curve is drawn over the bars, not hidden behind them
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // and the unfinished runs (the last series) over the bars they belong to: XYPlot draws the
        // last series first unless told otherwise, which hid them under bars of the same height
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);

        Range range = range(histogram, spec, window, limit);
        spec.axis().setRange(range);
        if (window.hasBand()) {
            AxisBreak.mark(plot, spec.axis(), toAxis.applyAsDouble(window.edge()),
                    toAxis.applyAsDouble(window.bandLow(minSpan)), toAxis.applyAsDouble(window.bandCentre(minSpan)),
                    range.getUpperBound(), Double.isFinite(spec.unfinishedAt())
                            && window.beyondUnfinished() == window.beyond() ? "not finished" : spec.bandWord());
        }
        Quantiles q = spec.distribution().quantiles();
        // the lines here, their labels placed where the chart is drawn (LabelLayout): the target or
        // budget first, then P50 and the board's level, each clear of the others, of the bars and of the lines
        if (limit != null) {
            LabelLayout.line(plot, ChartStyle.limit(toAxis.applyAsDouble(limit), spec.limitLabel(), range));
        } else if (spec.limit() != null) {
            LabelLayout.edgeNote(plot, spec.limit() > window.high() ? LabelLayout.Kind.EDGE_RIGHT : LabelLayout.Kind.EDGE_LEFT,
                    FarLimit.noteText(spec.limitLabel(), true, spec.limit() > window.high()));
        }
        LabelLayout.line(plot, ChartStyle.percentile(toAxis.applyAsDouble(window.place(q.p50(), minSpan)),
                "P50 " + spec.describe().apply(q.p50()), 1, range));
        double level = markedLevel(spec.distribution(), spec.level());
        if (level != 0.5) {
            double atLevel = level == BoardFigures.DEFAULT_CONFIDENCE ? q.p80() : spec.distribution().percentile(level);
            LabelLayout.line(plot, ChartStyle.percentile(toAxis.applyAsDouble(window.place(atLevel, minSpan)),
                    Verdict.label(level) + " " + spec.describe().apply(atLevel), 2, range));
        }
        return ChartStyle.chart(spec.title(), spec.subtitle(), plot, true);
    }

    /**
     * The level marked beside P50: the board's (P80 unless it chose another, as the headline and the
     * tables). A distribution known only by its quantiles knows no other level than P80, so marks that.
     */
    static double markedLevel(RunDistribution distribution, double board) {
        return distribution.hasValues() ? board : BoardFigures.DEFAULT_CONFIDENCE;
    }

    /**
     * The S-curve at each bin's upper edge. A single bin (every run the same) is a vertical step at
     * the value: a sloped line across the bar would claim a spread that is not there.
     */
    private static XYSeries curve(Histogram histogram, DoubleUnaryOperator toAxis) {
        XYSeries curve = new XYSeries(CURVE_SERIES, false, true);
        if (histogram.bins() == 1) {
            double x = toAxis.applyAsDouble((histogram.lower(0) + histogram.upper(0)) / 2);
            curve.add(x, 0.0);
            curve.add(x, 1.0);
            return curve;
        }
        if (histogram.bins() > 0) {
            curve.add(toAxis.applyAsDouble(histogram.lower(0)), 0.0);
        }
        for (int bin = 0; bin < histogram.bins(); bin++) {
            curve.add(toAxis.applyAsDouble(histogram.upper(bin)), histogram.cumulativeShare(bin));
        }
        return curve;
    }

    /**
     * The axis range: all bins, the target or budget line (when it is kept on the scale) and the
     * band of gathered runs, with a margin, and at least {@code minSpan} wide so a batch without
     * spread still sits on a readable calendar or money axis.
     */
    private static Range range(Histogram histogram, Spec spec, BulkWindow window, Double limit) {
        double lo;
        double hi;
        if (histogram.bins() > 0) {
            lo = histogram.lower(0);
            hi = histogram.upper(histogram.bins() - 1);
        } else {
            lo = spec.distribution().quantiles().p10();
            hi = spec.distribution().quantiles().p90();
        }
        if (limit != null) {
            lo = Math.min(lo, limit);
            hi = Math.max(hi, limit);
        }
        // weeks from the programme's start and costs are never negative: the axis does not reach
        // below zero for them (a narrow spread near the start drew months before it)
        double floor = lo >= 0 ? 0 : Double.NEGATIVE_INFINITY;
        if (hi - lo < spec.minSpan()) {
            double mid = (lo + hi) / 2;
            lo = mid - spec.minSpan() / 2;
            hi = mid + spec.minSpan() / 2;
            if (lo < floor) {
                lo = floor;
                hi = floor + spec.minSpan();
            }
        }
        double pad = (hi - lo) * 0.05;
        double top = window.hasBand() ? window.bandHigh(spec.minSpan()) + pad / 2 : hi + pad;
        return new Range(spec.toAxis().applyAsDouble(Math.max(floor, lo - pad)), spec.toAxis().applyAsDouble(top));
    }
}
