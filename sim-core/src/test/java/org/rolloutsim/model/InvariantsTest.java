package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.SiteOrder;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.Team;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * Many varied scenarios (strategies, policies, team sizes, risks, practices), each run a few times:
 * no run may fail, and what a run reports must hang together.
 */
class InvariantsTest {

    private static TestScenarios.Builder randomScenario(Random rnd) {
        TestScenarios.Builder b = TestScenarios.builder()
                .modules(new Module("a", 50 + rnd.nextInt(400)), new Module("b", rnd.nextInt(200)));
        int sites = 1 + rnd.nextInt(10);
        Legacy[] legacies = Legacy.values();
        for (int i = 0; i < sites; i++) {
            b.site("s" + i, 200 + rnd.nextInt(6000), 0.8 + rnd.nextDouble(), legacies[rnd.nextInt(3)],
                    rnd.nextDouble(), rnd.nextDouble());
        }
        switch (rnd.nextInt(3)) {
            case 0 -> b.bigBang(20 + rnd.nextInt(150));
            case 1 -> b.phased(1 + rnd.nextInt(sites), 20 + rnd.nextInt(120), rnd.nextInt(30),
                    SiteOrder.values()[rnd.nextInt(4)]);
            default -> {
                List<Strategy.WaveSpec> waves = new ArrayList<>();
                for (int i = 0; i < sites; i++) {
                    waves.add(new Strategy.WaveSpec("x" + i, List.of("s" + i),
                            rnd.nextBoolean() ? List.of() : List.of("a"), 30 + rnd.nextInt(200)));
                }
                b.strategy(new Strategy.ExplicitWaves(waves, rnd.nextInt(12)));
            }
        }
        int staff = rnd.nextInt(3) == 0 ? 5 + rnd.nextInt(20) : 20 + rnd.nextInt(200);
        b.team(new Team(new Team.Member(c(staff), c(2600)),
                rnd.nextBoolean() ? new Team.Member(new Distribution.Triangular(5, 20, 40), c(7000)) : null,
                rnd.nextBoolean() ? new Team.Member(c(rnd.nextInt(30)), c(6000)) : null,
                c(rnd.nextInt(20)), c(rnd.nextInt(20)), new Distribution.Uniform(0, 1)));
        b.governance(rnd.nextDouble(), 0.5 + 0.4 * rnd.nextDouble(), rnd.nextInt(3),
                TimelinePolicy.values()[rnd.nextInt(3)], 0.2 * rnd.nextDouble());
        b.practices(1 + rnd.nextInt(100), rnd.nextInt(6), 1 + rnd.nextInt(4), rnd.nextInt(20));
        b.commandCentre(rnd.nextInt(40), rnd.nextInt(6), rnd.nextDouble());
        b.embedding(rnd.nextBoolean()).celebrate(rnd.nextBoolean());
        if (rnd.nextBoolean()) {
            b.wellness(100);
        }
        b.horizon(100 + rnd.nextInt(500));
        b.delayCostPerDay(rnd.nextInt(1_000_000));
        b.fixedCost("licences", new Distribution.Pert(1e6, 2e6, 5e6), rnd.nextInt(50), 50 + rnd.nextInt(400));
        if (rnd.nextBoolean()) {
            b.risk(new Risk("r", "", c(rnd.nextDouble()), rnd.nextInt(100), 100 + rnd.nextInt(100), null,
                    new Risk.Impact(new Distribution.Triangular(0, 4, 20), c(1e6), c(0.2), c(rnd.nextInt(500)),
                            c(rnd.nextInt(10))), new Risk.Mitigation(c(0.1), null, c(1e5))));
        }
        if (rnd.nextBoolean()) {
            b.set(Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS, 1 + 10 * rnd.nextDouble());
        }
        return b;
    }

    /**
     * Extreme inputs: empty modules, no team, no command centre, sites reused across scope-phased
     * waves, go-lives at week 0, certain risks with huge impacts, rates of 0 and 1, tiny horizons.
     * Runs must complete and report finite numbers.
     */
    @Test
    void extremeScenariosNeverBreakARun() {
        Random rnd = new Random(7);
        int runsDone = 0;
        for (int i = 0; i < 300; i++) {
            TestScenarios.Builder b = TestScenarios.builder().modules(
                    new Module("a", rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(2000)), new Module("b", rnd.nextInt(50)));
            int sites = 1 + rnd.nextInt(5);
            for (int s = 0; s < sites; s++) {
                b.site("s" + s, 1 + rnd.nextInt(50_000), 3 * rnd.nextDouble(), Legacy.values()[rnd.nextInt(3)],
                        rnd.nextDouble(), rnd.nextDouble());
            }
            List<Strategy.WaveSpec> waves = new ArrayList<>();
            int count = 1 + rnd.nextInt(6);
            for (int w = 0; w < count; w++) {
                waves.add(new Strategy.WaveSpec("x" + w, List.of("s" + rnd.nextInt(sites)),
                        List.of(rnd.nextBoolean() ? "a" : "b"), rnd.nextInt(300)));
            }
            b.strategy(new Strategy.ExplicitWaves(waves, rnd.nextInt(20)));
            b.team(new Team(new Team.Member(c(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(300)), c(2600)), null, null,
                    c(rnd.nextInt(3)), c(rnd.nextInt(3)), null));
            b.practices(1 + rnd.nextInt(150), rnd.nextInt(8), 1 + rnd.nextInt(10), rnd.nextInt(40));
            b.commandCentre(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(50), rnd.nextInt(10), 5 * rnd.nextDouble());
            b.governance(rnd.nextDouble(), rnd.nextDouble(), rnd.nextInt(5), TimelinePolicy.values()[rnd.nextInt(3)],
                    rnd.nextDouble());
            b.horizon(1 + rnd.nextInt(700)).embedding(rnd.nextBoolean());
            for (Parameter p : new Parameter[] {Parameter.SURFACE_RATE, Parameter.TEST_DETECTION,
                    Parameter.CRITICAL_SHARE, Parameter.HARM_RATE, Parameter.MAX_OVERTIME, Parameter.ANNUAL_ATTRITION,
                    Parameter.ENTROPY_RATE}) {
                if (rnd.nextInt(4) == 0) {
                    b.set(p, rnd.nextInt(3) == 0 ? 0.0 : rnd.nextInt(3) == 0 ? 1.0 : rnd.nextDouble());
                }
            }
            if (rnd.nextInt(3) == 0) {
                b.risk(new Risk("r", "", c(1), rnd.nextInt(50), 50 + rnd.nextInt(900),
                        new Risk.Scope(Risk.Scope.Kind.SITE, "s0"), new Risk.Impact(c(rnd.nextInt(100)), c(1), c(1),
                        c(rnd.nextInt(100_000)), c(rnd.nextInt(1000))), null));
            }
            RolloutModel model = new RolloutModel(b.build(), ModelOptions.DEFAULT);
            for (int r = 0; r < 3; r++) {
                RunOutput out = Runs.one(model, i, r);
                for (int k = 0; k < model.schema().scalarCount(); k++) {
                    assertTrue(Double.isFinite(out.get(k)), "scenario " + i + ": " + model.schema().scalars().get(k).name());
                }
                runsDone++;
            }
        }
        assertTrue(runsDone == 900);
    }

    @Test
    void aFixedDateWaveCanGoLiveTheWeekItsBuildStarts() {
        // go-live at week 0: the build starts (step 2) after the gate and cut-over (step 1) that week
        RolloutModel model = new RolloutModel(TestScenarios.builder()
                .site("a", 1000, 1, Legacy.PAPER, 0.5, 0.5)
                .site("b", 1000, 1, Legacy.PAPER, 0.5, 0.5)
                .strategy(new Strategy.ExplicitWaves(List.of(
                        new Strategy.WaveSpec("now", List.of("a"), null, 0),
                        new Strategy.WaveSpec("later", List.of("b"), null, 40)), 8))
                .policy(TimelinePolicy.FIXED_DATE)
                .build(), ModelOptions.DEFAULT);
        for (int r = 0; r < 5; r++) {
            RunOutput out = Runs.one(model, 1, r);
            assertTrue(Runs.get(out, model, "waves.now.goLiveWeek") == 0);
            assertTrue(Runs.get(out, model, "waves.later.goLiveWeek") == 40);
            assertTrue(Runs.get(out, model, "censored") == 0);
        }
    }

    @Test
    void variedScenariosRunAndReportConsistently() {
        Random rnd = new Random(20261125);
        for (int i = 0; i < 60; i++) {
            RolloutModel model = new RolloutModel(randomScenario(rnd).build(), new ModelOptions(rnd.nextBoolean()));
            OutputSchema schema = model.schema();
            int horizon = schema.maxWeeks();
            for (int r = 0; r < 5; r++) {
                RunOutput out = Runs.one(model, i, r);
                String at = "scenario " + i + " run " + r + ": ";
                for (int k = 0; k < schema.scalarCount(); k++) {
                    double x = out.get(k);
                    assertTrue(Double.isFinite(x), at + schema.scalars().get(k).name() + " = " + x);
                }
                double completion = Runs.get(out, model, "completionWeek");
                boolean censored = Runs.get(out, model, "censored") == 1;
                assertTrue(censored ? completion == horizon : completion < horizon, at + "completion " + completion);
                for (PlannedWave w : model.plan()) {
                    double live = Runs.get(out, model, "waves." + w.id() + ".goLiveWeek");
                    double stable = Runs.get(out, model, "waves." + w.id() + ".stabilizedWeek");
                    assertTrue(live >= w.goLiveWeek() || live == horizon, at + w.id() + " live " + live);
                    assertTrue(stable >= live, at + w.id() + " stabilized " + stable + " before live " + live);
                    assertTrue(stable <= completion, at + w.id());
                }
                for (String name : List.of("leavers", "hires", "testDefects", "productionDefects", "incidents",
                        "patientSafetyEvents", "pauses", "weeksPaused", "siloWeeks", "unfinishedWorkAtGoLive")) {
                    assertTrue(Runs.get(out, model, name) >= 0, at + name);
                }
                assertTrue(Runs.get(out, model, "hires") <= Runs.get(out, model, "leavers"), at + "hires");
                assertTrue(Runs.get(out, model, "incidents") >= Runs.get(out, model, "productionDefects"), at);
                assertTrue(Runs.get(out, model, "customizationsApproved")
                        <= Runs.get(out, model, "customizationsRequested"), at);
                double peak = Runs.get(out, model, "peakFatigue");
                assertTrue(peak >= 0 && peak <= 1 && Runs.get(out, model, "meanFatigue") <= peak + 1e-12, at);
                double integrity = Runs.get(out, model, "minIntegrity");
                assertTrue(integrity >= 0 && integrity <= 1, at);
                assertTrue(Runs.get(out, model, "totalCost") >= Runs.get(out, model, "programCost"), at);
            }
        }
    }
}
