package org.rolloutsim.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.rolloutsim.batch.BatchResult;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.Cancellation;
import org.rolloutsim.batch.ProgressListener;
import org.rolloutsim.batch.RunConsumer;
import org.rolloutsim.report.data.RunsCsvWriter;
import org.rolloutsim.stats.BatchStatistics;

/** Batches on this machine's thread pool, runs.csv streamed while the runs come in. */
final class LocalEngine implements BatchEngine {
    private final BatchRunner runner;

    LocalEngine(int threads) {
        this.runner = new BatchRunner(threads);
    }

    @Override
    public boolean run(BatchJob job, BatchStatistics statistics, Path runsCsv, ProgressListener progress,
                       Cancellation cancellation) throws IOException {
        Writer csvFile = runsCsv == null ? null : ResultFiles.writer(runsCsv);
        try {
            RunsCsvWriter csv = csvFile == null ? null : new RunsCsvWriter(job.model().schema(), csvFile);
            RunConsumer consumer = csv == null ? statistics : run -> {
                statistics.accept(run);
                csv.accept(run);
            };
            BatchResult result = runner.run(job.model(), job.seed(), job.runs(), consumer, progress, cancellation);
            if (csv != null) {
                csv.flush();
            }
            return !result.cancelled();
        } finally {
            if (csvFile != null) {
                csvFile.close();
            }
        }
    }

    @Override
    public BatchRunner precisionRunner() {
        return runner;
    }

    @Override
    public void close() {
        runner.close();
    }
}
