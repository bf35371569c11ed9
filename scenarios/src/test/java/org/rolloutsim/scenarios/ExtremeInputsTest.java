package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;

/**
 * Legal inputs at the ends of their ranges, on regional-phased (docs/model.md section 16): each
 * run ends, every output is finite, no cost is negative, a run cut off at the horizon says so, and
 * what the docs say each extreme does, it does. 40 runs each, one seed.
 */
class ExtremeInputsTest {
    private static final int RUNS = 40;

    /** The outputs of {@code RUNS} runs of regional-phased with {@code overrides}, by column name. */
    private static Map<String, double[]> run(String... overrides) {
        List<ScenarioLoader.Override> list = new ArrayList<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            list.add(new ScenarioLoader.Override(o.substring(0, eq), o.substring(eq + 1)));
        }
        LoadResult loaded = ScenarioLoader.loadBundled("regional-phased", list);
        assertTrue(loaded.isOk(), loaded::errorText);
        RolloutModel model = new RolloutModel(loaded.scenarioSet().scenarios().get(0).scenario(), ModelOptions.DEFAULT);
        int horizon = model.schema().maxWeeks();
        List<String> names = model.schema().scalars().stream().map(x -> x.name()).toList();
        Map<String, double[]> columns = new HashMap<>();
        names.forEach(n -> columns.put(n, new double[RUNS]));
        RunOutput out = model.schema().newRunOutput();
        for (int r = 0; r < RUNS; r++) {
            out.reset(r);
            model.run(11, r, out);
            for (int k = 0; k < names.size(); k++) {
                double x = out.get(k);
                String at = Arrays.toString(overrides) + " run " + r + ": " + names.get(k) + " = " + x;
                assertTrue(Double.isFinite(x), at);
                assertTrue(!names.get(k).contains("ost") || x >= 0, at);
                columns.get(names.get(k))[r] = x;
            }
            double completion = columns.get("completionWeek")[r];
            assertEquals(columns.get("censored")[r] == 1, completion == horizon, Arrays.toString(overrides) + " run " + r);
        }
        return columns;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    /** A newcomer who takes ten years to learn the job mentors more than he adds for years: runs are cut off, honestly. */
    @Test
    void aRampUpOfTenYearsCutsRunsOffAtTheHorizon() {
        Map<String, double[]> slow = run("team.rampUpWeeks=520");
        assertTrue(mean(slow.get("censored")) > 0.3, "censored " + mean(slow.get("censored")));
        assertTrue(median(slow.get("completionWeek")) > median(run().get("completionWeek")));
    }

    /** Re-baselining at any forecast lateness is a policy, not an error: more re-plans, later, and every run ends. */
    @Test
    void aReplanTriggerOfZeroReplansMoreAndFinishesLater() {
        Map<String, double[]> eager = run("governance.replanTriggerWeeks=0");
        Map<String, double[]> usual = run();
        assertTrue(mean(eager.get("replans")) > mean(usual.get("replans")));
        assertTrue(median(eager.get("completionWeek")) >= median(usual.get("completionWeek")));
    }

    /**
     * Requests come from the sites whatever the team's size. Before departure 29 approved work
     * beyond what the team builds kept the build from ever ending; now a wave's scope freezes
     * once its customizations have added twice its planned build, so a wave takes on about three
     * times its plan at most. For one person that is still far more than the horizon allows:
     * every run is cut off with its requests counted (millions, nearly all turned down), and
     * nothing goes live, so no harm.
     */
    @Test
    void customizationFarBeyondTheTeamIsFrozenButOnePersonCannotBuildRegional() {
        Map<String, double[]> swamped = run("parameters.customizationRate=1000", "team.staff.fte=1",
                "team.consultants=null", "team.vendor=null");
        assertEquals(1, mean(swamped.get("censored")));
        assertTrue(mean(swamped.get("customizationsRequested")) > 1e6);
        assertTrue(mean(swamped.get("customizationsApproved")) < 0.01 * mean(swamped.get("customizationsRequested")),
                "approved " + mean(swamped.get("customizationsApproved")));
        assertEquals(520, median(swamped.get("waves.w1.goLiveWeek")));
        assertEquals(0, mean(swamped.get("patientSafetyEvents")));
    }

    /** Ten thousand silo incidents a silo week swamp any team once integrity falls; with interfaces maintained there are no silo weeks. */
    @Test
    void aSiloRateOf10000MattersOnlyWhenInterfacesAreNotMaintained() {
        Map<String, double[]> maintained = run("parameters.siloIncidentRate=10000");
        assertTrue(mean(maintained.get("censored")) < 0.1, "censored " + mean(maintained.get("censored")));
        Map<String, double[]> unmaintained = run("parameters.siloIncidentRate=10000", "practices.interfaceMaintenanceFte=0");
        assertEquals(1, mean(unmaintained.get("censored")));
        assertTrue(mean(unmaintained.get("incidents")) > 1e6);
    }

    /** With the v1 rules most runs finish in one week, the planned one: v1's shape, as the docs say. */
    @Test
    void responseNoneGivesTheV1Shape() {
        double[] weeks = run("governance.response=none").get("completionWeek");
        Map<Double, Integer> counts = new HashMap<>();
        for (double w : weeks) {
            counts.merge(w, 1, Integer::sum);
        }
        int modal = counts.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(modal >= RUNS / 2, "runs in the modal week: " + modal + " of " + RUNS);
        assertEquals(0, mean(run("governance.response=none").get("replans")));
    }

    /**
     * Better training never makes a programme later (docs/model.md, departure 27): a training rate
     * of 1 with unbounded wave training factors once overshot readiness to hundreds below zero.
     */
    @Test
    void theFastestTrainingIsNoSlowerThanOrdinaryTraining() {
        double fast = median(run("parameters.trainingRate=1", "parameters.waveTrainingSd=2",
                "parameters.leadershipFloor=1").get("completionWeek"));
        double ordinary = median(run("parameters.trainingRate=0.25", "parameters.waveTrainingSd=2",
                "parameters.leadershipFloor=1").get("completionWeek"));
        assertTrue(fast <= ordinary, "training rate 1: week " + fast + "; 0.25: week " + ordinary);
    }
}
