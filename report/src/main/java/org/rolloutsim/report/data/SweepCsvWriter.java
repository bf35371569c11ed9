package org.rolloutsim.report.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;

/**
 * Writes a sweep as CSV: the swept parameters' columns (named by their paths; whole numbers when every
 * value of the column is one, else each with a decimal point), then
 * {@code runs,p50Completion,p50CompletionDate,p80Completion,p80CompletionDate,p50Cost,p80Cost,
 * onTime,onBudget,jcl,unfinished,horizonWeek,lowestUnfinishedCost,onBudgetNotKnown}; one row per grid point in the order run. Completion
 * is in weeks from the programme start (with its ISO date beside it), costs in the scenario's
 * currency, chances and the share of runs not finished by the horizon ({@code unfinished}) as shares
 * from 0 to 1. A probability without its target is an empty cell. The figures are as computed: a
 * completion percentile equal to {@code horizonWeek}, when {@code unfinished} is above 0, stands for
 * runs not finished by then (only known to finish in that week or later); {@code lowestUnfinishedCost} is the lowest
 * programme cost among those runs (empty when every run finished), and a cost at or above it may take
 * in their costs, counted only to the horizon, so it is a lower bound; a cost below it is exact.
 * {@code onBudget} counts a run not finished by the horizon as not on budget, the lower end of the
 * chance; {@code onBudgetNotKnown} is the share of such runs within budget so far, which may or may
 * not stay within it, so the chance on budget lies from {@code onBudget} to
 * {@code onBudget + onBudgetNotKnown} (0 when none; empty without a budget).
 */
public final class SweepCsvWriter {
    private SweepCsvWriter() {
    }

    /** Writes the table as UTF-8; the stream is flushed, not closed. */
    public static void write(SweepTable table, DatesAndCurrency units, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(table, units, writer);
        writer.flush();
    }

    private static String dateCell(DatesAndCurrency units, double week) {
        String date = units.date(week);
        return date == null ? "" : date;
    }

    /**
     * For each swept input, true when its every value is a whole number (waves 1, 2, 3; a week): that
     * column is written as whole numbers, as sweep.json writes them; any other keeps the decimal point
     * on every value (0.5, 1.0, 1.5), one form per column.
     */
    static boolean[] wholeColumns(SweepTable table) {
        boolean[] whole = new boolean[table.parameters().size()];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = true;
            for (SweepRow r : table.rows()) {
                double v = r.values().get(i);
                whole[i] &= v == Math.rint(v) && Double.isFinite(v);
            }
        }
        return whole;
    }

    /** Writes the table; the writer is flushed, not closed. */
    public static void write(SweepTable table, DatesAndCurrency units, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String p : table.parameters()) {
            b.append(Csv.text(p)).append(',');
        }
        b.append("runs,p50Completion,p50CompletionDate,p80Completion,p80CompletionDate,p50Cost,p80Cost,onTime,"
                + "onBudget,jcl,unfinished,horizonWeek,lowestUnfinishedCost,onBudgetNotKnown\n");
        boolean[] whole = wholeColumns(table);
        for (SweepRow r : table.rows()) {
            for (int i = 0; i < whole.length; i++) {
                double v = r.values().get(i);
                b.append(whole[i] ? NumberText.cell(v) : Unit.NUMBER.cell(v)).append(',');
            }
            b.append(r.runs())
                    .append(',').append(Unit.WEEK.cell(r.p50Completion()))
                    .append(',').append(dateCell(units, r.p50Completion()))
                    .append(',').append(Unit.WEEK.cell(r.p80Completion()))
                    .append(',').append(dateCell(units, r.p80Completion()))
                    .append(',').append(Unit.MONEY.cell(r.p50Cost()))
                    .append(',').append(Unit.MONEY.cell(r.p80Cost()));
            for (double v : new double[] {r.onTime(), r.onBudget(), r.jcl()}) {
                b.append(',').append(Unit.SHARE.cell(v));
            }
            b.append(',').append(Unit.SHARE.cell(r.unfinishedShare()))
                    .append(',').append(Unit.WEEK.cell(r.horizonWeek()))
                    .append(',').append(Unit.MONEY.cell(r.lowestUnfinishedCost()))
                    .append(',').append(Unit.SHARE.cell(r.onBudgetNotKnown()));
            b.append('\n');
        }
        out.write(b.toString());
        out.flush();
    }
}
