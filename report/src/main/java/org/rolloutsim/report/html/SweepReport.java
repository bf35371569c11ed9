package org.rolloutsim.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.rolloutsim.report.chart.Charts;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.SweepData;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The self-contained report of a sweep: completion date, programme cost and the chances of meeting
 * the target and budget against the swept input(s), each outcome's P50 with its P10–P90 band, then
 * the table of every grid point. Same rules as {@link HtmlReport}.
 */
public final class SweepReport {

    private SweepReport() {
    }

    /** Writes the report; the writer must encode UTF-8 and is flushed, not closed. */
    public static void write(SweepData data, Writer out) throws IOException {
        out.write(render(data));
        out.flush();
    }

    public static String render(SweepData data) {
        Page page = new Page(data.title());
        Markup html = page.html();
        WeekCalendar calendar = data.calendar();
        Money money = data.money();
        html.open("header").element("h1", data.title()).raw("\n")
                .element("p", "subtitle", data.points().size() + " grid points of " + String.join(" and ", named(data))
                        + " \u00b7 " + org.rolloutsim.report.text.Counted.of(data.provenance().runs(), "run")
                        + " each, with the same random draws (common random numbers)")
                .close("header");
        html.element("p", "Every point runs the same scenario with the same seed, so neighbouring points differ by the"
                + " input, not by the noise. " + targets(data)).raw("\n");
        String unfinished = unfinished(data);
        if (unfinished != null) {
            html.element("p", "note-box", unfinished).raw("\n");
        }

        page.heading("When: completion date against " + data.names().get(0));
        page.figure(Charts.sweepOutcome(data, Outcome.COMPLETION), "Line and dots: the median run (P50). Band: 8 in 10"
                + " runs finish inside it (P10 to P90). Black line: " + (data.targetWeeks().size() > 1
                ? "each point's target date." : "target.") + (data.anyCutOff() ? " Triangles: a P10, P50 or P90"
                + " among runs not finished by the horizon, drawn at the horizon; it comes then or later." : ""));
        page.heading("How much: programme cost against " + data.names().get(0));
        page.figure(Charts.sweepOutcome(data, Outcome.COST), "Line and dots: P50 programme cost. Band: P10 to P90."
                + " Black line: " + (data.budgets().size() > 1 ? "each point's budget." : "budget.")
                + (data.anyCostCut() ? " Triangles: a P10, P50 or P90 that takes in runs not finished by the"
                + " horizon, whose costs count only to then; it is at least this." : ""));
        page.heading("How likely: on time and on budget");
        page.figure(Charts.sweepChances(data), "Share of runs finishing by the target date, within budget, and both"
                + " (the joint confidence level)" + (data.targetWeeks().size() > 1 || data.budgets().size() > 1
                ? ", each point against its own target date and budget." : ".") + (data.anyOnBudgetNotKnown()
                ? " Where runs not finished by the horizon are within budget so far, they may or may not stay within"
                + " it: the chance on budget lies from its line up to the dotted line (on budget, at most)." : ""));

        page.heading("Every grid point");
        List<String> headings = new ArrayList<>(data.parameters());
        boolean targetVaries = data.targetWeeks().size() > 1;
        boolean budgetVaries = data.budgets().size() > 1;
        // P50 and P80, the board's levels, as the console's table and sweep.csv give them, and P90; the
        // charts' bands show P10 to P90
        headings.addAll(List.of("P50 completion", "P80", "P90", "P50 cost", "P80", "P90"));
        // a phone shows each value beside its label alone: "P50 completion" and "P50 cost", not "P50" twice
        List<String> labels = new ArrayList<>(data.parameters());
        labels.addAll(List.of("P50 completion", "P80 completion", "P90 completion", "P50 cost", "P80 cost", "P90 cost"));
        List<String> rest = new ArrayList<>();
        if (targetVaries) {
            rest.add("Target date");
        }
        if (budgetVaries) {
            rest.add("Budget");
        }
        rest.addAll(List.of("On time", "On budget", "Both"));
        boolean unfinishedColumn = data.anyUnfinished();
        if (unfinishedColumn) {
            rest.add(NOT_FINISHED);
        }
        headings.addAll(rest);
        labels.addAll(rest);
        // on a phone a row's swept value is named too, as each other value is labelled
        html.raw("<div class=\"table-wrap\"><table class=\"compact grid\">\n").labelRowHeaders().headings(headings.toArray(new String[0]),
                labels.toArray(new String[0]));
        html.raw("<tbody>\n");
        for (SweepData.Point p : data.points()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < p.values().size(); i++) {
                cells.add(unbroken(data.input(i, p.values().get(i))));
            }
            Horizon horizon = p.horizon();
            Quantiles weeks = p.completion();
            cells.addAll(List.of(unbroken(horizon.shortDate(calendar, weeks.p50())),
                    unbroken(horizon.shortDate(calendar, weeks.p80())), unbroken(horizon.shortDate(calendar, weeks.p90())),
                    unbroken(horizon.cost(money, p.cost().p50())), unbroken(horizon.cost(money, p.cost().p80())),
                    unbroken(horizon.cost(money, p.cost().p90()))));
            if (targetVaries) {
                cells.add(p.targetWeek() == null ? "\u2014" : unbroken(calendar.shortDate(p.targetWeek())));
            }
            if (budgetVaries) {
                cells.add(p.budget() == null ? "\u2014" : money.format(p.budget()));
            }
            // on budget is a range while runs not finished by the horizon are within budget so far
            cells.addAll(List.of(share(p.onTime()), p.probabilities().onBudgetText(), share(p.jcl())));
            if (unfinishedColumn) {
                cells.add(Percent.format(horizon.unfinishedShare()));
            }
            html.row(true, cells.toArray(new String[0]));
        }
        html.raw("</tbody>\n</table></div>\n");
        html.element("p", "Each grid point is the base scenario below with the values of its row set; run.json, carried"
                + " in this report, gives each point's own scenario hash.").raw("\n");
        page.reproducibility(data.provenance(), "Runs per point", "Base scenario hash");
        return page.finish("Generated by rollout-sim " + data.provenance().toolVersion()
                + ". Results of a Monte Carlo simulation: chances are shares of simulated runs, not guarantees.");
    }

    /**
     * A cell of the grid table that wraps only where it reads well: a date ("19 Nov 2029") and an
     * amount ("$87.8M") hold together, so "19 Nov 2029 or later" takes two lines, "19 Nov 2029" over
     * "or later", and "at least $87.8M" takes "at least" over "$87.8M". Broken at every space, they
     * took four lines, and the columns they kept narrow still pushed the last ones off a 1280 px screen.
     */
    static String unbroken(String cell) {
        String held = cell.replaceAll("(\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4})", "$1\u00a0$2\u00a0$3");
        return held.replace(Horizon.OR_LATER, " or\u00a0later").replace("at least ", "at\u00a0least ");
    }

    /** The table's column of the share of runs not finished by the horizon. */
    static final String NOT_FINISHED = "Not finished";

    /**
     * What runs not finished by the horizon do to the figures, when some point has any: how many
     * points, up to what share of runs, and how the table and charts say it; null when every run of
     * every point finished.
     */
    static String unfinished(SweepData data) {
        if (!data.anyUnfinished()) {
            return null;
        }
        List<SweepData.Point> cut = data.points().stream().filter(p -> p.horizon().unfinishedRuns() > 0).toList();
        double most = cut.stream().mapToDouble(p -> p.horizon().unfinishedShare()).max().orElseThrow();
        List<Integer> horizons = data.horizonWeeks();
        // such a run may finish in the horizon's own week: not finished before its date, not "by" it
        String when = horizons.size() == 1 ? data.calendar().longDate(horizons.get(0)) + ", the end of the simulated horizon"
                : "the end of its simulated horizon";
        String where = cut.size() == data.points().size()
                ? (cut.size() == 1 ? "At the one grid point" : "At every grid point")
                : "At " + cut.size() + " of the " + data.points().size() + " grid points";
        return where + ", some runs had not finished before " + when + " (up to " + Percent.format(most) + " of runs: column"
                + " \u201c" + NOT_FINISHED + "\u201d). Such a run counts as " + (data.anyOnBudgetNotKnown()
                ? "late, and as over budget when it is over it already; within budget so far, it may or may not stay"
                + " within it, so the chance on budget is a range (column \u201cOn budget\u201d). Its completion is"
                : "neither on time nor on budget; its completion is")
                + " only known to come in the horizon\u2019s week or later and its cost counts only to then. So a"
                + " completion percentile among those runs reads as the horizon\u2019s date \u201cor later\u201d, and a"
                + " cost percentile at or"
                + " above the lowest of their costs \u201cat least\u201d"
                + (data.anyCutOff() || data.anyCostCut() ? "; the charts mark them with triangles" : "")
                + ". A longer program.horizonWeeks lets more of them finish within it.";
    }

    /**
     * The target date and budget the points are judged against: one sentence for the value all
     * points share, or, when the grid varies it, that each point has its own (in the table).
     */
    static String targets(SweepData data) {
        WeekCalendar calendar = data.calendar();
        Money money = data.money();
        List<Integer> targets = data.targetWeeks();
        List<Double> budgets = data.budgets();
        String target = targets.isEmpty() ? "No target date is set"
                : targets.size() == 1 ? "Target date: " + calendar.longDate(targets.get(0))
                : "Each point is judged against its own target date, from " + calendar.longDate(
                        targets.stream().min(Integer::compare).orElseThrow()) + " to " + calendar.longDate(
                        targets.stream().max(Integer::compare).orElseThrow()) + " (in the table)";
        String budget = budgets.isEmpty() ? "no budget is set."
                : budgets.size() == 1 ? "budget: " + money.format(budgets.get(0)) + "."
                : (targets.size() > 1 ? "and against its own budget, from " : "each point is judged against its own budget, from ")
                        + money.format(budgets.stream().min(Double::compare)
                        .orElseThrow()) + " to " + money.format(budgets.stream().max(Double::compare).orElseThrow())
                        + " (in the table).";
        return target + "; " + budget;
    }

    private static String share(Double p) {
        return p == null ? "\u2014" : Percent.format(p);
    }

    /** Each input's name with its field path, "Risk: … (risks.migration.impact.delayWeeks)", or the path alone. */
    private static List<String> named(SweepData data) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < data.parameters().size(); i++) {
            String path = data.parameters().get(i);
            String name = data.names().get(i);
            out.add(name.equals(path) ? path : name + " (" + path + ")");
        }
        return out;
    }
}
