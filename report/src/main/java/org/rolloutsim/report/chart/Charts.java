package org.rolloutsim.report.chart;

import org.jfree.chart.JFreeChart;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WeeklyFan;

/**
 * The risk charts of a report, each a fresh {@link JFreeChart} built from the view records alone.
 * Dates are on calendar axes, money on currency axes; write them with {@link ChartFiles}.
 */
public final class Charts {

    private Charts() {
    }

    /**
     * Histogram of the completion date with its S-curve on a second axis, the target date as a red
     * line and P50/P80 as dashed lines. Dataset 0: bars (share of runs); dataset 1: S-curve.
     */
    public static JFreeChart completionHistogram(ReportData data) {
        return DistributionChart.completion(data);
    }

    /** The same for programme cost, with the budget line. */
    public static JFreeChart costHistogram(ReportData data) {
        return DistributionChart.cost(data);
    }

    /**
     * Joint confidence scatter: cost against completion date, one dot per run (every k-th run above
     * 2000 runs), target and budget lines, and each quadrant's share of all runs.
     */
    public static JFreeChart jointConfidence(ReportData data) {
        return JointConfidenceChart.create(data);
    }

    /** Tornado of the top ten drivers of {@code outcome}, strongest at the top. */
    public static JFreeChart tornado(ReportData data, Outcome outcome) {
        return TornadoChart.create(data, outcome);
    }

    /** Fan chart (P10–P90 band, P50 line) of one weekly series over calendar dates. */
    public static JFreeChart fan(ReportData data, WeeklyFan fan) {
        return FanChart.create(data, fan);
    }

    /** Per-wave go-live: simulated P10–P90 bar, P50 tick and the planned date as a diamond. */
    public static JFreeChart waveGoLives(ReportData data) {
        return WaveChart.create(data);
    }

    /** Overlaid S-curves of {@code outcome}, one per variant, with the target or budget line. */
    public static JFreeChart comparisonCurves(ComparisonData data, Outcome outcome) {
        return ComparisonCharts.sCurves(data, outcome);
    }

    /** Paired differences of {@code outcome} per pair: P10–P90 bar, P50, mean with its 95% interval. */
    public static JFreeChart pairedDifferences(ComparisonData data, Outcome outcome) {
        return ComparisonCharts.pairedDifferences(data, outcome);
    }
}
