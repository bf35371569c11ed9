package org.rolloutsim.report.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rolloutsim.stats.WeeklyFan;

/**
 * Writes {@code weekly.csv} in long (tidy) form: {@code week,date,series,unit,p10,p50,p90}, one row
 * per series and week, series in schema order and weeks ascending within each. The date is the ISO
 * date of the week; the percentiles are always written with a decimal point (one format per column,
 * though the series differ in unit: money, count, share).
 */
public final class WeeklyCsvWriter {
    private WeeklyCsvWriter() {
    }

    /** Writes the fans as UTF-8; the stream is flushed, not closed. */
    public static void write(List<WeeklyFan> fans, DatesAndCurrency units, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(fans, units, writer);
        writer.flush();
    }

    /** Writes the fans; the writer is flushed, not closed. */
    public static void write(List<WeeklyFan> fans, DatesAndCurrency units, Writer out) throws IOException {
        StringBuilder b = new StringBuilder("week,date,series,unit,p10,p50,p90\n");
        for (WeeklyFan fan : fans) {
            String series = Csv.text(fan.series());
            String unit = Csv.text(Unit.of(fan.series()).label());
            for (int w = 0; w < fan.weeks(); w++) {
                b.append(w).append(',').append(units.date(w)).append(',').append(series).append(',').append(unit)
                        .append(',').append(Unit.NUMBER.cell(fan.p10(w)))
                        .append(',').append(Unit.NUMBER.cell(fan.p50(w)))
                        .append(',').append(Unit.NUMBER.cell(fan.p90(w))).append('\n');
            }
            out.write(b.toString());
            b.setLength(0);
        }
        out.write(b.toString());
        out.flush();
    }
}
