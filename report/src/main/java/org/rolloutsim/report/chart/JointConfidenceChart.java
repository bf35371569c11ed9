package org.rolloutsim.report.chart;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The joint confidence (JCL) scatter: one dot per run at (completion date, programme cost), the
 * target date and budget as red lines, and the share of all runs in each quadrant written in its
 * corner. Dots are every k-th run (at most {@link #MAX_DOTS}) so a million-run batch stays a
 * readable, small picture; quadrant shares always count every run.
 */
final class JointConfidenceChart {

    static final int MAX_DOTS = 2000;
    /** The least span of completion weeks by which a target is judged near the runs ({@link FarLimit#kept}). */
    private static final double WEEK_SPAN = 26;
    static final String DOTS_SERIES = "Runs";

    private JointConfidenceChart() {
    }

    /** The stride that keeps the dots at or below {@link #MAX_DOTS}: 1 for small batches. */
    static int stride(int runs) {
        return Math.max(1, (runs + MAX_DOTS - 1) / MAX_DOTS);
    }

    /**
     * Whether the chart draws the JCL 70 point (its lines and label): only when there is one and it
     * lies among the bulk of the runs, not in a grey band after an axis break, where a point has no
     * place of its own (a JCL 70 at the horizon, with unfinished runs in the band, is one such).
     */
    static boolean drawsJcl70(ReportData data) {
        var jcl = data.board().jcl70();
        if (jcl == null) {
            return false;
        }
        return inBulk(jcl, BulkWindow.of(data.completion().sorted(), data.horizonWeeks(), target(data)),
                BulkWindow.of(data.cost().sorted(), Double.POSITIVE_INFINITY, budget(data)));
    }

    private static double costSpan(ReportData data) {
        return Math.max(1, Math.abs(data.cost().quantiles().p50()) * 0.1);
    }

    private static Double target(ReportData data) {
        return FarLimit.kept(data.completion().sorted(), data.horizonWeeks(),
                data.targetWeek() == null ? null : data.targetWeek().doubleValue(), WEEK_SPAN);
    }

    private static Double budget(ReportData data) {
        return FarLimit.kept(data.cost().sorted(), Double.POSITIVE_INFINITY, data.budget(), costSpan(data));
    }

    private static boolean inBulk(org.rolloutsim.report.view.BoardFigures.JointPoint jcl, BulkWindow when, BulkWindow cost) {
        return !(when.hasBand() && jcl.week() > when.high()) && !(cost.hasBand() && jcl.cost() > cost.high());
    }

    static JFreeChart create(ReportData data) {
        WeekCalendar calendar = data.calendar();
        Money money = data.money();
        float[] weeks = data.completion().values();
        float[] costs = data.cost().values();
        int runs = Math.min(weeks.length, costs.length);
        int stride = stride(runs);

        // far tails and unfinished runs go to a band after an axis break on either axis
        double weekSpan = WEEK_SPAN;
        double costSpan = costSpan(data);
        // a target or budget far from the runs is noted at the edge, not given the axis (FarLimit)
        Double target = target(data);
        Double budget = budget(data);
        BulkWindow when = BulkWindow.of(data.completion().sorted(), data.horizonWeeks(), target);
        BulkWindow cost = BulkWindow.of(data.cost().sorted(), Double.POSITIVE_INFINITY, budget);

        XYSeries dots = new XYSeries(DOTS_SERIES, false, true);
        for (int i = 0; i < runs; i += stride) {
            dots.add(calendar.epochMillis(when.place(weeks[i], weekSpan)), cost.place(costs[i], costSpan));
        }
        double minWeek = runs == 0 ? data.completion().quantiles().p50() : when.low();
        double maxWeek = runs == 0 ? minWeek : when.edge();
        double minCost = runs == 0 ? data.cost().quantiles().p50() : cost.low();
        double maxCost = runs == 0 ? minCost : cost.edge();
        if (target != null) {
            minWeek = Math.min(minWeek, target);
            maxWeek = Math.max(maxWeek, target);
        }
        if (budget != null) {
            minCost = Math.min(minCost, budget);
            maxCost = Math.max(maxCost, budget);
        }
        double weekPad = Math.max(2, (maxWeek - minWeek) * 0.08);
        double costPad = Math.max(Math.abs(maxCost) * 0.01, (maxCost - minCost) * 0.12);
        double weekEnd = when.hasBand() ? when.bandHigh(weekSpan) + weekPad / 3 : maxWeek + weekPad;
        double costEnd = cost.hasBand() ? cost.bandHigh(costSpan) + costPad / 3 : maxCost + costPad;

        LimitedDateAxis dateAxis = Axes.date("Completion date");
        dateAxis.setRange(new Range(calendar.epochMillis(minWeek - weekPad), calendar.epochMillis(weekEnd)));
        LimitedNumberAxis costAxis = Axes.money("Programme cost", money);
        costAxis.setRange(new Range(minCost - costPad, costEnd));

        DotRenderer renderer = new DotRenderer(4);
        renderer.setSeriesPaint(0, new Color(0x00, 0x72, 0xb2, 110));
        XYPlot plot = new XYPlot(new XYSeriesCollection(dots), dateAxis, costAxis, renderer);
        if (when.hasBand()) {
            AxisBreak.mark(plot, dateAxis, calendar.epochMillis(when.edge()), calendar.epochMillis(when.bandLow(weekSpan)),
                    calendar.epochMillis(when.bandCentre(weekSpan)), dateAxis.getUpperBound(),
                    when.beyondUnfinished() == when.beyond() ? "not finished" : "later");
        }
        if (cost.hasBand()) {
            AxisBreak.mark(plot, costAxis, cost.edge(), cost.bandLow(costSpan), cost.bandCentre(costSpan),
                    costAxis.getUpperBound(), "more");
        }

        // the lines here, their labels placed where the chart is drawn, clear of each other and of other lines (LabelLayout)
        if (target != null) {
            LabelLayout.boundary(plot, ChartStyle.limit(calendar.epochMillis(data.targetWeek()),
                    "Target " + calendar.longDate(data.targetWeek()), dateAxis.getRange()));
        }
        if (budget != null) {
            LabelLayout.horizontalLine(plot, ChartStyle.limit(data.budget(), "Budget " + money.format(data.budget())));
        }
        if (target == null && data.targetWeek() != null) {
            boolean after = data.targetWeek() > when.high();
            LabelLayout.edgeNote(plot, after ? LabelLayout.Kind.EDGE_RIGHT : LabelLayout.Kind.EDGE_LEFT,
                    FarLimit.noteText("Target " + calendar.longDate(data.targetWeek()), true, after));
        }
        if (budget == null && data.budget() != null) {
            boolean over = data.budget() > cost.high();
            LabelLayout.edgeNote(plot, over ? LabelLayout.Kind.EDGE_TOP : LabelLayout.Kind.EDGE_BOTTOM,
                    FarLimit.noteText("Budget " + money.format(data.budget()), false, over));
        }
        Quadrants quadrants = runs == 0 ? null : Quadrants.count(data, weeks, costs, runs);
        labelQuadrants(plot, data, quadrants, runs);
        var jcl = data.board().jcl70();
        if (jcl != null && inBulk(jcl, when, cost)) {
            // the date and cost to quote at 70% joint confidence: a cross, labelled, with lines to both axes
            double x = calendar.epochMillis(jcl.week());
            plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(x, costAxis.getLowerBound(), x, jcl.cost(),
                    ChartStyle.PERCENTILE_STROKE, ChartStyle.POINT));
            plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(dateAxis.getLowerBound(), jcl.cost(), x,
                    jcl.cost(), ChartStyle.PERCENTILE_STROKE, ChartStyle.POINT));
            LabelLayout.pointLabel(plot, x, jcl.cost(), "JCL 70: " + data.horizon().shortDate(calendar, jcl.week()) + ", "
                    + data.horizon().cost(money, jcl.cost()), ChartStyle.TEXT, ChartStyle.POINT);
        }

        String subtitle = dotsNote(runs, stride) + bandNote(when, cost, calendar, money, data.horizonWeeks())
                + unfinishedNote(data, quadrants, runs);
        return ChartStyle.chart("How likely is on time and on budget together?", subtitle, plot, false);
    }

    /** Says which runs sit in the grey bands after the axis breaks, and how many. */
    private static String bandNote(BulkWindow when, BulkWindow cost, WeekCalendar calendar, Money money, int horizon) {
        StringBuilder b = new StringBuilder();
        if (when.hasBand()) {
            b.append("; grey band right: ").append(DistributionChart.laterRuns(when, calendar, horizon));
        }
        if (cost.hasBand()) {
            b.append("; grey band top: over ").append(money.format(cost.high())).append(", ")
                    .append(Percent.format(cost.shareBeyond())).append(" of runs");
        }
        return b.toString();
    }

    /**
     * How runs not finished by the horizon are counted, when some are still within the budget: late,
     * and not known to be on budget (their costs count only to the horizon), as the headline's chance.
     */
    private static String unfinishedNote(ReportData data, Quadrants quadrants, int runs) {
        if (runs == 0 || data.budget() == null || quadrants.notKnown() == 0) {
            return "";
        }
        return "; a run not finished is late, its cost counted only to the horizon";
    }

    private static String dotsNote(int runs, int stride) {
        if (stride == 1) {
            return "Each dot is one simulated run (" + org.rolloutsim.report.text.Counted.of(runs, "run") + ")";
        }
        return "Each dot is one simulated run; 1 in " + stride + " of " + String.format(java.util.Locale.ENGLISH, "%,d", runs)
                + " runs is drawn, the shares count all runs";
    }

    /**
     * Writes each quadrant's share of all runs inside the quadrant, towards its outer corner, where
     * it covers the fewest dots and crosses neither line (LabelLayout), by the headline's rule
     * (TargetProbabilities): a run not finished by the horizon is late, and its cost, counted only
     * to the horizon, is a lower bound. Over the budget already, it is over budget; within it, whether
     * it stays on budget is not known, so it counts in no quadrant: its share is written on its own,
     * in the lower right quadrant. The shares are rounded as the headline rounds its chances
     * ({@link Quadrants#written}), so the corner on time and on budget reads its JCL and the shares
     * "on budget" add up to its chance on budget.
     */
    private static void labelQuadrants(XYPlot plot, ReportData data, Quadrants quadrants, int runs) {
        boolean target = data.targetWeek() != null;
        boolean budget = data.budget() != null;
        if (runs == 0 || (!target && !budget)) {
            return;
        }
        String[][] written = quadrants.written(target, budget, runs);
        // each share inside its quadrant, clear of the target and budget lines and of as many dots as it can be
        double x = target ? data.calendar().epochMillis(data.targetWeek()) : Double.NaN;
        double y = budget ? data.budget() : Double.NaN;
        for (int late = 0; late <= (target ? 1 : 0); late++) {
            for (int over = 0; over <= (budget ? 1 : 0); over++) {
                String text = quadrantName(target, budget, late == 1, over == 1) + ": " + written[late][over];
                LabelLayout.Corner corner = late == 1
                        ? (over == 1 ? LabelLayout.Corner.UPPER_RIGHT : LabelLayout.Corner.LOWER_RIGHT)
                        : (over == 1 ? LabelLayout.Corner.UPPER_LEFT : LabelLayout.Corner.LOWER_LEFT);
                LabelLayout.cornerLabel(plot, corner, x, y, text,
                        late == 0 && over == 0 ? ChartStyle.GOOD : ChartStyle.TEXT);
            }
        }
        if (quadrants.notKnown() > 0) {
            // late and within the budget so far: in the lower right quadrant, where these runs' dots are drawn
            LabelLayout.cornerLabel(plot, LabelLayout.Corner.LOWER_RIGHT, x, y,
                    NOT_KNOWN + ": " + quadrants.writtenNotKnown(budget, runs), ChartStyle.TEXT);
        }
    }

    /** The label of the runs not finished by the horizon whose cost so far is within the budget. */
    static final String NOT_KNOWN = "Not finished, within budget so far (on budget not known)";

    /**
     * Runs per quadrant, [late][over], and the runs not finished by the horizon whose cost so far is
     * within the budget (counted in no quadrant: not known to be on budget, as the headline has it).
     */
    record Quadrants(long[][] count, long notKnown) {

        static Quadrants count(ReportData data, float[] weeks, float[] costs, int runs) {
            boolean target = data.targetWeek() != null;
            boolean budget = data.budget() != null;
            long[][] count = new long[2][2];
            long notKnown = 0;
            // read once, not unboxed per run
            boolean censoring = data.censoredRuns() > 0;
            int horizon = data.horizonWeeks();
            int targetWeek = target ? data.targetWeek() : 0;
            double budgetAmount = budget ? data.budget() : 0;
            for (int i = 0; i < runs; i++) {
                // a run not finished by the horizon holds the horizon as its completion (ReportData)
                boolean unfinished = censoring && weeks[i] >= horizon;
                int late = target && (unfinished || weeks[i] > targetWeek) ? 1 : 0;
                int over = budget && costs[i] > budgetAmount ? 1 : 0;
                if (unfinished && budget && over == 0) {
                    notKnown++;
                } else {
                    count[late][over]++;
                }
            }
            return new Quadrants(count, notKnown);
        }

        /**
         * Each quadrant's share as written in its corner, [late][over]. The shares are written as the headline writes its chances, so that what the chart says agrees
         * with it: the corner on time and on budget reads the JCL as the headline rounds it, and the
         * others are what the headline's rounded chances leave, so the corners on time add up to its
         * chance on time, those on budget to its chance on budget (the lower end when that is a range,
         * the share not known to the upper end), and all of them to 100%. Until 2 December 2026 the
         * shares were rounded by the largest remainder, and the JCL of 31.4% read "32%" in its corner
         * beside a headline of 31%. A corner reads the figure the headline's chances leave only while
         * that is its own share within a point, rounded down or up; otherwise, and always for a corner
         * under half a point or over 99.5 points, it reads its own share as {@link Percent#format}
         * writes it ("&lt;1%", "&gt;99%", "0%" when it has no run), so a tiny corner is never written
         * large: one run in 2,000 read "1%" beside a JCL of 99.45% and an on-time chance of 99.5%.
         */
        String[][] written(boolean target, boolean budget, int runs) {
            long onTime = count[0][0] + count[0][1];
            long onBudget = count[0][0] + count[1][0];
            long t = points(onTime, runs);
            long low = points(onBudget, runs);
            long high = points(onBudget + notKnown, runs);
            long[][] derived = new long[2][2];
            if (target && budget) {
                long jcl = points(count[0][0], runs);
                derived[0][0] = jcl;
                derived[0][1] = t - jcl;
                derived[1][0] = low - jcl;
                derived[1][1] = 100 - t - high + jcl;
            } else if (target) {
                derived[0][0] = t;
                derived[1][0] = 100 - t;
            } else {
                derived[0][0] = low;
                derived[0][1] = 100 - high;
            }
            String[][] out = new String[2][2];
            for (int late = 0; late < 2; late++) {
                for (int over = 0; over < 2; over++) {
                    out[late][over] = text(derived[late][over], count[late][over], runs);
                }
            }
            return out;
        }

        /** The share not known to be on budget as written: the headline's upper end less its lower. */
        String writtenNotKnown(boolean budget, int runs) {
            long onBudget = count[0][0] + count[1][0];
            long derived = budget ? points(onBudget + notKnown, runs) - points(onBudget, runs) : 0;
            return text(derived, notKnown, runs);
        }

        /** Whole percentage points of a share, as {@link Percent#format} rounds it. */
        private static long points(long of, int runs) {
            return Math.round(of / (double) runs * 100);
        }

        /** {@code derived}: the points the headline's rounded chances leave the corner ({@link #written}). */
        private static String text(long derived, long of, int runs) {
            double share = of / (double) runs;
            double points = 100 * share;
            boolean ownShareWithinAPoint = derived >= Math.floor(points) && derived <= Math.ceil(points);
            if (of == 0 || of == runs || Percent.belowOne(share) || Percent.aboveNinetyNine(share)
                    || !ownShareWithinAPoint) {
                return Percent.format(share);
            }
            return derived + "%";
        }
    }

    static String quadrantName(boolean target, boolean budget, boolean late, boolean over) {
        if (target && budget) {
            return (late ? "Late" : "On time") + (late == over ? " and " : ", ") + (over ? "over budget" : "on budget");
        }
        return target ? (late ? "Late" : "On time") : (over ? "Over budget" : "On budget");
    }
}
