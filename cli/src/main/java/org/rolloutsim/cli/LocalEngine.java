package org.rolloutsim.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.rolloutsim.batch.BatchResult;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.Cancellation;
import org.rolloutsim.batch.ProgressListener;
import org.rolloutsim.batch.RunConsumer;
import org.rolloutsim.batch.SplitRunConsumer;
import org.rolloutsim.output.RunOutput;
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
            RunConsumer consumer = csv == null ? statistics : new StatisticsAndCsv(statistics, csv);
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

    /** The statistics, fans gathered on the worker threads, and runs.csv written in run order. */
    private record StatisticsAndCsv(BatchStatistics statistics, RunsCsvWriter csv) implements SplitRunConsumer {
        @Override
        public void accept(RunOutput run) {
            statistics.accept(run);
            csv.accept(run);
        }

        @Override
        public void acceptInOrder(RunOutput run) {
            statistics.acceptInOrder(run);
            csv.accept(run);
        }

        @Override
        public Part newPart() {
            return statistics.newPart();
        }

        @Override
        public void merge(Part part) {
            statistics.merge(part);
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
