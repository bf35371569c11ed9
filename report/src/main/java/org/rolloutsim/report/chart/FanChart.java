package org.rolloutsim.report.chart;

import java.awt.BasicStroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.report.view.WeeklyFan;

/**
 * Fan chart of a weekly series over calendar dates: the P10–P90 band shaded, the P50 as a line.
 * The flat tail after every run has ended (a cumulative series holding its last value, or zeros)
 * is cut so the picture shows the roll-out, not the empty years of the horizon.
 */
final class FanChart {

    private static final int TAIL_WEEKS = 8;

    private FanChart() {
    }

    static JFreeChart create(ReportData data, WeeklyFan fan) {
        WeekCalendar calendar = data.calendar();
        // the axis ends with the bulk of the runs (see BulkWindow), as on the completion chart
        BulkWindow window = BulkWindow.of(data.completion().sorted(), data.horizonWeeks(),
                data.targetWeek() == null ? null : data.targetWeek().doubleValue());
        // every fan of the report spans the same weeks, so they can be read one above the other
        int common = 0;
        for (WeeklyFan any : data.fans()) {
            common = Math.max(common, shownWeeks(any));
        }
        common = Math.max(common, shownWeeks(fan));
        if (window.hasBand()) {
            common = Math.min(common, (int) Math.ceil(window.edge()) + TAIL_WEEKS + 1);
        }
        int weeks = Math.min(fan.weeks(), common);
        YIntervalSeries series = new YIntervalSeries(fan.name() + " (P50, band P10\u2013P90)");
        for (int w = 0; w < weeks; w++) {
            series.add(calendar.epochMillis(w), fan.p50()[w], fan.p10()[w], fan.p90()[w]);
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);

        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.SIMULATED);
        renderer.setSeriesFillPaint(0, ChartStyle.SIMULATED_LIGHT);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setAlpha(0.6f);

        LimitedDateAxis dates = Axes.date(null);
        if (common > 1) {
            dates.setRange(calendar.epochMillis(0), calendar.epochMillis(common - 1));
        }
        XYPlot plot = new XYPlot(dataset, dates, valueAxis(fan, data.money()), renderer);
        return ChartStyle.chart(fan.name(), "Line: P50. Band: P10\u2013P90.", plot, false);
    }

    private static NumberAxis valueAxis(WeeklyFan fan, Money money) {
        return switch (fan.unit()) {
            case CURRENCY -> {
                NumberAxis axis = Axes.money(fan.name(), money);
                axis.setAutoRangeIncludesZero(true);
                yield axis;
            }
            case COUNT -> Axes.count(fan.name());
            case FRACTION -> Axes.percent(fan.name());
        };
    }

    /** Weeks up to the last change in any of the three percentiles, plus a short tail. */
    static int shownWeeks(WeeklyFan fan) {
        int last = 0;
        for (int w = 1; w < fan.weeks(); w++) {
            if (fan.p10()[w] != fan.p10()[w - 1] || fan.p50()[w] != fan.p50()[w - 1] || fan.p90()[w] != fan.p90()[w - 1]) {
                last = w;
            }
        }
        return Math.min(fan.weeks(), last + 1 + TAIL_WEEKS);
    }
}
