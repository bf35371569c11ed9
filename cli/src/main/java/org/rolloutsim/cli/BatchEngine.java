package org.rolloutsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.Cancellation;
import org.rolloutsim.batch.ProgressListener;
import org.rolloutsim.stats.BatchStatistics;

/**
 * Where a batch's runs are simulated: on this machine's threads ({@link #local}, what {@code
 * rollout} uses), or on a cluster ({@code rollout-spark}). Either way the statistics end in the same
 * state and runs.csv has the same bytes, so every file a command writes is the same.
 */
public interface BatchEngine extends AutoCloseable {

    /**
     * Simulates runs {@code [0, job.runs())} and hands them to {@code statistics} in run order; when
     * {@code runsCsv} is not null, writes their rows there too (runs.csv, header first).
     *
     * @return false when the batch was cancelled before its end
     */
    boolean run(BatchJob job, BatchStatistics statistics, Path runsCsv, ProgressListener progress,
                Cancellation cancellation) throws IOException;

    /**
     * Says which batches {@link #run} will be asked for next, in that order (a sweep's points), so an
     * engine can schedule them together; an engine may ignore it, and a batch asked for that was not
     * announced runs on its own.
     */
    default void prepare(List<BatchJob> jobs) {
    }

    /** True when {@link #prepare} is worth the models it is given (not for this machine's threads). */
    default boolean schedulesAhead() {
        return false;
    }

    /**
     * The threads precision mode runs on: it decides how many runs to make as they come in. Null
     * when this engine cannot (precision mode is then refused as bad input).
     */
    BatchRunner precisionRunner();

    /** Threads of this machine a batch's summary may use: the same summary for any number. */
    default int summaryThreads() {
        return 1;
    }

    @Override
    void close();

    /** Opens the engine a command runs its batches on. */
    @FunctionalInterface
    interface Factory {
        /** @param threads the {@code --threads} option (0: every core) */
        BatchEngine open(int threads);
    }

    /** This machine's threads. */
    static Factory local() {
        return LocalEngine::new;
    }
}
