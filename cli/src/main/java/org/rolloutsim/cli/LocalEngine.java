package org.rolloutsim.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The statistics and runs.csv: on the worker threads, the weekly fans and each run's CSV row
     * (formatting is most of writing it); on the calling thread, the scalar columns and the rows
     * written in run order.
     */
    private static final class StatisticsAndCsv implements SplitRunConsumer {
        private final BatchStatistics statistics;
        private final RunsCsvWriter csv;
        private final StringBuilder row = new StringBuilder(256);
        /** Rows formatted on the worker threads, by run index, until written: at most a block's. */
        private final Map<Integer, String> rows = new ConcurrentHashMap<>();

        StatisticsAndCsv(BatchStatistics statistics, RunsCsvWriter csv) {
            this.statistics = statistics;
            this.csv = csv;
        }

        @Override
        public void accept(RunOutput run) {
            statistics.accept(run);
            csv.accept(run);
        }

        @Override
        public void acceptInOrder(RunOutput run) {
            statistics.acceptInOrder(run);
            String line = rows.remove(run.runIndex());
            csv.write(run.runIndex(), line != null ? line : csv.row(run, row));
        }

        @Override
        public Part newPart() {
            return new RowsAndFans(statistics.newPart(), new StringBuilder(256));
        }

        @Override
        public void merge(Part part) {
            statistics.merge(((RowsAndFans) part).fans());
        }

        /** One worker thread's fans, and its builder for rows. */
        private final class RowsAndFans implements Part {
            private final Part fans;
            private final StringBuilder builder;

            RowsAndFans(Part fans, StringBuilder builder) {
                this.fans = fans;
                this.builder = builder;
            }

            Part fans() {
                return fans;
            }

            @Override
            public void accept(RunOutput run) {
                fans.accept(run);
                rows.put(run.runIndex(), csv.row(run, builder));
            }
        }
    }

    @Override
    public BatchRunner precisionRunner() {
        return runner;
    }

    @Override
    public int summaryThreads() {
        return runner.threads();
    }

    @Override
    public void close() {
        runner.close();
    }
}
