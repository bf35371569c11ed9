package org.rolloutsim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rolloutsim.batch.SplitRunConsumer;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioLoader;
import org.rolloutsim.stats.BatchStatistics;

/**
 * Collecting the weekly fans of a batch, apart from simulating it: the time per run to add a run's
 * five weekly series to the fans' per-week distributions, as a worker thread does after each run.
 * The runs are simulated once, in the setup, and the same {@value #RUNS} runs are added to fresh
 * fans at every invocation, so the figure is the fans' cost alone.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar WeeklyFansBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WeeklyFansBenchmark {
    static final int RUNS = 2_000;

    @Param({"regional-phased", "enterprise"})
    public String scenario;

    private BatchStatistics statistics;
    private RunOutput[] runs;

    @Setup(Level.Trial)
    public void simulate() {
        LoadResult result = ScenarioLoader.loadBundled(scenario);
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("bundled scenario " + scenario + " does not load: " + result.errors());
        }
        RolloutModel model = new RolloutModel(result.scenarioSet().scenarios().get(0).scenario(),
                ModelOptions.DEFAULT);
        statistics = new BatchStatistics(model.schema());
        runs = simulate(model);
    }

    /** Microseconds per run added. */
    @Benchmark
    @OperationsPerInvocation(RUNS)
    public SplitRunConsumer.Part addRuns() {
        return addRuns(statistics, runs);
    }

    /** {@value #RUNS} runs of {@code model}, each in its own output. */
    static RunOutput[] simulate(RolloutModel model) {
        RunOutput[] runs = new RunOutput[RUNS];
        for (int r = 0; r < RUNS; r++) {
            runs[r] = model.schema().newRunOutput();
            runs[r].reset(r);
            model.run(20_261_125L, r, runs[r]);
        }
        return runs;
    }

    /** The weekly fans of {@code runs}, collected into a fresh part of {@code statistics}. */
    static SplitRunConsumer.Part addRuns(BatchStatistics statistics, RunOutput[] runs) {
        SplitRunConsumer.Part fans = statistics.newPart();
        for (RunOutput run : runs) {
            fans.accept(run);
        }
        statistics.merge(fans); // the runs the part still holds back count too, as at a batch's end
        return fans;
    }
}
