package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.InputUnit;
import org.rolloutsim.report.view.Listed;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.MetricSummary;
import org.rolloutsim.stats.QuantileEstimate;

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
     * Warns when grid points came out alike in the table: with the same seed, a batch gives the same
     * figures only when the swept value changes none of them. Two cases, told apart by comparing
     * every output of the points, not only the table's: points alike in every output (the model did
     * not tell the values apart: a team's fte is rounded to whole people, so 2.7 and 3 are the same
     * team), and points alike in the table whose other outputs differ (a delay cost changes the total
     * cost, which the table does not show): those outputs are named. At most one warning of each
     * kind; nothing is printed when every point's figures differ.
     *
     * @param labels    each point's label, its values as the table writes them ({@link #labels})
     * @param summaries each point's summary, as the table keeps it
     * @param outputs   each point's {@link #fingerprints} of every output
     */
    static void warnAlike(List<String> labels, List<BatchSummary> summaries, List<Map<String, Long>> outputs,
                          PrintWriter err) {
        Map<BatchSummary, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < summaries.size(); i++) {
            groups.computeIfAbsent(summaries.get(i), k -> new ArrayList<>()).add(i);
        }
        List<String> same = new ArrayList<>();
        List<String> tableOnly = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<String> names = group.stream().map(labels::get).toList();
            List<String> differ = differing(group.stream().map(outputs::get).toList());
            if (differ.isEmpty()) {
                same.add(together(names));
            } else {
                List<String> shown = new ArrayList<>(differ.subList(0, Math.min(differ.size(), 4)));
                if (differ.size() > shown.size()) {
                    shown.add((differ.size() - shown.size()) + " more outputs");
                }
                tableOnly.add(together(names) + " differ only in " + together(shown));
            }
        }
        if (!same.isEmpty()) {
            err.println("rollout: warning: grid points gave the very same results, every output alike run for run:"
                    + " the model does not tell the swept values apart (a team's fte, for one, is rounded to whole"
                    + " people), or they change nothing it measures: " + firstGroups(same));
        }
        if (!tableOnly.isEmpty()) {
            err.println("rollout: warning: grid points gave the same figures in every column of the table: the swept"
                    + " value changes only outputs the table does not show (see each point's summary.json): "
                    + firstGroups(tableOnly));
        }
        err.flush();
    }

    /** Up to three groups, then how many more. */
    private static String firstGroups(List<String> groups) {
        int shown = Math.min(groups.size(), 3);
        return String.join("; ", groups.subList(0, shown))
                + (groups.size() > shown ? "; and " + (groups.size() - shown) + " more such groups" : "");
    }

    /** The outputs, in the first point's order, whose summaries are not the same at every point. */
    private static List<String> differing(List<Map<String, Long>> points) {
        Set<String> names = new LinkedHashSet<>();
        points.forEach(p -> names.addAll(p.keySet()));
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Long first = points.get(0).get(name);
            if (points.stream().anyMatch(p -> !Objects.equals(p.get(name), first))) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Each output's summary (its runs, mean, spread, extremes, percentiles and their intervals, runs
     * cut short) as one 64-bit fingerprint, by name: what {@link #warnAlike} compares, kept for every
     * point of a grid in a few bytes per output, where the summaries themselves would take megabytes.
     * Sampled inputs are left out: they differ whenever the swept input is one, even when the model
     * does not tell its values apart.
     */
    static Map<String, Long> fingerprints(BatchSummary summary) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (MetricSummary m : summary.metrics()) {
            if (m.kind() == OutputSchema.Kind.PARAMETER) {
                continue;
            }
            long h = mix(m.n(), m.mean());
            for (double d : new double[] {m.sd(), m.min(), m.max(), m.meanCi().lower(), m.meanCi().upper(), m.censored(),
                m.censoredMin()}) {
                h = mix(h, d);
            }
            for (QuantileEstimate q : m.quantiles()) {
                h = mix(mix(mix(h, q.value()), q.ci().lower()), q.ci().upper());
            }
            out.put(m.name(), h);
        }
        return out;
    }

    /** One step of a 64-bit hash (the splitmix64 finaliser over the running value and the next number). */
    private static long mix(long h, double next) {
        long z = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(next);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** "a=1, a=2 and a=3": a list as a sentence gives it (also the sources of a command's problems). */
    static String together(List<String> labels) {
        return Listed.of(labels);
    }
}
