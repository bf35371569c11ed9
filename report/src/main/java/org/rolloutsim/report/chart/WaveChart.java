package org.rolloutsim.report.chart;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WaveRow;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * Go-live of each wave, planned against simulated: a bar from the P10 to the P90 simulated go-live
 * date, a tick at the P50 and a diamond at the planned date. A diamond left of the bar means the plan
 * is optimistic.
 */
final class WaveChart {

    static final String RANGE_SERIES = "Simulated go-live, P10\u2013P90";
    static final String P50_SERIES = "Simulated P50";
    static final String PLANNED_SERIES = "Planned go-live";

    /** How far above the middle of its row (in rows) the planned diamond sits: at the bar's top edge. */
    static final double PLANNED_ABOVE = 0.3;

    private WaveChart() {
    }

    static JFreeChart create(ReportData data) {
        WeekCalendar calendar = data.calendar();
        List<WaveRow> waves = data.waves();
        int n = waves.size();
        double[] p10 = new double[n];
        double[] p90 = new double[n];
        double[] p50 = new double[n];
        double[] planned = new double[n];
        List<String> labels = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            WaveRow wave = waves.get(i);
            p10[i] = calendar.epochMillis(wave.goLive().p10());
            p50[i] = calendar.epochMillis(wave.goLive().p50());
            p90[i] = calendar.epochMillis(wave.goLive().p90());
            planned[i] = calendar.epochMillis(wave.plannedGoLiveWeek());
            labels.add(label(wave));
            lo = Math.min(lo, Math.min(p10[i], planned[i]));
            hi = Math.max(hi, Math.max(p90[i], planned[i]));
        }
        RangeRows rows = new RangeRows();
        rows.bars(RANGE_SERIES, p10, p90, 0.5, ChartStyle.SIMULATED_LIGHT);
        rows.marks(P50_SERIES, p50, RangeRows.tick(), ChartStyle.SIMULATED);
        // the plan sits just above its bar, so it never hides the P50 tick when the two dates are close
        rows.marks(PLANNED_SERIES, planned, -PLANNED_ABOVE, RangeRows.diamond(), ChartStyle.LIMIT);
        DateAxis dates = Axes.date("Go-live date");
        if (n > 0) {
            double pad = Math.max(calendar.epochMillis(4) - calendar.epochMillis(0), (hi - lo) * 0.05);
            dates.setRange(new Range(lo - pad, hi + pad));
        }
        XYPlot plot = rows.plot(labels, dates);
        return ChartStyle.chart("When does each wave go live?",
                n == 0 ? "The scenario has no waves" : "Bar: 8 in 10 runs go live inside it. Diamond on top: the plan.",
                plot, true);
    }

    /**
     * "wave-2 (4 sites)"; the follow-on wave a programme adds brings deferred modules to sites
     * already live and has no sites of its own, so it is named for what it carries.
     */
    static String label(WaveRow wave) {
        if (wave.added()) {
            return wave.id() + " (deferred modules)";
        }
        return wave.id() + " (" + wave.sites() + (wave.sites() == 1 ? " site)" : " sites)");
    }
}
