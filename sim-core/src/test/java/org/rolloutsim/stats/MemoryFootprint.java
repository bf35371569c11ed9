package org.rolloutsim.stats;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.OutputSchema.Kind;
import org.rolloutsim.output.OutputSchema.Scalar;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;

/**
 * A measurement, not a test: runs a synthetic model shaped like a 12-site, 6-wave scenario (100
 * scalars: completion week, programme and total cost exact, 56 other varying outputs of which
 * {@code wholeOutputs} (first argument after the thread count, default 30) are whole numbers such as
 * counts and weeks and the rest fractions such as money, 6 constant planned go-live weeks, 25 sampled
 * parameters, 10 risk indicators; 5 weekly series of about 300
 * weeks in a 520-week horizon) through the batch runner into {@link BatchStatistics}, then
 * summarizes, and prints the memory used. Arguments: runs, threads, whole-number outputs, and megabytes
 * of ballast held throughout (a stand-in for a real model's wider weekly fans). Run with
 * {@code -Xmx512m}:
 * <pre>java -Xmx512m -cp ... org.rolloutsim.stats.MemoryFootprint 1000000 2 30 40</pre>
 */
public final class MemoryFootprint {
    private static final int OTHER_OUTPUTS = 56;
    private static final int PLANNED = 6;
    private static final int PARAMETERS = 25;
    private static final int RISKS = 10;

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int wholeOutputs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        // Megabytes held in 64 KB arrays for the whole measurement: stands in for what a real model's
        // wider weekly fans hold, so the summary's working space is tried against a realistic heap.
        int ballastMb = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        byte[][] ballast = new byte[ballastMb * 16][];
        for (int i = 0; i < ballast.length; i++) {
            ballast[i] = new byte[1 << 16];
        }
        List<Scalar> scalars = new ArrayList<>();
        scalars.add(new Scalar("completionWeek", Kind.OUTPUT));
        scalars.add(new Scalar("censored", Kind.OUTPUT));
        scalars.add(new Scalar("programCost", Kind.OUTPUT));
        scalars.add(new Scalar("totalCost", Kind.OUTPUT));
        for (int i = 0; i < OTHER_OUTPUTS; i++) {
            scalars.add(new Scalar("output" + i, Kind.OUTPUT));
        }
        for (int i = 0; i < PLANNED; i++) {
            scalars.add(new Scalar("waves.w" + i + ".plannedGoLiveWeek", Kind.OUTPUT));
        }
        for (int i = 0; i < PARAMETERS; i++) {
            scalars.add(new Scalar("parameter" + i, Kind.PARAMETER));
        }
        for (int i = 0; i < RISKS; i++) {
            scalars.add(new Scalar("risks.r" + i + ".occurred", Kind.RISK));
        }
        OutputSchema schema = new OutputSchema(scalars,
                List.of("cumulativeProgramCost", "sitesLive", "fatigue", "openDefects", "headcount"), 520);
        MonteCarloModel model = new MonteCarloModel() {
            @Override
            public OutputSchema schema() {
                return schema;
            }

            @Override
            public void run(long seed, int runIndex, RunOutput out) {
                RandomStream r = RandomStream.of(seed, runIndex, "all");
                double p0 = r.nextDouble();
                int weeks = 270 + (int) (60 * p0);
                int c = 0;
                out.set(c++, weeks);
                out.set(c++, 0);
                double cost = 5e7 * (1 + r.nextDouble());
                out.set(c++, cost);
                out.set(c++, cost * 1.2);
                for (int i = 0; i < OTHER_OUTPUTS; i++) {
                    double u = 1000 * r.nextDouble();
                    out.set(c++, i < wholeOutputs ? Math.floor(u) : u);
                }
                for (int i = 0; i < PLANNED; i++) {
                    out.set(c++, 20 + 30 * i);
                }
                out.set(c++, p0);
                for (int i = 1; i < PARAMETERS; i++) {
                    out.set(c++, r.nextDouble());
                }
                for (int i = 0; i < RISKS; i++) {
                    out.set(c++, r.bernoulli(0.2) ? 1 : 0);
                }
                double weekly = cost / weeks;
                for (int w = 0; w < weeks; w++) {
                    out.record(0, w, (float) (weekly * (w + 1)));
                    out.record(1, w, Math.min(12, w / 20));
                    out.record(2, w, (float) r.nextDouble());
                    out.record(3, w, (float) (100 * r.nextDouble()));
                    out.record(4, w, 80 + (w % 7));
                }
            }
        };
        long start = System.nanoTime();
        BatchStatistics stats = new BatchStatistics(schema, runs);
        try (BatchRunner runner = new BatchRunner(threads)) {
            runner.run(model, 1, runs, stats, null, null);
        }
        long ran = System.nanoTime();
        BatchSummary summary = stats.summary(Targets.of(300, 7.5e7));
        long summarized = System.nanoTime();
        System.out.printf("runs %d, scalars %d (whole-number outputs %d), threads %d%n", runs,
                schema.scalarCount(), wholeOutputs, threads);
        System.out.printf("stored bytes: columns %.1f MB, weekly sketches %.1f MB%n",
                (stats.storedBytes() - stats.weeklyBytes()) / 1e6, stats.weeklyBytes() / 1e6);
        System.out.printf("time: runs %.1f s, summary %.1f s%n", (ran - start) / 1e9, (summarized - ran) / 1e9);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("max heap %.0f MB, sum of heap pools' peak use %.0f MB%n",
                Runtime.getRuntime().maxMemory() / 1e6, peak / 1e6);
        System.gc();
        long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("heap in use after a full GC, statistics and summary still held: %.0f MB%n", live / 1e6);
        System.out.printf("ballast %d MB held%n", ballast.length / 16);
        System.out.printf("P80 completion %s, P80 cost %s, JCL %s (%d runs held)%n",
                summary.metric("completionWeek").p80(), summary.metric("programCost").p80(),
                summary.probabilities().jcl(), stats.runs());
    }
}
