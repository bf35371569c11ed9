package org.rolloutsim.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.rolloutsim.analysis.PrecisionResult;
import org.rolloutsim.analysis.PrecisionRunner;
import org.rolloutsim.analysis.PrecisionSettings;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.design.DesignedRuns;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.batch.ProgressListener;
import org.rolloutsim.report.data.RunsCsvWriter;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.model.PlannedWave;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.Targets;

/**
 * Runs the batch of one scenario: a fixed number of runs, or as many as the requested precision
 * needs. Each run's results go, in run order, to the statistics and to any extra consumer (the
 * streaming runs.csv writer).
 */
final class ScenarioBatch {

    /** What one scenario's batch produced. */
    record Outcome(NamedScenario scenario, long seed, int runs, BatchStatistics statistics, BatchSummary summary,
                   List<PlannedWave> plan, PrecisionResult precision, InputDesign design) {
    }

    private final NamedScenario named;
    private final BatchOptions options;
    private final RolloutModel model;
    private final InputDesign design;
    private final MonteCarloModel designed;

    ScenarioBatch(NamedScenario named, BatchOptions options) {
        this.named = named;
        this.options = options;
        this.model = new RolloutModel(named.scenario(), new ModelOptions(options.mitigated()));
        this.design = BatchJob.design(model, named.scenario().correlations(), options.samplingDesign());
        this.designed = DesignedRuns.of(model, design);
    }

    /** The layout of each run's record, for writers that stream runs as they come. */
    OutputSchema schema() {
        return model.schema();
    }

    /**
     * @param runs    fixed run count, or -1 for precision mode
     * @param runsCsv where runs.csv goes, or null for none
     * @param weeklyFans false when no output shows the weekly fans: none are collected
     * @param afterRuns  called once the runs are done, before the summary is worked out
     */
    Outcome run(int runs, BatchEngine engine, Path runsCsv, boolean weeklyFans, ProgressListener progress,
                Interruption interruption, Runnable afterRuns) throws IOException {
        Targets targets = Targets.of(named.scenario().program());
        BatchStatistics statistics;
        PrecisionResult precision = null;
        if (runs < 0) {
            BatchRunner runner = engine.precisionRunner();
            if (runner == null) {
                throw new UserInputException("--precision adds runs as it goes and runs on one machine only: give --runs");
            }
            PrecisionRunner precisionRunner = new PrecisionRunner(runner,
                    PrecisionSettings.of(options.precision(), options.maxRuns()));
            Writer csvFile = runsCsv == null ? null : ResultFiles.writer(runsCsv);
            try {
                RunsCsvWriter csv = csvFile == null ? null : new RunsCsvWriter(model.schema(), csvFile);
                precision = precisionRunner.run(designed, options.seed(), weeklyFans, csv, progress,
                        interruption.cancellation());
                if (csv != null) {
                    csv.flush();
                }
            } finally {
                if (csvFile != null) {
                    csvFile.close();
                }
            }
            statistics = precision.statistics();
            interruption.throwIfCancelled();
        } else {
            statistics = new BatchStatistics(model.schema(), runs, weeklyFans);
            boolean complete = engine.run(new BatchJob(named, designed, options.seed(), runs, options.mitigated(),
                    options.samplingDesign(), weeklyFans), statistics, runsCsv, progress, interruption.cancellation());
            interruption.throwIfCancelled();
            if (!complete) {
                throw new IllegalStateException("the batch was cancelled");
            }
        }
        afterRuns.run();
        BatchSummary summary = statistics.summaryOn(engine.summaryThreads(), targets);
        return new Outcome(named, options.seed(), statistics.runs(), statistics, summary, model.plan(), precision,
                design);
    }
}
