package org.rolloutsim.report.workbook;

import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.report.data.Unit;
import org.rolloutsim.stats.WeeklyFan;

/**
 * The two long sheets, streamed a block of rows at a time: every run (the columns of runs.csv,
 * each formatted by its unit) and the weekly P10/P50/P90 fans with each week's date.
 */
final class RunSheets {
    /** Excel's last row is 1,048,576; one is the header. */
    static final int MAX_RUN_ROWS = 1_048_575;
    private static final int FLUSH_EVERY = 2_000;

    private RunSheets() {
    }

    static void runs(Worksheet sheet, WorkbookInput in) throws IOException {
        List<OutputSchema.Scalar> scalars = in.statistics().schema().scalars();
        Cells cells = new Cells(sheet, in.units());
        sheet.value(0, 0, "run");
        sheet.style(0, 0).bold().set();
        double[][] columns = new double[scalars.size()][];
        String[] formats = new String[scalars.size()];
        for (int c = 0; c < scalars.size(); c++) {
            OutputSchema.Scalar s = scalars.get(c);
            sheet.value(0, c + 1, s.name());
            sheet.style(0, c + 1).bold().set();
            formats[c] = Cells.format(Unit.of(s.name(), s.kind()), in.units().currency());
            sheet.style(c + 1).format(formats[c]).set();
            columns[c] = in.statistics().values(s.name());
        }
        int runs = Math.min(in.statistics().runs(), MAX_RUN_ROWS);
        int firstRow = 1;
        for (int r = 0; r < runs; r++) {
            sheet.value(r + 1, 0, in.statistics().firstRun() + r);
            for (int c = 0; c < columns.length; c++) {
                double v = columns[c][r];
                if (Double.isFinite(v)) {
                    sheet.value(r + 1, c + 1, v);
                }
            }
            if (r % FLUSH_EVERY == FLUSH_EVERY - 1) {
                format(sheet, formats, 1, firstRow, r + 1);
                firstRow = r + 2;
                sheet.flush();
            }
        }
        format(sheet, formats, 1, firstRow, runs);
        if (in.statistics().runs() > runs) {
            cells.text(runs + 1, 0, "only the first " + runs + " of " + in.statistics().runs()
                    + " runs fit in a sheet: runs.csv has them all");
        }
        sheet.freezePane(1, 1);
        sheet.finish();
    }

    /**
     * Gives rows {@code first} to {@code last} of the columns from {@code column} on their units'
     * number formats. A column's own style is only what a spreadsheet gives a cell typed into it
     * later: a cell written without a style of its own is shown in the general format, amounts
     * without their currency. One style look-up per column and block of rows, not one per cell.
     */
    private static void format(Worksheet sheet, String[] formats, int column, int first, int last) {
        if (last < first) {
            return;
        }
        for (int c = 0; c < formats.length; c++) {
            sheet.range(first, column + c, last, column + c).style().format(formats[c]).set();
        }
    }

    static void weekly(Worksheet sheet, WorkbookInput in) throws IOException {
        List<WeeklyFan> fans = in.summary().fans();
        Cells cells = new Cells(sheet, in.units());
        cells.text(0, 0, "week");
        cells.text(0, 1, "date");
        int weeks = 0;
        String[] formats = new String[3 * fans.size()];
        for (int f = 0; f < fans.size(); f++) {
            String series = fans.get(f).series();
            String[] level = {"p10", "p50", "p90"};
            for (int k = 0; k < 3; k++) {
                cells.text(0, 2 + 3 * f + k, series + " " + level[k]);
                formats[3 * f + k] = Cells.format(Unit.of(series), in.units().currency());
                sheet.style(2 + 3 * f + k).format(formats[3 * f + k]).set();
            }
            weeks = Math.max(weeks, fans.get(f).weeks());
        }
        int firstRow = 1;
        for (int w = 0; w < weeks; w++) {
            sheet.value(w + 1, 0, w);
            cells.date(w + 1, 1, w);
            for (int f = 0; f < fans.size(); f++) {
                WeeklyFan fan = fans.get(f);
                if (w < fan.weeks()) {
                    sheet.value(w + 1, 2 + 3 * f, fan.p10(w));
                    sheet.value(w + 1, 3 + 3 * f, fan.p50(w));
                    sheet.value(w + 1, 4 + 3 * f, fan.p90(w));
                }
            }
            if (w % FLUSH_EVERY == FLUSH_EVERY - 1) {
                format(sheet, formats, 2, firstRow, w + 1);
                firstRow = w + 2;
                sheet.flush();
            }
        }
        format(sheet, formats, 2, firstRow, weeks);
        sheet.freezePane(2, 1);
        sheet.finish();
    }
}
