package org.rolloutsim.report.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rolloutsim.analysis.ComparisonResult;
import org.rolloutsim.analysis.MetricDifference;
import org.rolloutsim.analysis.PairComparison;

/**
 * Writes {@code comparison.json}: for each pair of batches A and B run with the same seed, and each
 * output both have, the per-run differences A - B.
 *
 * <pre>
 * { "seed", "batches": [labels],
 *   "pairs": [ { "a", "b", "metrics": { name: {n, meanDiff, meanDiffCi: [lo, hi], p50Diff, p80Diff,
 *                                               pBetter, wilcoxonP, pairedTP} } } ] }
 * </pre>
 * {@code pBetter} is the share of runs where A is lower than B (ties half).
 */
public final class ComparisonJsonWriter {
    private ComparisonJsonWriter() {
    }

    /** Writes the comparison as UTF-8; the stream is flushed, not closed. */
    public static void write(ComparisonResult result, long seed, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(result, seed, writer);
        writer.flush();
    }

    /** Writes the comparison; the writer is flushed, not closed. */
    public static void write(ComparisonResult result, long seed, Writer out) throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.generator();
            g.writeStartObject();
            json.integer("seed", seed);
            g.writeArrayFieldStart("batches");
            for (String label : result.labels()) {
                g.writeString(label);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pairs");
            for (PairComparison pair : result.pairs()) {
                g.writeStartObject();
                json.text("a", pair.a());
                json.text("b", pair.b());
                g.writeObjectFieldStart("metrics");
                for (MetricDifference d : pair.metrics()) {
                    g.writeObjectFieldStart(d.metric());
                    json.integer("n", d.n());
                    json.number("meanDiff", d.meanDiff());
                    json.interval("meanDiffCi", d.meanDiffCi());
                    json.number("p50Diff", d.p50Diff());
                    json.number("p80Diff", d.p80Diff());
                    json.number("pBetter", d.pBetter());
                    json.number("wilcoxonP", d.wilcoxonP());
                    json.number("pairedTP", d.pairedTP());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
