package org.rolloutsim.model;

import java.util.Arrays;
import java.util.Locale;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Team;
import org.rolloutsim.scenario.TimelinePolicy;
import static org.rolloutsim.model.TestScenarios.c;

/**
 * A timing and realism check, run by hand (not a unit test). From the repository root:
 * <pre>
 * mvn -q -o -pl sim-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp sim-core/target/classes:sim-core/target/test-classes:$(cat sim-core/target/cp.txt) \
 *      org.rolloutsim.model.ModelSpeedCheck [runs] [threads] [regional|variants|enterprise]
 * </pre>
 * Prints runs per second (and per CPU-second on one thread, which is what matters on a shared
 * machine) and the P10/P50/P80/P90 and mean of key outputs for in-code scenarios.
 */
public final class ModelSpeedCheck {
    private ModelSpeedCheck() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String only = args.length > 2 ? args[2] : "";
        if (only.isEmpty() || only.equals("regional")) {
            report("regional phased (6 waves)", TestScenarios.regional().build(), runs, threads);
            report("regional big bang", TestScenarios.regional().bigBang(170).build(), runs, threads);
        }
        if (only.isEmpty() || only.equals("variants")) {
            report("regional phased, slip-until-ready",
                    TestScenarios.regional().policy(TimelinePolicy.SLIP_UNTIL_READY).build(), runs, threads);
            report("regional phased, fixed-date", TestScenarios.regional().policy(TimelinePolicy.FIXED_DATE).build(),
                    runs, threads);
            report("regional phased, leaner team (135 people)", TestScenarios.regional()
                    .team(new Team(new Team.Member(c(85), c(2600)), new Team.Member(c(35), c(7000)),
                            new Team.Member(c(15), c(6000)), null, null, null)).build(), runs, threads);
            report("regional big bang, leaner team (135 people)", TestScenarios.regional().bigBang(170)
                    .team(new Team(new Team.Member(c(85), c(2600)), new Team.Member(c(35), c(7000)),
                            new Team.Member(c(15), c(6000)), null, null, null)).build(), runs, threads);
        }
        if (only.isEmpty() || only.equals("enterprise")) {
            report("enterprise 150 sites, 24 waves", TestScenarios.enterprise(150, 24).build(), runs, threads);
        }
    }

    static void report(String name, Scenario scenario, int runs, int threads) {
        RolloutModel model = new RolloutModel(scenario, ModelOptions.DEFAULT);
        OutputSchema schema = model.schema();
        String[] keys = {"completionWeek", "censored", "programCost", "totalCost", "peakFatigue", "meanFatigue",
                "leavers", "customizationsRequested", "customizationsApproved", "testDefects", "productionDefects",
                "incidents", "patientSafetyEvents", "minIntegrity", "siloWeeks", "pauses", "weeksPaused",
                "unfinishedWorkAtGoLive", "cost.team", "cost.overtime", "cost.fixed", "cost.delay",
                "cost.productivityLoss", "cost.commandCentre", "cost.training"};
        double[][] values = new double[keys.length][runs];
        int[] cols = Arrays.stream(keys).mapToInt(schema::requireScalar).toArray();
        // warm-up
        try (BatchRunner runner = new BatchRunner(threads)) {
            runner.run(model, 7, runs, out -> { }, null, null);
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long startCpu = threads == 1 ? cpu.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            int[] i = {0};
            runner.run(model, 42, runs, (RunOutput out) -> {
                for (int k = 0; k < keys.length; k++) {
                    values[k][i[0]] = out.get(cols[k]);
                }
                i[0]++;
            }, null, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = threads == 1 ? (cpu.getCurrentThreadCpuTime() - startCpu) / 1e9 : Double.NaN;
            System.out.printf(Locale.ROOT, "%n== %s: %d runs on %d thread(s) in %.2f s = %.0f runs/s"
                    + " (%.0f runs per CPU-second)%n", name, runs, threads, seconds, runs / seconds, runs / cpuSeconds);
        }
        System.out.printf(Locale.ROOT, "%-26s %12s %12s %12s %12s %12s%n", "output", "P10", "P50", "P80", "P90", "mean");
        for (int k = 0; k < keys.length; k++) {
            double[] v = values[k].clone();
            Arrays.sort(v);
            System.out.printf(Locale.ROOT, "%-26s %12.4g %12.4g %12.4g %12.4g %12.4g%n", keys[k],
                    v[(int) (0.1 * runs)], v[(int) (0.5 * runs)], v[(int) (0.8 * runs)], v[(int) (0.9 * runs)],
                    Arrays.stream(v).average().orElse(0));
        }
    }
}
