package org.rolloutsim.bench;

import java.util.Arrays;
import java.util.Locale;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.design.DesignedRuns;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.design.Sampling;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioLoader;

/**
 * Random against Latin hypercube sampling (docs/sampling-benchmark.md): for a bundled scenario,
 * {@code replicates} batches of {@code runs} runs under each design (seeds 1, 2, ...), the spread
 * (standard deviation across replicates) of mean and P80 completion and programme cost, and the run
 * count at which the 95% interval of P80 (1.96 replicate sd) would be 1% of P80, scaling the sd by
 * the square root of the run count.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests} then
 * {@code java -cp bench/target/benchmarks.jar org.rolloutsim.bench.SamplingDesigns SCENARIO [replicates] [runs] [threads]}
 * (defaults: 20 replicates of 2,000 runs, 1 thread).
 */
public final class SamplingDesigns {
    private SamplingDesigns() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "regional-phased";
        int replicates = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        LoadResult loaded = ScenarioLoader.loadBundled(name);
        if (!loaded.errors().isEmpty()) {
            throw new IllegalStateException(name + " does not load: " + loaded.errors());
        }
        Scenario scenario = loaded.scenarioSet().scenarios().get(0).scenario();
        RolloutModel model = new RolloutModel(scenario, ModelOptions.DEFAULT);
        int completion = model.schema().requireScalar("completionWeek");
        int cost = model.schema().requireScalar("programCost");
        System.out.printf(Locale.ROOT, "%s, %d replicates of %d runs%n", name, replicates, runs);
        System.out.println("| design | sd of mean completion | sd of P80 completion | mean P80 completion"
                + " | runs for 1% on P80 completion | sd of mean cost | sd of P80 cost | mean P80 cost"
                + " | runs for 1% on P80 cost |");
        try (BatchRunner runner = new BatchRunner(threads)) {
            for (Sampling sampling : Sampling.values()) {
                MonteCarloModel runnable = DesignedRuns.of(model,
                        new InputDesign(sampling, model.inputs(), scenario.correlations()));
                double[][] stats = new double[4][replicates]; // mean and P80 of completion, then of cost
                for (int r = 0; r < replicates; r++) {
                    double[] weeks = new double[runs];
                    double[] money = new double[runs];
                    int[] i = {0};
                    runner.run(runnable, r + 1, runs, out -> {
                        weeks[i[0]] = out.get(completion);
                        money[i[0]++] = out.get(cost);
                    }, null, null);
                    stats[0][r] = mean(weeks);
                    stats[1][r] = p80(weeks);
                    stats[2][r] = mean(money);
                    stats[3][r] = p80(money);
                }
                System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.1f | %,d | %.3gM | %.3gM | %.4gM | %,d |%n",
                        sampling.key(), sd(stats[0]), sd(stats[1]), mean(stats[1]), needed(stats[1], runs),
                        sd(stats[2]) / 1e6, sd(stats[3]) / 1e6, mean(stats[3]) / 1e6, needed(stats[3], runs));
            }
        }
    }

    /** Runs at which 1.96 sd of P80 is 1% of P80, the sd falling as 1 / sqrt(runs). */
    private static long needed(double[] p80s, int runs) {
        double ratio = 1.96 * sd(p80s) / (0.01 * mean(p80s));
        return Math.round(Math.ceil(runs * ratio * ratio));
    }

    /** The 80th percentile as the summary's point estimate: the ceil(0.8 n)-th smallest value. */
    private static double p80(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.8 * sorted.length) - 1];
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
