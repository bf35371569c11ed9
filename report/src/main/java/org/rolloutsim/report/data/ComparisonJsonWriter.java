package org.rolloutsim.report.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.analysis.ComparedBatch;
import org.rolloutsim.analysis.ComparisonResult;
import org.rolloutsim.analysis.MetricDifference;
import org.rolloutsim.analysis.PairComparison;

/**
 * Writes {@code comparison.json}: for each pair of batches A and B run with the same seed, and each
 * output both have, the per-run differences A - B.
 *
 * <pre>
 * { "seed", "currency", "batches": [labels],
 *   "pairs": [ { "a", "b", "metrics": { name: {unit, [currency], n, meanDiff, meanDiffCi: [lo, hi], p10Diff,
 *                                               p50Diff, p90Diff, pLower, pHigher, pSame, pNotKnown, nNotKnown,
 *                                               wilcoxonP, pairedTP} } } ] }
 * </pre>
 * A difference of week figures is a number of weeks ({@code unit} "weeks"); money differences
 * carry their currency.
 * {@code p10Diff}, {@code p50Diff}, {@code p90Diff} are percentiles of the per-run differences A - B
 * (the same "P50 difference" the reports show). {@code pLower}, {@code pHigher} and {@code pSame} are
 * the shares of runs where A is lower than B (for completion: earlier), higher (later) or equal (the
 * same week), and {@code pNotKnown} (of {@code nNotKnown} runs) the share where that cannot be told
 * because a run was cut off at the horizon ({@link PairedShares}): the four add up to 1, and a tie is
 * never counted as half a win, nor are two runs cut off counted as the same week (unless A and B ran
 * one scenario, the same hash, where run i of each is one run: cut off alike, it is the same). For an output whose
 * cut-off runs are not told apart, {@code pNotKnown} and {@code nNotKnown} are null and the other three
 * add up to 1.
 */
public final class ComparisonJsonWriter {
    private ComparisonJsonWriter() {
    }

    /**
     * Writes the comparison as UTF-8; the stream is flushed, not closed.
     *
     * @param batches the batches compared, whose runs tell which were cut off at the horizon
     */
    public static void write(ComparisonResult result, List<ComparedBatch> batches, long seed, String currency,
                             OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(result, batches, seed, currency, writer);
        writer.flush();
    }

    /**
     * Writes the comparison; the writer is flushed, not closed.
     *
     * @param batches the batches compared, whose runs tell which were cut off at the horizon
     */
    public static void write(ComparisonResult result, List<ComparedBatch> batches, long seed, String currency,
                             Writer out) throws IOException {
        Map<String, ComparedBatch> byLabel = new LinkedHashMap<>();
        Map<String, double[]> cutOff = new LinkedHashMap<>();
        for (ComparedBatch b : batches) {
            byLabel.put(b.label(), b);
            cutOff.put(b.label(), PairedShares.cutOff(b.statistics()));
        }
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.generator();
            g.writeStartObject();
            json.integer("seed", seed);
            json.text("currency", currency);
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
                ComparedBatch a = batch(byLabel, pair.a());
                ComparedBatch b = batch(byLabel, pair.b());
                for (MetricDifference d : pair.metrics()) {
                    PairedShares shares = PairedShares.of(d.metric(), a.statistics().values(d.metric()),
                            b.statistics().values(d.metric()), cutOff.get(a.label()), cutOff.get(b.label()),
                            a.sameScenarioAs(b));
                    g.writeObjectFieldStart(d.metric());
                    Unit unit = Unit.of(d.metric());
                    json.text("unit", (unit == Unit.WEEK ? Unit.WEEKS : unit).label());
                    if (unit == Unit.MONEY) {
                        json.text("currency", currency);
                    }
                    json.integer("n", d.n());
                    json.number("meanDiff", d.meanDiff());
                    json.interval("meanDiffCi", d.meanDiffCi());
                    json.number("p10Diff", d.p10Diff());
                    json.number("p50Diff", d.p50Diff());
                    json.number("p90Diff", d.p90Diff());
                    json.number("pLower", shares.share(shares.lower()));
                    json.number("pHigher", shares.share(shares.higher()));
                    json.number("pSame", shares.share(shares.same()));
                    if (shares.worked()) {
                        json.number("pNotKnown", shares.share(shares.notKnown()));
                        json.integer("nNotKnown", shares.notKnown());
                    } else {
                        g.writeNullField("pNotKnown");
                        g.writeNullField("nNotKnown");
                    }
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

    private static ComparedBatch batch(Map<String, ComparedBatch> byLabel, String label) {
        ComparedBatch b = byLabel.get(label);
        if (b == null) {
            throw new IllegalArgumentException("no batch " + label + " among those compared");
        }
        return b;
    }
}
