package org.rolloutsim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioLoader;

/**
 * One simulated run of each bundled scenario: the throughput is runs per second on one core. Each
 * invocation simulates the next run index, so the benchmark sees the full spread of run lengths
 * rather than one lucky run.
 *
 * <p>Build and run: {@code mvn -B -q -pl bench -am package -DskipTests} then
 * {@code java -jar bench/target/benchmarks.jar}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScenarioRunBenchmark {

    @Param({"regional-phased", "regional-big-bang", "academic-homegrown", "enterprise"})
    public String scenario;

    private RolloutModel model;
    private RunOutput out;
    private int runIndex;

    @Setup(Level.Trial)
    public void load() {
        LoadResult result = ScenarioLoader.loadBundled(scenario);
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("bundled scenario " + scenario + " does not load: " + result.errors());
        }
        model = new RolloutModel(result.scenarioSet().scenarios().get(0).scenario(), ModelOptions.DEFAULT);
        out = model.schema().newRunOutput();
    }

    @Benchmark
    public RunOutput oneRun() {
        out.reset(runIndex);
        model.run(20_261_125L, runIndex++, out);
        return out;
    }
}
