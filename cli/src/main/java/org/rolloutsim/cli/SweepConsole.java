package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.InputUnit;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.stats.BatchSummary;

/**
 * What a sweep prints in the terminal: the table of every grid point, dates and money written as the
 * rest of the console writes them, and a warning when several points came out alike.
 */
final class SweepConsole {
    private SweepConsole() {
    }

    /**
     * Prints the table: a row per grid point. A completion percentile among runs not finished by the
     * horizon reads as its date "or later", and a cost percentile that takes in such a run's cost "at least"
     * ({@link Horizon}), and on budget is a range while some of them are within budget so far; when any
     * point has such runs, a column gives their share and a line under the table says what it means.
     */
    static void printTable(SweepTable table, WeekCalendar calendar, Money money, PrintWriter out) {
        List<String> names = table.parameters();
        List<List<String>> inputs = inputs(table, calendar, money);
        boolean unfinished = table.rows().stream().anyMatch(r -> r.unfinishedRuns() > 0);
        List<String> header = new ArrayList<>(names);
        header.addAll(List.of("P50 completion", "P80 completion", "P50 cost", "P80 cost", "on time", "on budget", "JCL"));
        if (unfinished) {
            header.add("not finished");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            SweepRow row = table.rows().get(r);
            List<String> cells = new ArrayList<>(inputs.get(r));
            Horizon horizon = new Horizon(row.horizonWeek(), row.unfinishedRuns(), row.runs(),
                    row.lowestUnfinishedCost());
            cells.addAll(List.of(horizon.shortDate(calendar, row.p50Completion()),
                    horizon.shortDate(calendar, row.p80Completion()),
                    horizon.cost(money, row.p50Cost()),
                    horizon.cost(money, row.p80Cost()),
                    share(row.onTime()), onBudget(row), share(row.jcl())));
            if (unfinished) {
                cells.add(Percent.format(horizon.unfinishedShare()));
            }
            rows.add(cells);
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(c < names.size() ? 8 : 0, header.get(c).length());
            for (List<String> cells : rows) {
                widths[c] = Math.max(widths[c], cells.get(c).length());
            }
        }
        out.println(line(header, widths, names.size()));
        for (List<String> cells : rows) {
            out.println(line(cells, widths, names.size()));
        }
        if (unfinished) {
            List<Integer> horizons = table.rows().stream().map(SweepRow::horizonWeek).distinct().toList();
            // such a run may finish in the horizon's own week: not finished before its date, not "by" it
            boolean notKnown = table.rows().stream().anyMatch(SweepConsole::onBudgetIsRange);
            out.println("not finished: share of runs not finished before the horizon (" + (horizons.size() == 1
                    ? calendar.shortDate(horizons.get(0)) : "each point's own") + "), counted " + (notKnown
                    ? "as late, and as over budget when over it already; one within budget so far may or may not"
                    + " stay within it, so on budget is a range." : "neither on time nor on budget."));
            out.println("A date \"or later\" falls among those runs: it is the horizon's, and comes then or later;"
                    + " a cost \"at least\" counts theirs only to then.");
        }
    }

    /** The cells padded to their columns, the swept inputs set apart from the results by a bar. */
    private static String line(List<String> cells, int[] widths, int inputs) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c == inputs) {
                b.append("|  ");
            }
            b.append(c == cells.size() - 1 ? cells.get(c)
                    : String.format(Locale.ROOT, "%-" + widths[c] + "s  ", cells.get(c)));
        }
        return b.toString();
    }

    /**
     * Each row's swept values as the table writes them ({@link InputUnit}): "$460M", "19 Nov 2029",
     * "3"; money with as many digits as the grid's step needs.
     */
    private static List<List<String>> inputs(SweepTable table, WeekCalendar calendar, Money money) {
        List<String> names = table.parameters();
        List<InputUnit> units = names.stream().map(InputUnit::of).toList();
        double[] steps = new double[names.size()];
        for (int i = 0; i < steps.length; i++) {
            int input = i;
            steps[i] = InputUnit.step(table.rows().stream().map(r -> r.values().get(input)).toList());
        }
        List<List<String>> rows = new ArrayList<>();
        for (SweepRow row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                cells.add(units.get(i).format(row.values().get(i), steps[i], calendar, money));
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * Each grid point as the warning names it, its values as the table writes them ({@link #inputs}):
     * "team.staff.fte=3", "program.budget=$1.5M", "program.targetWeek=28 Feb 2028"; with several
     * inputs, in brackets: "(team.staff.fte=3, program.budget=$1.5M)".
     */
    static List<String> labels(SweepTable table, WeekCalendar calendar, Money money) {
        List<String> names = table.parameters();
        List<String> labels = new ArrayList<>();
        for (List<String> values : inputs(table, calendar, money)) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                parts.add(names.get(i) + "=" + values.get(i));
            }
            labels.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(", ", parts) + ")");
        }
        return labels;
    }

    /**
     * The chance on budget as {@code rollout run} prints it: "56%", or "56% to 62%" while runs not
     * finished by the horizon are within budget so far (they may or may not stay within it).
     */
    private static String onBudget(SweepRow row) {
        return Double.isNaN(row.onBudget()) ? share(row.onBudget()) : budgetChance(row).onBudgetText();
    }

    private static boolean onBudgetIsRange(SweepRow row) {
        return !Double.isNaN(row.onBudget()) && budgetChance(row).onBudgetIsRange();
    }

    /** The point's chance on budget, read by the report's one rule for when it is a range. */
    private static Probabilities budgetChance(SweepRow row) {
        return new Probabilities(null, row.onBudget(), null, row.onBudgetNotKnown());
    }

    private static String share(double p) {
        return Double.isNaN(p) ? "n/a" : Percent.format(p);
    }

    /**
     * Warns once when grid points came out alike, run for run: with the same seed, a batch gives the
     * same summary only when the swept value changes none of its outputs (a cost the sweep does not
     * show, such as a delay cost, may still differ) or the model did not tell the values apart (a
     * team's fte is rounded to whole people, so 2.7 and 3 are the same team). Nothing is printed
     * when every point differs.
     *
     * @param labels    each point's label, its values as the table writes them ({@link #labels})
     * @param summaries each point's summary, as the table keeps it
     */
    static void warnAlike(List<String> labels, List<BatchSummary> summaries, PrintWriter err) {
        Map<BatchSummary, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < summaries.size(); i++) {
            groups.computeIfAbsent(summaries.get(i), k -> new ArrayList<>()).add(labels.get(i));
        }
        List<String> alike = groups.values().stream().filter(g -> g.size() > 1).map(SweepConsole::together).toList();
        if (alike.isEmpty()) {
            return;
        }
        int shown = Math.min(alike.size(), 3);
        err.println("rollout: warning: grid points gave the very same summary, run for run: the swept value changes"
                + " nothing the sweep shows, or the model does not tell the values apart (a team's fte, for one, is"
                + " rounded to whole people): " + String.join("; ", alike.subList(0, shown))
                + (alike.size() > shown ? "; and " + (alike.size() - shown) + " more such groups" : ""));
        err.flush();
    }

    /** "a=1, a=2 and a=3". */
    private static String together(List<String> labels) {
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
