package org.rolloutsim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.batch.BatchResult;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.Cancellation;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.batch.ProgressListener;
import org.rolloutsim.batch.RunConsumer;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.Interval;
import org.rolloutsim.stats.QuantileEstimate;

/**
 * Precision mode: keeps adding runs until P80 completion and P80 programme cost are known to a
 * given relative precision. Runs come in blocks whose sizes depend only on the settings and the
 * runs done, and each run only on (seed, run index), so the same seed stops at the same run count
 * whatever the thread count.
 */
public final class PrecisionRunner {
    private static final double P80 = 0.8;

    private final BatchRunner runner;
    private final PrecisionSettings settings;

    public PrecisionRunner(BatchRunner runner, PrecisionSettings settings) {
        this.runner = runner;
        this.settings = settings;
    }

    /**
     * Runs {@code model} with {@code seed} from run 0 until precise enough.
     *
     * @param alsoTo       also receives every run, in order (e.g. the runs.csv writer); may be null
     * @param progress     told runs done against {@code maxRuns}; may be null
     * @param cancellation stops between runs; may be null
     */
    public PrecisionResult run(MonteCarloModel model, long seed, RunConsumer alsoTo, ProgressListener progress,
                               Cancellation cancellation) {
        return run(model, seed, true, alsoTo, progress, cancellation);
    }

    /**
     * As {@link #run(MonteCarloModel, long, RunConsumer, ProgressListener, Cancellation)}, collecting
     * the weekly fans only when {@code weeklyFans}.
     */
    public PrecisionResult run(MonteCarloModel model, long seed, boolean weeklyFans, RunConsumer alsoTo,
                               ProgressListener progress, Cancellation cancellation) {
        BatchStatistics statistics = new BatchStatistics(model.schema(), settings.firstBlockRuns(), weeklyFans);
        RunConsumer consumer = alsoTo == null ? statistics : (RunOutput run) -> {
            statistics.accept(run);
            alsoTo.accept(run);
        };
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        List<PrecisionCheck> checks = new ArrayList<>();
        int done = 0;
        while (done < settings.maxRuns()) {
            int block = settings.nextBlock(done);
            int before = done;
            BatchResult result = runner.run(model, seed, done, block, consumer,
                    (blockDone, blockTotal) -> listener.progress(before + blockDone, settings.maxRuns()),
                    cancellation);
            done += result.runsDone();
            if (result.cancelled()) {
                return new PrecisionResult(statistics, done, false, true, checks);
            }
            PrecisionCheck check = check(statistics);
            checks.add(check);
            if (check.meets(settings.relativePrecision())) {
                return new PrecisionResult(statistics, done, true, false, checks);
            }
            if (check.beyondHorizon()) {
                return new PrecisionResult(statistics, done, false, false, checks);
            }
        }
        return new PrecisionResult(statistics, done, false, false, checks);
    }

    private static PrecisionCheck check(BatchStatistics statistics) {
        QuantileEstimate completion = statistics.quantile(BatchStatistics.COMPLETION_WEEK, P80);
        // runs cut off at the horizon read it as their completion: a P80 whose interval starts
        // there is a point interval at the horizon, "precise" only because those runs were not seen out
        boolean beyondHorizon = completion.ci().lower() >= statistics.horizonOfCensoredRuns();
        return new PrecisionCheck(statistics.runs(), relativeReach(completion),
                relativeReach(statistics.quantile(BatchStatistics.PROGRAM_COST, P80)), beyondHorizon);
    }

    /**
     * How far the interval's farther end lies from the estimate, over |estimate|: 0 for a point
     * interval, infinite when it cannot be judged.
     */
    static double relativeReach(QuantileEstimate estimate) {
        Interval ci = estimate.ci();
        if (!ci.isBounded()) {
            return Double.POSITIVE_INFINITY;
        }
        double reach = Math.max(ci.upper() - estimate.value(), estimate.value() - ci.lower());
        if (reach == 0) {
            return 0;
        }
        double scale = Math.abs(estimate.value());
        return scale > 0 ? reach / scale : Double.POSITIVE_INFINITY;
    }
}
