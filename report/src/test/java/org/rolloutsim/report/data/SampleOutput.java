package org.rolloutsim.report.data;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.Targets;

/** Prints a summary.json of the tiny model, to look at by eye: not a test. */
public final class SampleOutput {
    public static void main(String[] args) throws Exception {
        BatchStatistics stats = new BatchStatistics(TinyModel.SCHEMA);
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(new TinyModel(0), 42, 2000, stats, null, null);
        }
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        SummaryJsonWriter.write(new BatchIdentity("tiny", "sha256:0", 42, "0.1.0"), stats.summary(Targets.of(52, 1.6e7)), out);
    }
}
