package org.rolloutsim.report.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;

/**
 * Writes a sweep as CSV: the swept parameters' columns (named by their paths), then
 * {@code runs,p50Completion,p80Completion,p50Cost,p80Cost,onTime,onBudget,jcl}; one row per grid
 * point in the order run. A probability without its target is an empty cell.
 */
public final class SweepCsvWriter {
    private SweepCsvWriter() {
    }

    /** Writes the table as UTF-8; the stream is flushed, not closed. */
    public static void write(SweepTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(table, writer);
        writer.flush();
    }

    /** Writes the table; the writer is flushed, not closed. */
    public static void write(SweepTable table, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String p : table.parameters()) {
            b.append(Csv.text(p)).append(',');
        }
        b.append("runs,p50Completion,p80Completion,p50Cost,p80Cost,onTime,onBudget,jcl\n");
        for (SweepRow r : table.rows()) {
            for (double v : r.values()) {
                b.append(NumberText.cell(v)).append(',');
            }
            b.append(r.runs());
            for (double v : new double[] {r.p50Completion(), r.p80Completion(), r.p50Cost(), r.p80Cost(),
                    r.onTime(), r.onBudget(), r.jcl()}) {
                b.append(',').append(NumberText.cell(v));
            }
            b.append('\n');
        }
        out.write(b.toString());
        out.flush();
    }
}
