package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.stats.BatchSummary;

/**
 * What a sweep prints in the terminal: the table of every grid point, dates and money written as the
 * rest of the console writes them, and a warning when several points came out alike.
 */
final class SweepConsole {
    private SweepConsole() {
    }

    /** How the table writes a swept input's values: as money, as a date, or as the number given. */
    enum InputUnit {
        MONEY, DATE, NUMBER;

        /** Fields holding a week of the programme's calendar, written as its date. */
        private static final List<String> WEEKS = List.of("targetWeek", "goLiveWeek", "firstGoLiveWeek");

        /**
         * The unit of the field at {@code path}, by its own name (the last part of the path):
         * a week of the calendar is a date; a budget, an amount or a cost (weeklyCost,
         * delayCostPerDay, costPerFteWeek, a risk's cost, parameters.replacementCost) is money.
         */
        static InputUnit of(String path) {
            String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
            if (WEEKS.contains(field)) {
                return DATE;
            }
            if (field.equals("budget") || field.equals("amount") || field.toLowerCase(Locale.ROOT).contains("cost")) {
                return MONEY;
            }
            return NUMBER;
        }

        /**
         * A value as the console writes it: "$460M", "19 Nov 2029", "0.25". Money has as many digits
         * as the grid's step needs, so that neighbouring points never read the same.
         */
        String format(double value, double step, WeekCalendar calendar, Money money) {
            return switch (this) {
                case MONEY -> step > 0 ? money.formatTick(value, step) : money.format(value);
                case DATE -> calendar.shortDate(value);
                case NUMBER -> BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            };
        }
    }

    /**
     * Prints the table: a row per grid point. A completion percentile among runs not finished by the
     * horizon reads "after" its date and the cost at its level "at least" ({@link Horizon}); when any
     * point has such runs, a column gives their share and a line under the table says what it means.
     */
    static void printTable(SweepTable table, WeekCalendar calendar, Money money, PrintWriter out) {
        List<String> names = table.parameters();
        List<InputUnit> units = names.stream().map(InputUnit::of).toList();
        boolean unfinished = table.rows().stream().anyMatch(r -> r.unfinishedRuns() > 0);
        List<String> header = new ArrayList<>(names);
        header.addAll(List.of("P50 completion", "P80 completion", "P50 cost", "P80 cost", "on time", "on budget", "JCL"));
        if (unfinished) {
            header.add("not finished");
        }
        List<List<String>> rows = new ArrayList<>();
        for (SweepRow row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                cells.add(units.get(i).format(row.values().get(i), step(table, i), calendar, money));
            }
            Horizon horizon = new Horizon(row.horizonWeek(), row.unfinishedRuns(), row.runs());
            cells.addAll(List.of(horizon.shortDate(calendar, row.p50Completion()),
                    horizon.shortDate(calendar, row.p80Completion()),
                    horizon.cost(money, row.p50Cost(), row.p50Completion()),
                    horizon.cost(money, row.p80Cost(), row.p80Completion()),
                    share(row.onTime()), share(row.onBudget()), share(row.jcl())));
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
            out.println("not finished: share of runs not finished by the horizon (" + (horizons.size() == 1
                    ? calendar.shortDate(horizons.get(0)) : "each point's own") + "), counted neither on time nor on budget.");
            out.println("A date \"after\" the horizon falls among those runs and comes later; a cost \"at least\" counts"
                    + " theirs only to then.");
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

    /** The smallest gap between two values of input {@code i} in the table; 0 when it takes one value. */
    private static double step(SweepTable table, int i) {
        TreeSet<Double> values = new TreeSet<>();
        table.rows().forEach(r -> values.add(r.values().get(i)));
        double step = 0;
        Double previous = null;
        for (double v : values) {
            if (previous != null && (step == 0 || v - previous < step)) {
                step = v - previous;
            }
            previous = v;
        }
        return step;
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
     * @param labels    each point's label ({@code path=value,...})
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
