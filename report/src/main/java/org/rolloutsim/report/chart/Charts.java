package org.rolloutsim.report.chart;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.SweepData;
import org.rolloutsim.report.view.WeeklyFan;

/**
 * The risk charts of a report, each a fresh {@link JFreeChart} built from the view records alone.
 * Dates are on calendar axes, money on currency axes; write them with {@link ChartFiles}.
 */
public final class Charts {

    /** Default size of a chart file, in pixels. */
    public static final int WIDTH = 900;
    public static final int HEIGHT = 480;

    private Charts() {
    }

    /**
     * Every chart of a scenario report, in report order, named for files: completion-histogram,
     * cost-histogram, joint-confidence, drivers-of-delay, drivers-of-cost (only when there are drivers),
     * wave-go-lives (only when there are waves), and one fan per weekly series named after its title
     * (fan-cumulative-programme-cost, fan-sites-live, fan-team-fatigue, fan-open-defects).
     */
    public static List<NamedChart> forReport(ReportData data) {
        List<NamedChart> out = new ArrayList<>();
        out.add(new NamedChart("completion-histogram", completionHistogram(data), WIDTH, HEIGHT));
        out.add(new NamedChart("cost-histogram", costHistogram(data), WIDTH, HEIGHT));
        out.add(new NamedChart("joint-confidence", jointConfidence(data), WIDTH, HEIGHT));
        if (!data.drivers().isEmpty()) {
            out.add(new NamedChart("drivers-of-delay", tornado(data, Outcome.COMPLETION), WIDTH, HEIGHT));
            out.add(new NamedChart("drivers-of-cost", tornado(data, Outcome.COST), WIDTH, HEIGHT));
        }
        if (!data.waves().isEmpty()) {
            out.add(new NamedChart("wave-go-lives", waveGoLives(data), WIDTH, waveChartHeight(data.waves().size())));
        }
        for (WeeklyFan fan : data.fans()) {
            out.add(new NamedChart(fanFileName(fan), fan(data, fan), WIDTH, HEIGHT));
        }
        return out;
    }

    /** "fan-sites-live" for the fan titled "Sites live". */
    static String fanFileName(WeeklyFan fan) {
        return "fan-" + fan.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Height for the wave chart: room for every wave's bar, without a huge gap when there is only one. */
    public static int waveChartHeight(int waves) {
        return Math.max(240, Math.min(1200, 150 + 55 * waves));
    }

    /**
     * Every chart of a comparison report: completion-curves, cost-curves, completion-differences and
     * cost-differences (the last two only when paired differences are given).
     */
    public static List<NamedChart> forComparison(ComparisonData data) {
        List<NamedChart> out = new ArrayList<>();
        out.add(new NamedChart("completion-curves", comparisonCurves(data, Outcome.COMPLETION), WIDTH, HEIGHT));
        out.add(new NamedChart("cost-curves", comparisonCurves(data, Outcome.COST), WIDTH, HEIGHT));
        if (!data.differences().isEmpty()) {
            out.add(new NamedChart("completion-differences", pairedDifferences(data, Outcome.COMPLETION), WIDTH, HEIGHT));
            out.add(new NamedChart("cost-differences", pairedDifferences(data, Outcome.COST), WIDTH, HEIGHT));
        }
        return out;
    }

    /**
     * Histogram of the completion date with its S-curve on a second axis, the target date as a red
     * line, and P50 and the board's confidence level (P80 unless it chose another) as dashed lines.
     * Dataset 0: bars (share of runs; series 0 the bulk, series 1, when present, one bar of the runs
     * far later or not finished, after an axis break); dataset 1: the S-curve, up to the break.
     */
    public static JFreeChart completionHistogram(ReportData data) {
        return DistributionChart.completion(data);
    }

    /**
     * What a histogram's caption says of its {@code limit} ("target" or "budget"), as the chart draws
     * it: "Black line: budget; " for a line, a sentence for a note at the edge when the limit lies
     * far off the runs, and nothing when there is neither (no budget set), so the caption names no
     * line the chart does not draw.
     */
    public static String limitCaption(JFreeChart chart, String limit) {
        String name = Character.toUpperCase(limit.charAt(0)) + limit.substring(1) + " ";
        for (LabelLayout.Label label : LabelLayout.of(chart.getXYPlot()).labels()) {
            boolean line = label.kind() == LabelLayout.Kind.VERTICAL_LINE || label.kind() == LabelLayout.Kind.HORIZONTAL_LINE;
            if (line && label.text().startsWith(name)) {
                return "Black line: " + limit + "; ";
            }
            if (!line && label.kind() != LabelLayout.Kind.POINT && label.kind() != LabelLayout.Kind.CORNER
                    && label.text().contains(name)) {
                return "The " + limit + " lies off the chart, far from every run; an arrow at the edge points to it; ";
            }
        }
        return "";
    }

    /** The same for programme cost, with the budget line; far dearer runs are gathered after a break. */
    public static JFreeChart costHistogram(ReportData data) {
        return DistributionChart.cost(data);
    }

    /**
     * Joint confidence scatter: cost against completion date, one dot per run (every k-th run above
     * 2000 runs), target and budget lines, and each quadrant's share of all runs. Runs far beyond the
     * rest on either axis are drawn in a grey band after an axis break, which the subtitle counts.
     */
    public static JFreeChart jointConfidence(ReportData data) {
        return JointConfidenceChart.create(data);
    }

    /**
     * Whether {@link #jointConfidence} draws the JCL 70 point with its lines: not when there is none,
     * nor when it falls among the runs gathered in a grey band, so a caption names only what is drawn.
     */
    public static boolean jointConfidenceDrawsJcl70(ReportData data) {
        return JointConfidenceChart.drawsJcl70(data);
    }

    /** Sobol first-order and total indices of the inputs studied, for one outcome. */
    public static JFreeChart sobol(org.rolloutsim.report.view.SensitivityData data,
                                   org.rolloutsim.report.view.SensitivityData.OutcomeIndices outcome) {
        return SobolChart.create(data, outcome);
    }

    /** The sensitivity report's charts, as files: sobol-NAME. */
    public static List<NamedChart> forSensitivity(org.rolloutsim.report.view.SensitivityData data) {
        List<NamedChart> charts = new java.util.ArrayList<>();
        for (org.rolloutsim.report.view.SensitivityData.OutcomeIndices o : data.outcomes()) {
            charts.add(new NamedChart("sobol-" + o.name().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT),
                    sobol(data, o), WIDTH, HEIGHT));
        }
        return charts;
    }

    /** Tornado of the top ten drivers of {@code outcome}, strongest at the top. */
    public static JFreeChart tornado(ReportData data, Outcome outcome) {
        return TornadoChart.create(data, outcome);
    }

    /**
     * For a caption under {@link #tornado}: each bar marked "*" (its runs cut off at the horizon
     * unevenly, {@link org.rolloutsim.report.view.Driver#cutOffUnevenly}) with the share of its runs
     * at each end not finished by then; empty when no bar is marked.
     */
    public static String tornadoCutOff(ReportData data, Outcome outcome) {
        List<String> marked = new java.util.ArrayList<>();
        for (org.rolloutsim.report.view.Driver d : TornadoChart.ranked(data.drivers(), outcome, data.provenance().runs())) {
            if (d.cutOffUnevenly()) {
                marked.add("\u201c" + d.label() + "\u201d, " + d.unfinishedAtEnds());
            }
        }
        if (marked.isEmpty()) {
            return "";
        }
        return " Marked *, the runs at the two ends of a bar differ by "
                + Math.round(org.rolloutsim.report.view.Driver.UNFINISHED_GAP * 100) + " points or more in their share"
                + " not finished by the horizon, whose completion counts as the horizon and cost only up to then: such"
                + " a bar compares unlike runs and may understate, or even reverse, the effect. For "
                + String.join("; for ", marked) + ".";
    }

    /** Fan chart (P10–P90 band, P50 line) of one weekly series over calendar dates. */
    public static JFreeChart fan(ReportData data, WeeklyFan fan) {
        return FanChart.create(data, fan);
    }

    /** Per-wave go-live: simulated P10–P90 bar, P50 tick and the planned date as a diamond. */
    public static JFreeChart waveGoLives(ReportData data) {
        return WaveChart.create(data);
    }

    /** Every chart of a sweep report: sweep-completion, sweep-cost, sweep-chances. */
    public static List<NamedChart> forSweep(SweepData data) {
        return List.of(new NamedChart("sweep-completion", sweepOutcome(data, Outcome.COMPLETION), WIDTH, HEIGHT),
                new NamedChart("sweep-cost", sweepOutcome(data, Outcome.COST), WIDTH, HEIGHT),
                new NamedChart("sweep-chances", sweepChances(data), WIDTH, HEIGHT));
    }

    /** P50 line and P10–P90 band of {@code outcome} against the first swept input, a line per value of the second. */
    public static JFreeChart sweepOutcome(SweepData data, Outcome outcome) {
        return SweepChart.outcome(data, outcome);
    }

    /** Chances of finishing on time, on budget and both against the first swept input. */
    public static JFreeChart sweepChances(SweepData data) {
        return SweepChart.chances(data);
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
