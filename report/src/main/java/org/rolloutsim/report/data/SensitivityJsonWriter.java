package org.rolloutsim.report.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.rolloutsim.report.text.CappedIndices;
import org.rolloutsim.report.view.SensitivityData;

/**
 * Writes {@code sensitivity.json}: Sobol indices of the inputs studied, per outcome, in a fixed
 * order and without a timestamp, so the same scenario, inputs and seed give the same bytes.
 *
 * <pre>
 * { "scenario": {"name", "contentHash"}, "seed", "baseRuns", "modelRuns", "toolVersion", "confidence",
 *   "method", "inputs": [...], "horizonWeek", "unfinished", "note",
 *   "outputs": { name: {unit, mean, variance, cappedAtHorizon,
 *                       "indices": [ {input, first, firstCi: [lo, hi], total, totalCi: [lo, hi]}, ... ]} } }
 * </pre>
 * {@code unfinished} is the share of model runs not finished by the horizon ({@code horizonWeek}):
 * such a run holds the horizon as its completion and its cost up to then, so above 0 each output is
 * capped at the horizon ({@code cappedAtHorizon}) and {@code note} says so as the report does (null
 * when every run finished).
 */
public final class SensitivityJsonWriter {
    /** The estimators, for the record. */
    public static final String METHOD = "Saltelli design; first order Saltelli 2010, total Jansen 1999;"
            + " percentile bootstrap intervals over rows";

    private SensitivityJsonWriter() {
    }

    /** Writes the file; the writer is flushed, not closed. */
    public static void write(SensitivityData data, Writer out) throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.generator();
            g.writeStartObject();
            g.writeObjectFieldStart("scenario");
            json.text("name", data.scenarioName());
            json.text("contentHash", data.provenance().scenarioHash());
            g.writeEndObject();
            json.integer("seed", data.provenance().seed());
            json.integer("baseRuns", data.baseRuns());
            json.integer("modelRuns", data.provenance().runs());
            json.text("toolVersion", data.provenance().toolVersion());
            json.number("confidence", data.confidence());
            json.text("method", METHOD);
            g.writeArrayFieldStart("inputs");
            for (String input : data.inputs()) {
                g.writeString(input);
            }
            g.writeEndArray();
            json.integer("horizonWeek", data.horizonWeek());
            json.text("horizonDate", data.calendar().date(data.horizonWeek()).toString());
            json.number("unfinished", data.unfinishedShare());
            json.textOrNull("note", CappedIndices.note(data));
            g.writeObjectFieldStart("outputs");
            for (SensitivityData.OutcomeIndices o : data.outcomes()) {
                g.writeObjectFieldStart(o.name());
                json.text("unit", o.unit());
                json.number("mean", o.mean());
                json.number("variance", o.variance());
                g.writeBooleanField("cappedAtHorizon", data.unfinishedRuns() > 0);
                g.writeArrayFieldStart("indices");
                for (SensitivityData.Index i : o.indices()) {
                    g.writeStartObject();
                    json.text("input", i.input());
                    json.number("first", i.first());
                    g.writeArrayFieldStart("firstCi");
                    json.number(i.firstLow());
                    json.number(i.firstHigh());
                    g.writeEndArray();
                    json.number("total", i.total());
                    g.writeArrayFieldStart("totalCi");
                    json.number(i.totalLow());
                    json.number(i.totalHigh());
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
