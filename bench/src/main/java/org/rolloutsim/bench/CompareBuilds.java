package org.rolloutsim.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares the model's speed in two builds inside one JVM: each build's jar in a class loader of its
 * own, blocks of runs alternating between them, each block's CPU time set against its neighbour's.
 * A machine whose speed drifts from one minute to the next (a shared virtual machine) cannot tell
 * two builds 10% apart by running one command after the other; neighbouring blocks see the same
 * machine, so the median of their ratios can (two copies of one build: within about 3%).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.rolloutsim.bench.CompareBuilds A.jar B.jar
 * [scenario] [runs-per-block] [pairs] [--statistics]}, where each jar holds the model and the bundled
 * scenarios (a {@code benchmarks.jar} or {@code rollout.jar} of the build); {@code --statistics} also
 * feeds every run to the batch statistics, as the calling thread of a one-thread batch does. Prints
 * each build's runs per CPU-second (median and best block) and the median ratio B / A with its
 * middle half.
 */
public final class CompareBuilds {
    private static final long SEED = 20_261_125L;

    private CompareBuilds() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = Arrays.asList(args);
        boolean statistics = rest.contains("--statistics");
        String[] a = rest.stream().filter(s -> !s.equals("--statistics")).toArray(String[]::new);
        if (a.length < 2) {
            System.err.println("usage: CompareBuilds A.jar B.jar [scenario] [runs-per-block] [pairs] [--statistics]");
            System.exit(2);
        }
        String scenario = a.length > 2 ? a[2] : "regional-phased";
        int block = a.length > 3 ? Integer.parseInt(a[3]) : 1000;
        int pairs = a.length > 4 ? Integer.parseInt(a[4]) : 30;
        Build first = new Build(a[0], scenario, statistics);
        Build second = new Build(a[1], scenario, statistics);
        for (int w = 0; w < 6; w++) { // warm-up: both builds compiled before any block counts
            first.runs(block);
            second.runs(block);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] rateA = new double[pairs];
        double[] rateB = new double[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            boolean aFirst = i % 2 == 0; // alternate which goes first, so neither always follows the other
            long t0 = cpu.getCurrentThreadCpuTime();
            (aFirst ? first : second).runs(block);
            long t1 = cpu.getCurrentThreadCpuTime();
            (aFirst ? second : first).runs(block);
            long t2 = cpu.getCurrentThreadCpuTime();
            double early = block / ((t1 - t0) / 1e9);
            double late = block / ((t2 - t1) / 1e9);
            rateA[i] = aFirst ? early : late;
            rateB[i] = aFirst ? late : early;
            ratio[i] = rateB[i] / rateA[i];
        }
        Arrays.sort(rateA);
        Arrays.sort(rateB);
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%s%s, %d pairs of %d runs: A %.0f runs per CPU-second (best %.0f), B %.0f"
                        + " (best %.0f); B / A median %.3f, middle half %.3f - %.3f%n",
                scenario, statistics ? " with statistics" : "", pairs, block, rateA[pairs / 2], rateA[pairs - 1],
                rateB[pairs / 2], rateB[pairs - 1], ratio[pairs / 2], ratio[pairs / 4], ratio[3 * pairs / 4]);
    }

    /** One build's model, reached by reflection through its own class loader. */
    private static final class Build {
        private final Object model;
        private final Object output;
        private final Object statistics;
        private final Method reset;
        private final Method run;
        private final Method accept;
        private int next;

        Build(String jar, String scenario, boolean withStatistics) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Object loaded = loader.loadClass("org.rolloutsim.scenarios.ScenarioLoader")
                    .getMethod("loadBundled", String.class).invoke(null, scenario);
            Object set = loaded.getClass().getMethod("scenarioSet").invoke(loaded);
            Object named = ((List<?>) set.getClass().getMethod("scenarios").invoke(set)).get(0);
            Object scenarioValue = named.getClass().getMethod("scenario").invoke(named);
            Class<?> scenarioClass = loader.loadClass("org.rolloutsim.scenario.Scenario");
            Class<?> options = loader.loadClass("org.rolloutsim.model.ModelOptions");
            model = loader.loadClass("org.rolloutsim.model.RolloutModel").getConstructor(scenarioClass, options)
                    .newInstance(scenarioValue, options.getField("DEFAULT").get(null));
            Object schema = model.getClass().getMethod("schema").invoke(model);
            output = schema.getClass().getMethod("newRunOutput").invoke(schema);
            Class<?> outputClass = loader.loadClass("org.rolloutsim.output.RunOutput");
            reset = outputClass.getMethod("reset", int.class);
            run = model.getClass().getMethod("run", long.class, int.class, outputClass);
            if (withStatistics) {
                Class<?> statisticsClass = loader.loadClass("org.rolloutsim.stats.BatchStatistics");
                statistics = statisticsClass.getConstructor(loader.loadClass("org.rolloutsim.output.OutputSchema"))
                        .newInstance(schema);
                accept = statisticsClass.getMethod("accept", outputClass);
            } else {
                statistics = null;
                accept = null;
            }
        }

        void runs(int count) throws Exception {
            for (int i = 0; i < count; i++) {
                reset.invoke(output, next);
                run.invoke(model, SEED, next, output);
                if (statistics != null) {
                    accept.invoke(statistics, output);
                }
                next++;
            }
        }
    }
}
