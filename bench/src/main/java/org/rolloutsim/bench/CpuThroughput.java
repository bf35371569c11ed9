package org.rolloutsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioLoader;
import org.rolloutsim.stats.BatchStatistics;

/**
 * Runs per CPU-second of one thread for each bundled scenario (model only, as the JMH benchmark
 * measures it), and the CPU time per run of collecting the weekly fans. CPU time, not wall time,
 * so that a shared, loaded machine still gives a usable figure; JMH on a quiet machine remains the
 * reference.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.rolloutsim.bench.CpuThroughput [runs]
 * [scenario ...] [--no-fans]}: every bundled scenario when none is named; {@code --no-fans} leaves
 * out the fans' figure, for quick comparisons of two builds' model alone.
 */
public final class CpuThroughput {
    private CpuThroughput() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<String> names = new ArrayList<>();
        boolean fans = true;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--no-fans")) {
                fans = false;
            } else {
                names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            names = List.of("regional-phased", "regional-big-bang", "academic-homegrown", "enterprise");
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (String name : names) {
            LoadResult loaded = ScenarioLoader.loadBundled(name);
            RolloutModel model = new RolloutModel(loaded.scenarioSet().scenarios().get(0).scenario(),
                    ModelOptions.DEFAULT);
            RunOutput out = model.schema().newRunOutput();
            int n = name.equals("enterprise") ? runs / 5 : runs;
            for (int r = 0; r < n / 4; r++) { // warm-up: let the JIT compile the weekly loop
                out.reset(r);
                model.run(20_261_125L, r, out);
            }
            long start = bean.getCurrentThreadCpuTime();
            for (int r = 0; r < n; r++) {
                out.reset(r);
                model.run(20_261_125L, r, out);
            }
            double seconds = (bean.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%-20s %8.0f runs per CPU-second (%d runs)", name, n / seconds, n);
            if (fans) {
                System.out.printf(Locale.ROOT, "; weekly fans %5.1f CPU-us per run", fanMicros(model, bean));
            }
            System.out.println();
        }
    }

    /**
     * CPU microseconds per run of collecting the weekly fans, as {@link WeeklyFansBenchmark} measures
     * it: the best of ten passes adding the same simulated runs to fresh fans.
     */
    private static double fanMicros(RolloutModel model, ThreadMXBean bean) {
        RunOutput[] runs = WeeklyFansBenchmark.simulate(model);
        BatchStatistics statistics = new BatchStatistics(model.schema());
        double best = Double.POSITIVE_INFINITY;
        for (int pass = 0; pass < 10; pass++) {
            long start = bean.getCurrentThreadCpuTime();
            WeeklyFansBenchmark.addRuns(statistics, runs);
            best = Math.min(best, (bean.getCurrentThreadCpuTime() - start) / 1e3 / runs.length);
        }
        return best;
    }
}
