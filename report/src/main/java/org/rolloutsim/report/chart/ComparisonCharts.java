package org.rolloutsim.report.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.SortedValues;
import org.rolloutsim.report.view.VariantResult;
import org.rolloutsim.report.view.WeekCalendar;

/** Charts comparing variants: overlaid S-curves and paired differences. */
final class ComparisonCharts {

    /** Points per S-curve: enough for a smooth line, few enough for a small SVG. */
    static final int CURVE_POINTS = 200;
    static final String RANGE_SERIES = "Difference per run, P10\u2013P90";
    static final String P50_SERIES = "Median difference (P50)";
    static final String MEAN_SERIES = "Mean difference";
    static final String CI_SERIES = "95% interval of the mean";

    private ComparisonCharts() {
    }

    /** One S-curve per variant: share of runs finished by a date (or costing at most an amount). */
    static JFreeChart sCurves(ComparisonData data, Outcome outcome) {
        WeekCalendar calendar = data.calendar();
        boolean time = outcome == Outcome.COMPLETION;
        // one window for all variants: the axis stops where the bulk of every variant's runs ends
        // a target or budget far from the runs is noted at the edge, not given the axis (FarLimit)
        Double limit = time ? (data.targetWeek() == null ? null : data.targetWeek().doubleValue()) : data.budget();
        // the window is of the runs drawn: those not finished by the horizon are not (below)
        SortedValues all = SortedValues.of(finishedValues(data, outcome));
        Double kept = FarLimit.kept(all, Double.POSITIVE_INFINITY, limit, time ? 26
                : Math.max(1, Math.abs(data.variants().get(0).cost().quantiles().p50()) * 0.1));
        BulkWindow window = BulkWindow.of(all, Double.POSITIVE_INFINITY, kept);
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // one path per curve, so a dash pattern runs along the whole line instead of restarting at every point
        renderer.setDrawSeriesLineAsPath(true);
        List<String> cut = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();
        int index = 0;
        for (VariantResult variant : data.variants()) {
            RunDistribution d = time ? variant.completion() : variant.cost();
            XYSeries series = new XYSeries(legendName(index, variant.name()), false, true);
            // a run not finished by the horizon has no date, and a cost counted only to then: it is
            // not drawn as finishing (or costing) anything, so the curve stays below certainty
            float[] known = finished(variant, d);
            double[][] points = d.hasValues() ? curve(known, d.runs()) : curve(d);
            if (d.hasValues() && known.length < d.runs()) {
                unfinished.add(ComparisonData.key(index) + " " + Percent.format(1 - known.length / (double) d.runs()));
            }
            double lastShown = Double.NaN;
            for (double[] p : points) {
                if (window.hasBand() && p[0] > window.high()) {
                    continue;
                }
                lastShown = p[0];
                series.add(time ? calendar.epochMillis(p[0]) : p[0], p[1]);
            }
            if (window.hasBand() && d.hasValues()) {
                // the exact share up to the end of the axis, not the nearest of the sampled points
                int upTo = 0;
                for (float v : known) {
                    upTo += v <= window.high() ? 1 : 0;
                }
                double share = upTo / (double) d.runs();
                // drawn on to the axis's end only as far as the runs tell: not past a horizon that came before it
                boolean toldToTheEnd = known.length == d.runs() || (time && variant.horizonRule().week() > window.high());
                if (upTo > 0 && !(lastShown >= window.high()) && toldToTheEnd) {
                    series.add(time ? calendar.epochMillis(window.high()) : window.high(), share);
                }
                if (upTo < known.length) {
                    cut.add(ComparisonData.key(index) + " " + Percent.format((known.length - upTo) / (double) d.runs()));
                }
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(index, ChartStyle.variantColour(index));
            renderer.setSeriesStroke(index, ChartStyle.variantStroke(index));
            index++;
        }
        ValueAxis x = outcome == Outcome.COMPLETION ? Axes.date("Completion date")
                : Axes.money("Programme cost", data.money());
        NumberAxis y = Axes.percent(outcome == Outcome.COMPLETION ? "Chance of finishing by the date"
                : "Chance of costing at most");
        y.setRange(new Range(0, 1.0001));
        if (window.hasBand()) {
            // the curves stop at the end of the bulk; what lies beyond is said in the subtitle
            double lo = window.low();
            double hi = window.edge();
            double pad = Math.max(time ? 2 : 1, (hi - lo) * 0.04);
            x.setRange(time ? calendar.epochMillis(lo - pad) : lo - pad, time ? calendar.epochMillis(hi + pad) : hi + pad);
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        if (kept != null) {
            // a target or budget near the runs but beyond the curves' own range widens the axis to it
            double at = time ? calendar.epochMillis(kept) : kept;
            if (!x.getRange().contains(at)) {
                Range r = x.getRange();
                double pad = Math.max(r.getUpperBound(), at) - Math.min(r.getLowerBound(), at);
                x.setRange(Math.min(r.getLowerBound(), at - pad * 0.04), Math.max(r.getUpperBound(), at + pad * 0.04));
            }
        }
        String limitLabel = limit == null ? null : time ? "Target " + calendar.longDate(limit)
                : "Budget " + data.money().format(limit);
        if (window.hasBand()) {
            // the subtitle says where the axis ends (at the bulk's end, or a target or budget beyond
            // it): no tick in the margin after that, where "Dec 2032" stood past "15 November 2032"
            limitTicks(x, TickLimits.between(Double.NEGATIVE_INFINITY,
                    time ? calendar.epochMillis(window.edge()) : window.edge()));
        }
        // the lines' labels placed where the chart is drawn, clear of the curves and of each other (LabelLayout)
        if (kept != null) {
            LabelLayout.line(plot, ChartStyle.limit(time ? calendar.epochMillis(kept) : kept, limitLabel, x.getRange()));
        } else if (limit != null) {
            boolean above = limit > window.high();
            LabelLayout.edgeNote(plot, above ? LabelLayout.Kind.EDGE_RIGHT : LabelLayout.Kind.EDGE_LEFT,
                    FarLimit.noteText(limitLabel, true, above));
        }
        ValueMarker p80 = new ValueMarker(data.confidence(), ChartStyle.PERCENTILE, ChartStyle.PERCENTILE_STROKE);
        p80.setLabel(Percent.level(data.confidence()) + " confidence");
        LabelLayout.horizontalLine(plot, p80);
        String title = outcome == Outcome.COMPLETION ? "Completion date by variant" : "Programme cost by variant";
        String subtitle = "Further left is better: earlier or cheaper at every level of confidence.";
        if (!cut.isEmpty()) {
            subtitle += " The axis ends at " + (time ? calendar.longDate(window.high()) : data.money().format(window.high()))
                    + "; runs " + (time ? "finishing later" : "costing more") + ": " + String.join(", ", cut) + ".";
        }
        if (!unfinished.isEmpty()) {
            subtitle += " Runs not finished by the horizon, " + (time ? "whose date is not known" : "whose cost is only"
                    + " known to be at least their cost by then") + ", are not drawn: " + String.join(", ", unfinished) + ".";
        }
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    private static void limitTicks(ValueAxis axis, TickLimits limits) {
        if (axis instanceof LimitedDateAxis dates) {
            dates.setTickLimits(limits);
        } else if (axis instanceof LimitedNumberAxis numbers) {
            numbers.setTickLimits(limits);
        }
    }

    /** Longest variant name shown in a legend; longer names end in an ellipsis (the report lists them whole). */
    static final int LEGEND_NAME = 44;

    /** "A: Phased roll-out in six waves…": the key the report's tables use, then the name. */
    static String legendName(int index, String name) {
        String shown = name.length() <= LEGEND_NAME ? name : name.substring(0, LEGEND_NAME - 1).strip() + "\u2026";
        return ComparisonData.key(index) + ": " + shown;
    }

    /** The values of an outcome over the runs of all variants together that finished by the horizon. */
    private static float[] finishedValues(ComparisonData data, Outcome outcome) {
        List<float[]> parts = new ArrayList<>();
        int total = 0;
        for (VariantResult v : data.variants()) {
            float[] known = finished(v, outcome == Outcome.COMPLETION ? v.completion() : v.cost());
            parts.add(known);
            total += known.length;
        }
        float[] all = new float[total];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /**
     * The values of {@code d} (a variant's completion weeks or costs) of the runs that finished by the
     * horizon: all of them when every run did; none when per-run values are not held.
     */
    private static float[] finished(VariantResult variant, RunDistribution d) {
        RunDistribution weeks = variant.completion();
        if (variant.censoredRuns() == 0 || !d.hasValues() || !weeks.hasValues() || weeks.runs() != d.runs()) {
            return d.hasValues() ? d.values() : new float[0];
        }
        float[] w = weeks.values();
        float[] v = d.values();
        float[] out = new float[v.length];
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (!variant.unfinishedAt(w[i])) {
                out[n++] = v[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Points (value, share of all {@code runs}) of the runs with {@code known} values, at up to
     * {@link #CURVE_POINTS} evenly spaced ranks: a curve that ends at known / runs.
     */
    static double[][] curve(float[] known, int runs) {
        if (known.length == 0) {
            return new double[0][];
        }
        float[] sorted = known.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int points = Math.min(CURVE_POINTS, n);
        List<double[]> out = new ArrayList<>();
        out.add(new double[] {sorted[0], 0});
        for (int j = 1; j <= points; j++) {
            int rank = (int) Math.ceil(j * (double) n / points);
            out.add(new double[] {sorted[rank - 1], rank / (double) runs});
        }
        return out.toArray(new double[0][]);
    }

    /**
     * Points (value, cumulative share) of the empirical distribution, at {@link #CURVE_POINTS}
     * evenly spaced ranks; from the quantiles alone when no per-run values are held.
     */
    static double[][] curve(RunDistribution d) {
        if (!d.hasValues()) {
            Quantiles q = d.quantiles();
            return new double[][] {{q.p10(), 0.1}, {q.p50(), 0.5}, {q.p80(), 0.8}, {q.p90(), 0.9}};
        }
        return curve(d.values(), d.runs());
    }

    /**
     * Paired differences of one outcome, one row per pair ("B − A"): bar from P10 to P90 of the
     * per-run differences, tick at the P50, diamond at the mean with a thin bar for its 95% interval,
     * a line at zero. Left of zero means the first variant is earlier or cheaper.
     */
    static JFreeChart pairedDifferences(ComparisonData data, Outcome outcome) {
        List<PairedDifference> pairs = data.differences().stream().filter(p -> p.outcome() == outcome).toList();
        int n = pairs.size();
        double[] p10 = new double[n];
        double[] p50 = new double[n];
        double[] p90 = new double[n];
        double[] mean = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        List<String> labels = new ArrayList<>();
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            PairedDifference pair = pairs.get(i);
            Quantiles q = pair.difference().quantiles();
            p10[i] = q.p10();
            p50[i] = q.p50();
            p90[i] = q.p90();
            mean[i] = pair.meanDifference();
            low[i] = pair.meanLow();
            high[i] = pair.meanHigh();
            // keys, not names: an 80-character name as a row label would leave no room for the bars
            labels.add(data.pairLabel(pair));
            lo = Math.min(lo, Math.min(p10[i], low[i]));
            hi = Math.max(hi, Math.max(p90[i], high[i]));
        }
        RangeRows rows = new RangeRows();
        rows.bars(RANGE_SERIES, p10, p90, 0.45, ChartStyle.SIMULATED_LIGHT);
        rows.bars(CI_SERIES, low, high, 0.08, ChartStyle.PERCENTILE);
        rows.marks(P50_SERIES, p50, RangeRows.tick(), ChartStyle.SIMULATED);
        rows.marks(MEAN_SERIES, mean, RangeRows.diamond(), ChartStyle.CURVE);
        Money money = data.money();
        NumberAxis axis = outcome == Outcome.COMPLETION
                ? Axes.signedWeeks("Difference in completion, weeks (negative = first finishes earlier)")
                : signedMoney(money);
        // identical variants give all-zero differences: keep a readable axis around zero
        double floor = outcome == Outcome.COMPLETION ? 1
                : Math.max(1, 0.01 * Math.abs(data.variants().get(0).cost().quantiles().p50()));
        double pad = Math.max(floor, (hi - lo) * 0.08);
        axis.setRange(new Range(lo - pad, hi + pad));
        XYPlot plot = rows.plot(labels, axis);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.TEXT, new BasicStroke(1.5f)), Layer.FOREGROUND);
        // a median difference of 0 (often: many pairs finish the same week) keeps its tick visible over the zero line
        rows.marksOverLines(plot);
        String title = outcome == Outcome.COMPLETION ? "Paired difference in completion date"
                : "Paired difference in programme cost";
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < data.variants().size(); i++) {
            keys.add(legendName(i, data.variants().get(i).name()));
        }
        return ChartStyle.chart(title, "Same random draws for every variant, so differences come from the choices alone. "
                + String.join("; ", keys), plot, true);
    }

    private static NumberAxis signedMoney(Money money) {
        NumberAxis axis = Axes.money("Difference in programme cost (negative = first is cheaper)", money);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }
}
