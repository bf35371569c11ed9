package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.WeekCalendar;

/** What a sweep prints in the terminal: the table of every grid point. */
final class SweepConsole {
    private SweepConsole() {
    }

    /**
     * Prints the table: a row per grid point. A completion percentile among runs not finished by the
     * horizon reads "after" its date and the cost at its level "at least" ({@link Horizon}); when any
     * point has such runs, a column gives their share and a line under the table says what it means.
     */
    static void printTable(SweepTable table, WeekCalendar calendar, Money money, PrintWriter out) {
        List<String> names = table.parameters();
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
                cells.add(BigDecimal.valueOf(row.values().get(i)).stripTrailingZeros().toPlainString());
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

    private static String share(double p) {
        return Double.isNaN(p) ? "n/a" : Percent.format(p);
    }
}
