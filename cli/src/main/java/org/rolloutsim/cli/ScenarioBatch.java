package org.rolloutsim.cli;

import java.util.List;
import org.rolloutsim.analysis.PrecisionResult;
import org.rolloutsim.analysis.PrecisionRunner;
import org.rolloutsim.analysis.PrecisionSettings;
import org.rolloutsim.batch.BatchResult;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.design.DesignedRuns;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.design.UncertainInput;
import org.rolloutsim.batch.ProgressListener;
import org.rolloutsim.batch.RunConsumer;
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
        this.model = new RolloutModel(named.scenario(), new ModelOptions(options.mitigated));
        this.design = design(model, named.scenario().correlations(), options);
        this.designed = DesignedRuns.of(model, design);
    }

    /**
     * The sampling design and the scenario's correlations between inputs this model samples (with
     * --mitigated, a risk's own inputs give way to its mitigation's, and correlations naming them
     * are left out).
     */
    private static InputDesign design(RolloutModel model, List<RankCorrelation> correlations, BatchOptions options) {
        List<String> names = model.inputs().stream().map(UncertainInput::name).toList();
        List<RankCorrelation> used = correlations.stream()
                .filter(c -> names.contains(c.first()) && names.contains(c.second())).toList();
        return new InputDesign(options.samplingDesign(), model.inputs(), used);
    }

    /** The layout of each run's record, for writers that stream runs as they come. */
    OutputSchema schema() {
        return model.schema();
    }

    /**
     * @param runs   fixed run count, or -1 for precision mode
     * @param alsoTo extra consumer of every run, in run order (may be null)
     */
    Outcome run(int runs, BatchRunner runner, RunConsumer alsoTo, ProgressListener progress, Interruption interruption) {
        Targets targets = Targets.of(named.scenario().program());
        BatchStatistics statistics;
        PrecisionResult precision = null;
        if (runs < 0) {
            PrecisionRunner precisionRunner = new PrecisionRunner(runner,
                    PrecisionSettings.of(options.precision(), options.maxRuns));
            precision = precisionRunner.run(designed, options.seed, alsoTo, progress, interruption.cancellation());
            statistics = precision.statistics();
            interruption.throwIfCancelled();
        } else {
            statistics = new BatchStatistics(model.schema(), runs);
            BatchStatistics stats = statistics;
            RunConsumer consumer = alsoTo == null ? stats : run -> {
                stats.accept(run);
                alsoTo.accept(run);
            };
            BatchResult result = runner.run(designed, options.seed, runs, consumer, progress, interruption.cancellation());
            interruption.throwIfCancelled();
            if (result.cancelled()) {
                throw new IllegalStateException("the batch was cancelled");
            }
        }
        return new Outcome(named, options.seed, statistics.runs(), statistics, statistics.summary(targets),
                model.plan(), precision, design);
    }
}
