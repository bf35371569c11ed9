package org.rolloutsim.report.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;

/**
 * Writes a sweep as JSON:
 * <pre>
 * { "seed", "programStart", "currency", "parameters": [paths],
 *   "points": [ {"values": {path: value}, runs, p50Completion, p50CompletionDate, p80Completion,
 *                p80CompletionDate, p50Cost, p80Cost, onTime, onBudget, onBudgetNotKnown, jcl, unfinished,
 *                horizonWeek, lowestUnfinishedCost} ] }
 * </pre>
 * Completion in weeks from {@code programStart} with its ISO date beside it, costs in
 * {@code currency}, chances as shares from 0 to 1 (null without a target), {@code unfinished} the
 * share of runs not finished by the point's horizon, {@code horizonWeek}. As in the CSV, a completion
 * percentile equal to {@code horizonWeek} with {@code unfinished} above 0 is only known to come then or later,
 * and a cost at or above {@code lowestUnfinishedCost} (the lowest cost among the runs not finished by
 * the horizon, null when every run finished) is a lower bound. {@code onBudget} counts a run not
 * finished by the horizon as not on budget, the lower end of the chance; {@code onBudgetNotKnown}, as
 * in summary.json, is the share of such runs within budget so far, which may or may not stay within
 * it: the chance lies from {@code onBudget} to {@code onBudget + onBudgetNotKnown} (0 when none, null
 * without a budget).
 */
public final class SweepJsonWriter {
    private SweepJsonWriter() {
    }

    /** Writes the table as UTF-8; the stream is flushed, not closed. */
    public static void write(SweepTable table, long seed, DatesAndCurrency units, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(table, seed, units, writer);
        writer.flush();
    }

    /** Writes the table; the writer is flushed, not closed. */
    public static void write(SweepTable table, long seed, DatesAndCurrency units, Writer out) throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.generator();
            g.writeStartObject();
            json.integer("seed", seed);
            json.text("programStart", units.start().toString());
            json.text("currency", units.currency());
            g.writeArrayFieldStart("parameters");
            for (String p : table.parameters()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("points");
            for (SweepRow r : table.rows()) {
                g.writeStartObject();
                g.writeObjectFieldStart("values");
                for (int i = 0; i < table.parameters().size(); i++) {
                    json.number(table.parameters().get(i), r.values().get(i));
                }
                g.writeEndObject();
                json.integer("runs", r.runs());
                json.number("p50Completion", r.p50Completion());
                json.textOrNull("p50CompletionDate", units.date(r.p50Completion()));
                json.number("p80Completion", r.p80Completion());
                json.textOrNull("p80CompletionDate", units.date(r.p80Completion()));
                json.number("p50Cost", r.p50Cost());
                json.number("p80Cost", r.p80Cost());
                json.number("onTime", r.onTime());
                json.number("onBudget", r.onBudget());
                json.number("onBudgetNotKnown", r.onBudgetNotKnown());
                json.number("jcl", r.jcl());
                json.number("unfinished", r.unfinishedShare());
                json.integer("horizonWeek", r.horizonWeek());
                json.number("lowestUnfinishedCost", r.lowestUnfinishedCost());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
