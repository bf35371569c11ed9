package org.rolloutsim.report.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.ConvergenceTrace;
import org.rolloutsim.stats.JclPoint;
import org.rolloutsim.stats.MetricSummary;
import org.rolloutsim.stats.QuantileEstimate;
import org.rolloutsim.stats.Sensitivity;
import org.rolloutsim.stats.SensitivityEntry;

/**
 * Writes {@code summary.json}: what a batch says, under the metric names of the model, e.g.
 * {@code metrics.completionWeek.p80} or {@code probabilities.jcl}. Fields come in a fixed order and
 * there is no timestamp, so the same scenario and seed give the same bytes whatever the thread count.
 *
 * <pre>
 * { "scenario": {"name", "contentHash"}, "seed", "runs", "toolVersion",
 *   ["design": {"sampling", "blockRuns", "correlations": [ {between: [a, b], rank}, ... ]}],
 *   "programStart", "currency",
 *   "metrics": { name: {kind, unit, [currency], n, mean, sd, min, p5, p10, p20, p50, p80, p90, p95, max,
 *                       meanCi: [lo, hi], ci: {p5: [lo, hi], ...}, censored, censoredMin, [dates: {mean, min, p5, ...}]} },
 *   "probabilities": {onTime, onBudget, jcl}, "targets": {targetWeek, targetDate, budget, currency},
 *   "jclDateAndCost": {level, q, week, date, cost, currency, jointProbability},
 *   "sensitivity": { output: [ {input, kind, rho, varianceShare, [unfinishedWithLeast, unfinishedWithMost]},
 *                              ... strongest first ] },
 *   "convergence": { metric: {unit, [currency], runs: [...], p50: [...], p80: [...], [p50Dates, p80Dates]} } }
 * </pre>
 * Week figures (unit {@code week}) have their ISO dates beside them, money figures their currency;
 * probabilities and {@code varianceShare} are shares from 0 to 1. docs/outputs.md lists every field.
 * A number that does not exist (a probability without a target, a bound too few runs cannot give)
 * is null. {@code design} is written only when the batch did not sample independently at random.
 */
public final class SummaryJsonWriter {
    /** The joint confidence level whose date and cost the summary quotes. */
    public static final double JCL_LEVEL = 0.7;

    private SummaryJsonWriter() {
    }

    /** Writes the summary as UTF-8; the stream is flushed, not closed. */
    public static void write(BatchIdentity identity, DatesAndCurrency units, BatchSummary summary, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(identity, units, summary, writer);
        writer.flush();
    }

    /** Writes the summary; the writer is flushed, not closed. */
    public static void write(BatchIdentity identity, DatesAndCurrency units, BatchSummary summary, Writer out)
            throws IOException {
        write(identity, units, summary, java.util.Map.of(), out);
    }

    /**
     * As {@link #write(BatchIdentity, DatesAndCurrency, BatchSummary, Writer)}, each input of the
     * sensitivity lists with the share of runs not finished by the horizon at either end of its swing,
     * as the report's drivers give it, where {@code unfinished} has the input.
     */
    public static void write(BatchIdentity identity, DatesAndCurrency units, BatchSummary summary,
                             java.util.Map<String, UnfinishedAtEnds> unfinished, Writer out) throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.generator();
            g.writeStartObject();
            g.writeObjectFieldStart("scenario");
            json.text("name", identity.scenarioName());
            json.text("contentHash", identity.contentHash());
            g.writeEndObject();
            json.integer("seed", identity.seed());
            json.integer("runs", summary.runs());
            json.text("toolVersion", identity.toolVersion());
            writeDesign(json, identity.design());
            json.text("programStart", units.start().toString());
            json.text("currency", units.currency());
            writeMetrics(json, units, summary);
            g.writeObjectFieldStart("probabilities");
            json.number("onTime", summary.probabilities().onTime());
            json.number("onBudget", summary.probabilities().onBudget());
            json.number("jcl", summary.probabilities().jcl());
            json.number("onBudgetNotKnown", summary.probabilities().onBudgetNotKnown());
            g.writeEndObject();
            g.writeObjectFieldStart("targets");
            double targetWeek = summary.targets().targetWeek().isPresent()
                    ? summary.targets().targetWeek().getAsInt() : Double.NaN;
            json.number("targetWeek", targetWeek);
            json.textOrNull("targetDate", units.date(targetWeek));
            json.number("budget", summary.targets().budget().orElse(Double.NaN));
            json.text("currency", units.currency());
            g.writeEndObject();
            JclPoint jcl = summary.dateAndCostAtJcl(JCL_LEVEL);
            g.writeObjectFieldStart("jclDateAndCost");
            json.number("level", jcl.level());
            json.number("q", jcl.q());
            json.number("week", jcl.week());
            json.textOrNull("date", units.date(jcl.week()));
            json.number("cost", jcl.cost());
            json.text("currency", units.currency());
            json.number("jointProbability", jcl.jointProbability());
            g.writeEndObject();
            writeSensitivity(json, summary, unfinished);
            writeConvergence(json, units, summary);
            g.writeEndObject();
        }
    }

    private static void writeDesign(JsonOutput json, SamplingDesign design) throws IOException {
        if (design == null || design.isDefault()) {
            return;
        }
        JsonGenerator g = json.generator();
        g.writeObjectFieldStart("design");
        json.text("sampling", design.sampling());
        json.integer("blockRuns", design.blockRuns());
        g.writeArrayFieldStart("correlations");
        for (RankCorrelation c : design.correlations()) {
            g.writeStartObject();
            g.writeArrayFieldStart("between");
            g.writeString(c.first());
            g.writeString(c.second());
            g.writeEndArray();
            json.number("rank", c.rank());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeMetrics(JsonOutput json, DatesAndCurrency units, BatchSummary summary) throws IOException {
        JsonGenerator g = json.generator();
        g.writeObjectFieldStart("metrics");
        for (MetricSummary m : summary.metrics()) {
            Unit unit = Unit.of(m.name(), m.kind());
            g.writeObjectFieldStart(m.name());
            json.text("kind", m.kind().name());
            json.text("unit", unit.label());
            if (unit == Unit.MONEY) {
                json.text("currency", units.currency());
            }
            json.integer("n", m.n());
            json.number("mean", m.mean());
            json.number("sd", m.sd());
            json.number("min", m.min());
            for (QuantileEstimate q : m.quantiles()) {
                json.number(q.label(), q.value());
            }
            json.number("max", m.max());
            json.interval("meanCi", m.meanCi());
            g.writeObjectFieldStart("ci");
            for (QuantileEstimate q : m.quantiles()) {
                json.interval(q.label(), q.ci());
            }
            g.writeEndObject();
            json.integer("censored", m.censored());
            json.number("censoredMin", m.censoredMin());
            if (unit == Unit.WEEK) {
                writeDates(json, units, m);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** {@code "dates": {mean, min, p5, ..., max}}: the ISO date of each week figure. */
    private static void writeDates(JsonOutput json, DatesAndCurrency units, MetricSummary m) throws IOException {
        json.generator().writeObjectFieldStart("dates");
        json.textOrNull("mean", units.date(m.mean()));
        json.textOrNull("min", units.date(m.min()));
        for (QuantileEstimate q : m.quantiles()) {
            json.textOrNull(q.label(), units.date(q.value()));
        }
        json.textOrNull("max", units.date(m.max()));
        json.generator().writeEndObject();
    }

    private static void writeSensitivity(JsonOutput json, BatchSummary summary,
                                         java.util.Map<String, UnfinishedAtEnds> unfinished) throws IOException {
        JsonGenerator g = json.generator();
        g.writeObjectFieldStart("sensitivity");
        for (Sensitivity s : summary.sensitivity()) {
            g.writeArrayFieldStart(s.output());
            for (SensitivityEntry e : s.ranked()) {
                g.writeStartObject();
                json.text("input", e.input());
                json.text("kind", e.kind().name());
                json.number("rho", e.rho());
                json.number("varianceShare", e.varianceShare());
                UnfinishedAtEnds ends = unfinished.get(e.input());
                if (ends != null) {
                    json.number("unfinishedWithLeast", ends.withLeast());
                    json.number("unfinishedWithMost", ends.withMost());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeConvergence(JsonOutput json, DatesAndCurrency units, BatchSummary summary)
            throws IOException {
        JsonGenerator g = json.generator();
        g.writeObjectFieldStart("convergence");
        for (ConvergenceTrace t : summary.convergence()) {
            Unit unit = Unit.of(t.metric());
            g.writeObjectFieldStart(t.metric());
            json.text("unit", unit.label());
            if (unit == Unit.MONEY) {
                json.text("currency", units.currency());
            }
            g.writeArrayFieldStart("runs");
            for (int i = 0; i < t.size(); i++) {
                g.writeNumber(t.runs(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("p50");
            for (int i = 0; i < t.size(); i++) {
                json.number(t.p50(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("p80");
            for (int i = 0; i < t.size(); i++) {
                json.number(t.p80(i));
            }
            g.writeEndArray();
            if (unit == Unit.WEEK) {
                g.writeArrayFieldStart("p50Dates");
                for (int i = 0; i < t.size(); i++) {
                    g.writeString(units.date(t.p50(i)));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("p80Dates");
                for (int i = 0; i < t.size(); i++) {
                    g.writeString(units.date(t.p80(i)));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
