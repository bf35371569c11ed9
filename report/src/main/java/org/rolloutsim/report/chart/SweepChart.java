package org.rolloutsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rolloutsim.report.view.InputUnit;
import org.rolloutsim.report.view.Listed;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.SweepData;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * Sweep charts: an outcome against the first swept input, its P50 as a line with markers and its
 * P10–P90 as a band; with a second input, one line and band per value of it (Okabe–Ito colours and
 * dash patterns). And the chances of finishing on time, on budget and both, as lines.
 *
 * <p>A percentile among runs not finished by the horizon is drawn where those runs stand, at the
 * horizon (for cost, at their cost up to then), but it is only known to be later or dearer: each such
 * P10, P50 or P90 is marked with an upward triangle, named in the legend ({@link #cutOff}).
 */
final class SweepChart {

    private SweepChart() {
    }

    /** P50 line and P10–P90 band of completion or cost against the first input. */
    static JFreeChart outcome(SweepData data, Outcome outcome) {
        boolean time = outcome == Outcome.COMPLETION;
        WeekCalendar calendar = data.calendar();
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (Map.Entry<String, List<SweepData.Point>> group : SameLines.merged(data, groups(data), drawn(time))
                .entrySet()) {
            YIntervalSeries series = new YIntervalSeries(group.getKey());
            for (SweepData.Point p : group.getValue()) {
                Quantiles q = time ? p.completion() : p.cost();
                double x = p.values().get(0);
                series.add(x, y(q.p50(), time, calendar), y(q.p10(), time, calendar), y(q.p90(), time, calendar));
            }
            dataset.addSeries(series);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.22f);
        renderer.setDrawSeriesLineAsPath(true);
        // one line for every value of the second input is grey, as a chance the same at every value is (chances)
        boolean everyValue = dataset.getSeriesCount() == 1 && groups(data).size() > 1;
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            java.awt.Paint colour = everyValue ? KEY_GREY : ChartStyle.variantColour(i);
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, ChartStyle.variantStroke(i));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        ValueAxis y = time ? Axes.date("Completion date") : Axes.money("Programme cost", data.money());
        XYPlot plot = new XYPlot(dataset, inputAxis(data), y, renderer);
        List<? extends Number> limits = time ? data.targetWeeks() : data.budgets();
        String limitName = time ? "Target" : "Budget";
        // the axis keeps to the bands and to the limits near them; a far limit is noted at the edge (FarLimit)
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (SweepData.Point p : data.points()) {
            Quantiles q = time ? p.completion() : p.cost();
            low = Math.min(low, q.p10());
            high = Math.max(high, q.p90());
        }
        double minSpan = time ? 26 : Math.max(1, Math.abs((low + high) / 2) * 0.1);
        double axisLow = low;
        double axisHigh = high;
        double farBelow = Double.NaN;
        double farAbove = Double.NaN;
        for (Number n : limits) {
            double limit = n.doubleValue();
            if (FarLimit.near(limit, low, high, minSpan)) {
                axisLow = Math.min(axisLow, limit);
                axisHigh = Math.max(axisHigh, limit);
            } else if (limit > high) {
                farAbove = Double.isNaN(farAbove) ? limit : Math.max(farAbove, limit);
            } else {
                farBelow = Double.isNaN(farBelow) ? limit : Math.min(farBelow, limit);
            }
        }
        if (!data.points().isEmpty()) {
            // the margin JFreeChart gives an automatic range: 5% of its length each side
            double length = axisHigh > axisLow ? axisHigh - axisLow : minSpan;
            y.setRange(y(axisLow - 0.05 * length, time, calendar), y(axisHigh + 0.05 * length, time, calendar));
        }
        if (limits.size() == 1 && Double.isNaN(farAbove) && Double.isNaN(farBelow)) {
            double limit = limits.get(0).doubleValue();
            plot.addRangeMarker(ChartStyle.horizontalLimit(y(limit, time, calendar), limitName + " "
                    + format(limit, time, data), y.getRange()), Layer.FOREGROUND);
        } else if (limits.size() > 1) {
            // each point is judged against its own target or budget: a black line through them, per group
            plot.setDataset(1, limitLines(data, time, limitName));
            plot.setRenderer(1, limitRenderer(plot.getDataset(1).getSeriesCount()));
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        if (!Double.isNaN(farAbove)) {
            LabelLayout.edgeNote(plot, LabelLayout.Kind.EDGE_TOP, FarLimit.noteText(limitName
                    + (limits.size() > 1 ? " up to " : " ") + format(farAbove, time, data), false, true));
        }
        if (!Double.isNaN(farBelow)) {
            LabelLayout.edgeNote(plot, LabelLayout.Kind.EDGE_BOTTOM, FarLimit.noteText(limitName
                    + (limits.size() > 1 ? " down to " : " ") + format(farBelow, time, data), false, false));
        }
        XYSeriesCollection cut = cutOff(data, time);
        if (cut.getSeriesCount() > 0) {
            plot.setDataset(2, cut);
            XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
            marks.setSeriesPaint(0, ChartStyle.UNFINISHED);
            marks.setSeriesShape(0, upTriangle());
            plot.setRenderer(2, marks);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        String title = (time ? "Completion date" : "Programme cost") + " against " + data.names().get(0);
        String same = sameNote(data, outcome);
        return ChartStyle.chart(title, "Line and dots: P50. Band: P10\u2013P90 (8 in 10 runs inside)."
                + (same == null ? "" : " " + same), plot,
                data.parameters().size() > 1 || limits.size() > 1 || cut.getSeriesCount() > 0);
    }

    /**
     * What an outcome chart draws at a point: its P10, P50 and P90 and which of them are bounds, the
     * same at two points when their lines there are the same.
     */
    private static java.util.function.Function<SweepData.Point, List<?>> drawn(boolean time) {
        return p -> {
            Quantiles q = time ? p.completion() : p.cost();
            return time ? List.of(q.p10(), q.p50(), q.p90(), p.horizon().cuts(q.p10()), p.horizon().cuts(q.p50()),
                    p.horizon().cuts(q.p90()))
                    : List.of(q.p10(), q.p50(), q.p90(), p.horizon().costCut(q.p10()), p.horizon().costCut(q.p50()),
                    p.horizon().costCut(q.p90()));
        };
    }

    /**
     * What the chart of an outcome says of lines that are the same (null when none are): that the
     * outcome comes out the same at every value of the second input, one line standing for them all
     * (a sweep of the target week, which judges the runs and leaves them as they were), or which
     * values' lines are one; and that it is the same at every value of the first input, the lines flat.
     */
    static String sameNote(SweepData data, Outcome outcome) {
        boolean time = outcome == Outcome.COMPLETION;
        String what = time ? "Completion date" : "Programme cost";
        List<String> sentences = new ArrayList<>();
        Map<String, List<SweepData.Point>> groups = groups(data);
        String merged = mergedNote(data, groups, drawn(time), what);
        if (merged != null) {
            sentences.add(merged);
        }
        if (SameLines.flat(groups, drawn(time))) {
            sentences.add(what + " is the same at every value of " + data.names().get(0)
                    + (groups.size() > 1 ? ": the lines are flat." : ": the line is flat."));
        }
        // the same runs judged against targets (or budgets) that differ: the chance is what moves
        if (!sentences.isEmpty() && (time ? data.targetWeeks() : data.budgets()).size() > 1) {
            sentences.add(time ? "Each point's target judges the same dates: the chance on time is what changes."
                    : "Each point's budget judges the same costs: the chance on budget is what changes.");
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    /** That the lines of some values of the inputs after the first are one, or null when none are. */
    private static String mergedNote(SweepData data, Map<String, List<SweepData.Point>> groups,
                                     java.util.function.Function<SweepData.Point, List<?>> drawn, String what) {
        List<List<String>> classes = SameLines.classes(groups, drawn);
        if (classes.size() == groups.size()) {
            return null;
        }
        if (classes.size() == 1) {
            return what + " is the same at every value of " + (data.parameters().size() == 2 ? data.names().get(1)
                    : String.join(" and ", data.names().subList(1, data.names().size()))) + ": one line stands for all "
                    + SameLines.number(groups.size()) + ".";
        }
        List<String> same = new ArrayList<>();
        for (List<String> keys : classes) {
            if (keys.size() > 1) {
                same.add(SameLines.named(data, keys, groups));
            }
        }
        return what + " is the same for " + String.join("; for ", same) + ": each such set is one line.";
    }

    /** The mark of a percentile only known to be later or dearer than drawn: a triangle pointing up. */
    private static java.awt.Shape upTriangle() {
        java.awt.geom.Path2D.Double triangle = new java.awt.geom.Path2D.Double();
        triangle.moveTo(0, -6.5);
        triangle.lineTo(6, 4);
        triangle.lineTo(-6, 4);
        triangle.closePath();
        return triangle;
    }

    /**
     * The P10, P50 and P90 that take in runs not finished by the horizon, as one series (none when
     * every run finished): a completion among them is only known to come at the horizon or later, and a
     * cost at or above the lowest of their costs (counted only to then) to be at least what it is.
     */
    static XYSeriesCollection cutOff(SweepData data, boolean time) {
        WeekCalendar calendar = data.calendar();
        XYSeries series = new XYSeries(time ? CUT_COMPLETION : CUT_COST, false, true);
        for (SweepData.Point p : data.points()) {
            Quantiles weeks = p.completion();
            Quantiles q = time ? weeks : p.cost();
            double[][] levels = {{weeks.p10(), q.p10()}, {weeks.p50(), q.p50()}, {weeks.p90(), q.p90()}};
            for (double[] level : levels) {
                if (time ? p.horizon().cuts(level[0]) : p.horizon().costCut(level[1])) {
                    series.add(p.values().get(0).doubleValue(), y(level[1], time, calendar));
                }
            }
        }
        XYSeriesCollection out = new XYSeriesCollection();
        if (series.getItemCount() > 0) {
            out.addSeries(series);
        }
        return out;
    }

    /** The legend's name of the marks on a completion chart. */
    static final String CUT_COMPLETION = "Not finished by the horizon: this date or later";
    /** The legend's name of the marks on a cost chart. */
    static final String CUT_COST = "Runs not finished by the horizon: at least this";

    /**
     * The target (or budget) of each point as lines against the first input, one per group of the
     * other inputs' values, named "Target" or "Target (group)" when there are several groups; groups
     * whose targets are the same share one line, named "Target" when all do.
     */
    static XYSeriesCollection limitLines(SweepData data, boolean time, String name) {
        WeekCalendar calendar = data.calendar();
        Map<String, List<SweepData.Point>> groups = groups(data);
        // groups with the same targets (a sweep of the target as the first input) share one line, as they lay on one another
        List<List<String>> classes = SameLines.classes(groups,
                p -> java.util.Collections.singletonList(time ? p.targetWeek() : p.budget()));
        XYSeriesCollection lines = new XYSeriesCollection();
        for (List<String> keys : classes) {
            String key = keys.size() == 1 ? keys.get(0) : SameLines.named(data, keys, groups);
            XYSeries line = new XYSeries(classes.size() > 1 ? name + " (" + key + ")" : name, false, true);
            for (SweepData.Point p : groups.get(keys.get(0))) {
                Number limit = time ? p.targetWeek() : p.budget();
                if (limit != null) {
                    line.add(p.values().get(0).doubleValue(), y(limit.doubleValue(), time, calendar));
                }
            }
            if (line.getItemCount() > 0) {
                lines.addSeries(line);
            }
        }
        return lines;
    }

    /** Black limit lines; with several groups, each with its group's dash pattern. */
    private static XYLineAndShapeRenderer limitRenderer(int series) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, ChartStyle.LIMIT);
            renderer.setSeriesStroke(i, series == 1 ? ChartStyle.LIMIT_STROKE : ChartStyle.limitStroke(i));
        }
        return renderer;
    }

    /** The name of the upper end of the chance on budget, drawn when some point's is a range. */
    static final String ON_BUDGET_AT_MOST = "On budget, at most";

    private static final Stroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1f, 5f}, 0f);

    /** The names of the chances, in the order drawn: on time, on budget, both, and the upper end of on budget. */
    private static final String[] CHANCES = {"On time", "On budget", "Both (JCL)", ON_BUDGET_AT_MOST};

    /**
     * The chances of finishing on time, on budget and both against the first input; where runs not
     * finished by the horizon are within budget so far, the upper end of the chance on budget too.
     *
     * <p>Each chance has its own line style and marker (solid with dots, dashed with squares, dash-dot
     * with diamonds, dotted), whatever the colour. With a second input each of its values has a colour,
     * and the legend is a key of the two: the colours, then the styles (seven entries for three values,
     * where naming every line took twelve, "On budget (strategy.waves = 4)", that on a phone left the
     * plot 30 px tall and on a screen were three colours in twelve lines hard to tell apart).
     */
    static JFreeChart chances(SweepData data) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        List<String> names = new ArrayList<>();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDrawSeriesLineAsPath(true);
        boolean two = data.parameters().size() > 1;
        boolean[] drawn = new boolean[CHANCES.length];
        List<String> groupNames = new ArrayList<>();
        Map<String, List<SweepData.Point>> groups = SameLines.merged(data, groups(data), SweepChart::chancesAt);
        // a chance the same for every value of the second input (on time, in a sweep of the budget) is one grey line
        boolean[] common = common(groups);
        int group = 0;
        for (Map.Entry<String, List<SweepData.Point>> points : groups.entrySet()) {
            String suffix = two ? " (" + points.getKey() + ")" : "";
            groupNames.add(points.getKey());
            for (int which = 0; which < CHANCES.length; which++) {
                // while runs not finished by the horizon are within budget so far, on budget is a range: its
                // upper end, every such run staying within the budget, is a dotted line above the lower
                if (which == 3 && points.getValue().stream().noneMatch(p -> p.probabilities().onBudgetIsRange())) {
                    continue;
                }
                if (common[which] && group > 0) {
                    continue;
                }
                if (add(dataset, names, CHANCES[which] + (common[which] ? SAME_AT_EVERY : suffix), points.getValue(),
                        which)) {
                    int series = dataset.getSeriesCount() - 1;
                    drawn[which] = true;
                    // with two inputs: colour for the second input's value; with one, for which chance
                    renderer.setSeriesPaint(series, common[which] ? KEY_GREY
                            : ChartStyle.variantColour(two ? group : which == 3 ? 1 : which));
                    renderer.setSeriesStroke(series, chanceStroke(which));
                    renderer.setSeriesShape(series, chanceShape(which));
                    renderer.setSeriesShapesVisible(series, which < 3);
                }
            }
            group++;
        }
        NumberAxis y = Axes.percent("Chance");
        y.setRange(0, 1.0001);
        XYPlot plot = new XYPlot(dataset, inputAxis(data), y, renderer);
        if (two && !names.isEmpty()) {
            plot.setFixedLegendItems(key(groupNames, drawn));
        }
        return ChartStyle.chart("Chance of finishing on time and on budget against " + data.names().get(0),
                names.isEmpty() ? "The scenario sets no target date or budget." : chancesNote(data), plot, true);
    }

    /** The key of a chance drawn once, grey, for every value of the second input. */
    static final String SAME_AT_EVERY = " (every value, the same)";

    /** The chances drawn at a point, the same at two points when their lines there are the same. */
    private static List<?> chancesAt(SweepData.Point p) {
        return java.util.Arrays.asList(p.onTime(), p.onBudget(), p.jcl(), p.probabilities().onBudgetAtMost());
    }

    /**
     * For each chance, whether it is the same for every one of two or more groups (those left once
     * groups the same in every chance are one).
     */
    private static boolean[] common(Map<String, List<SweepData.Point>> groups) {
        boolean[] common = new boolean[CHANCES.length];
        for (int which = 0; which < CHANCES.length; which++) {
            int chance = which;
            common[which] = groups.size() > 1 && SameLines.classes(groups,
                    p -> java.util.Collections.singletonList(chancesAt(p).get(chance))).size() == 1;
        }
        return common;
    }

    /**
     * What the chart of the chances says of lines that are the same (null when none are): the values
     * of the second input whose chances are all the same, one colour standing for them; and each
     * chance the same at every value of it (on budget in a sweep of the target week), one grey line.
     */
    static String chancesNote(SweepData data) {
        if (data.parameters().size() < 2) {
            return null;
        }
        List<String> sentences = new ArrayList<>();
        Map<String, List<SweepData.Point>> groups = groups(data);
        String merged = mergedNote(data, groups, SweepChart::chancesAt, "Every chance");
        if (merged != null) {
            sentences.add(merged);
        }
        boolean[] common = common(SameLines.merged(data, groups, SweepChart::chancesAt));
        List<String> same = new ArrayList<>();
        for (int which = 0; which < CHANCES.length; which++) {
            int chance = which;
            // a chance the scenario does not give (no budget) is no line; the upper end of on budget only while a range
            boolean drawn = which == 3 ? data.anyOnBudgetNotKnown()
                    : data.points().stream().anyMatch(p -> chancesAt(p).get(chance) != null);
            if (common[which] && drawn) {
                same.add(CHANCES[which].toLowerCase(java.util.Locale.ROOT).replace("(jcl)", "(JCL)"));
            }
        }
        if (!same.isEmpty()) {
            String name = String.join(" and ", data.names().subList(1, data.names().size()));
            String chances = Listed.of(same);
            sentences.add(Character.toUpperCase(chances.charAt(0)) + chances.substring(1) + (same.size() > 1 ? " are"
                    : " is") + " the same at every value of " + name + ": " + (same.size() > 1 ? "each is one grey line."
                    : "one grey line."));
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    /** The line style of a chance: solid, dashed, dash-dot; the upper end of on budget dotted. */
    static Stroke chanceStroke(int which) {
        return which == 3 ? DOTTED : ChartStyle.variantStroke(which == 2 ? 3 : which);
    }

    /** The marker of a chance: a dot, a square, a diamond (none on the dotted upper end). */
    static java.awt.Shape chanceShape(int which) {
        return switch (which) {
            case 0 -> new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7);
            case 1 -> new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6);
            default -> RangeRows.diamond(4.5);
        };
    }

    /**
     * The legend of the chances with two inputs: a colour for each value of the second ("strategy.waves
     * = 4"), drawn as a plain line, then each chance drawn in grey with its style and marker.
     */
    static LegendItemCollection key(List<String> groupNames, boolean[] drawn) {
        LegendItemCollection items = new LegendItemCollection();
        java.awt.Shape line = new java.awt.geom.Line2D.Double(-10, 0, 10, 0);
        for (int g = 0; g < groupNames.size(); g++) {
            java.awt.Paint colour = ChartStyle.variantColour(g);
            items.add(new LegendItem(groupNames.get(g), null, null, null, false, line, false, colour, false, colour,
                    new BasicStroke(1f), true, line, new BasicStroke(4f), colour));
        }
        for (int which = 0; which < CHANCES.length; which++) {
            if (drawn[which]) {
                items.add(new LegendItem(CHANCES[which], null, null, null, which < 3, chanceShape(which), true, KEY_GREY,
                        false, KEY_GREY, new BasicStroke(1f), true, line, chanceStroke(which), KEY_GREY));
            }
        }
        return items;
    }

    /** The colour of a line style in the key: no group's colour. */
    private static final java.awt.Color KEY_GREY = new java.awt.Color(0x55, 0x55, 0x55);

    private static boolean add(XYSeriesCollection dataset, List<String> names, String name, List<SweepData.Point> points,
                               int which) {
        XYSeries series = new XYSeries(name, false, true);
        for (SweepData.Point p : points) {
            Double v = which == 0 ? p.onTime() : which == 1 ? p.onBudget() : which == 2 ? p.jcl()
                    : p.probabilities().onBudgetAtMost();
            if (v != null) {
                series.add(p.values().get(0), v);
            }
        }
        if (series.getItemCount() > 0) {
            dataset.addSeries(series);
            names.add(name);
            return true;
        }
        return false;
    }

    /**
     * The points grouped by the values of the inputs after the first ("name = value, name = value", each
     * input named as the headings name it),
     * or one group of all points when there is one input.
     */
    static Map<String, List<SweepData.Point>> groups(SweepData data) {
        Map<String, List<SweepData.Point>> groups = new LinkedHashMap<>();
        for (SweepData.Point p : data.points()) {
            List<String> parts = new ArrayList<>();
            for (int i = 1; i < data.parameters().size(); i++) {
                parts.add(data.names().get(i) + " = " + data.input(i, p.values().get(i)));
            }
            String key = parts.isEmpty() ? "P50, band P10\u2013P90" : String.join(", ", parts);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        return groups;
    }

    /**
     * The first input's axis, its ticks written as the table writes its values ({@link InputUnit}):
     * money as money, a week as its date, a number as given; and at whole numbers only when the
     * input takes whole numbers only (a team's fte of 2, 3, 4; a week), never at 2.5 people. Its range
     * is padded alike at both ends (5% of the swept span each side), a first value of 0 included, so the
     * markers at the ends are drawn whole; ticks are labelled within the swept values only.
     */
    private static NumberAxis inputAxis(SweepData data) {
        // named as the title and headings name it; the unit is the path's
        String name = data.names().get(0);
        InputUnit unit = InputUnit.of(data.parameters().get(0));
        LimitedNumberAxis x = unit == InputUnit.MONEY ? Axes.money(name, data.money()) : new LimitedNumberAxis(name);
        // a swept risk's name is wider than a phone's plot: shortened there, the chart's title giving it whole
        x.setFitsLabel(true);
        x.setAutoRangeIncludesZero(false);
        // JFreeChart's sticky zero stops the lower margin at 0, half cutting the markers of a sweep from 0
        x.setAutoRangeStickyZero(false);
        // the margins are room for the markers, not values swept: no tick at -0.05 of an approval share
        List<Double> values = data.values(0);
        if (!values.isEmpty()) {
            x.setTickLimits(TickLimits.between(java.util.Collections.min(values), java.util.Collections.max(values)));
        }
        x.setLabelFont(ChartStyle.LABEL);
        x.setTickLabelFont(ChartStyle.TICK);
        if (unit == InputUnit.DATE) {
            x.setStandardTickUnits(weekTicks(data.calendar()));
        } else if (unit == InputUnit.NUMBER) {
            x.setStandardTickUnits(InputUnit.whole(data.values(0))
                    ? NumberAxis.createIntegerTickUnits(java.util.Locale.ENGLISH)
                    : NumberAxis.createStandardTickUnits(java.util.Locale.ENGLISH));
        }
        return x;
    }

    /** Whole weeks apart (1, 2, 4, 13, 26 weeks; then years), each tick written as its week's date. */
    private static TickUnits weekTicks(WeekCalendar calendar) {
        NumberFormat date = new NumberFormat() {
            @Override
            public StringBuffer format(double week, StringBuffer to, FieldPosition at) {
                return to.append(calendar.shortDate(week));
            }

            @Override
            public StringBuffer format(long week, StringBuffer to, FieldPosition at) {
                return to.append(calendar.shortDate(week));
            }

            @Override
            public Number parse(String source, ParsePosition at) {
                throw new UnsupportedOperationException("a tick label is written, never read");
            }
        };
        TickUnits units = new TickUnits();
        for (int weeks : new int[] {1, 2, 4, 13, 26, 52, 104, 260, 520, 1040}) {
            units.add(new NumberTickUnit(weeks, date));
        }
        return units;
    }

    /** A target week as its date, a budget as money. */
    private static String format(double limit, boolean time, SweepData data) {
        return time ? data.calendar().longDate(limit) : data.money().format(limit);
    }

    private static double y(double value, boolean time, WeekCalendar calendar) {
        return time ? calendar.epochMillis(value) : value;
    }
}
