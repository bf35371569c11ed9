package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * MODEL.md 10 (a): with every random element degenerate, the schedule is the one computed by hand.
 * Exact equality: no draw takes part, so nothing is statistical.
 */
class DegenerateScheduleTest {

    /**
     * One site of 2000 users (size factor 1), one module of 100 workflows, effortPerWorkflow e and
     * enterpriseShare 0.5: the build is {@code e * (0.5 * 100 + 0.5 * 100) = 100 e} person-weeks.
     * Ten staff at normal hours give 10 person-weeks a week. Readiness 1 passes every gate.
     */
    private static TestScenarios.Builder oneSite(double effortPerWorkflow) {
        return TestScenarios.builder()
                .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .staff(10, 1000)
                .practices(78, 2, 3, 12)
                .commandCentre(20, 2, 0.5)
                .policy(TimelinePolicy.SLIP_UNTIL_READY)
                .degenerate()
                .set(Parameter.EFFORT_PER_WORKFLOW, effortPerWorkflow)
                .set(Parameter.ENTERPRISE_SHARE, 0.5)
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0);
    }

    @Test
    void buildDoneEarlyWaitsForThePlannedTestStartAndGoesLiveOnTime() {
        // build 100 pw at 10 a week: done in week 9. Planned test start 30 - 2*3 - 1 = 23; cycles
        // end 26 and 29; the gate at 30 passes; the command centre's two weeks are 30 and 31.
        RolloutModel model = new RolloutModel(oneSite(1.0).bigBang(30).build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 1, 0);
        assertEquals(30, Runs.get(out, model, "waves.w1.goLiveWeek"));
        assertEquals(31, Runs.get(out, model, "waves.w1.stabilizedWeek"));
        assertEquals(0, Runs.get(out, model, "waves.w1.slipWeeks"));
        assertEquals(31, Runs.get(out, model, "completionWeek"));
        assertEquals(0, Runs.get(out, model, "censored"));
        // on the payroll weeks 0..31: 32 weeks of 10 people at 1000
        assertEquals(320_000, Runs.get(out, model, "cost.team"), 1e-6);
        assertEquals(0, Runs.get(out, model, "cost.overtime"));
    }

    @Test
    void lateBuildDelaysTestingAndTheGateSlipsWeekByWeek() {
        // build 300 pw: done in week 29, so testing starts in week 29; cycles end 32 and 35; the
        // gate fails at 30..34 and passes at 35; stabilized at 36.
        RolloutModel model = new RolloutModel(oneSite(3.0).bigBang(30).delayCostPerDay(1000).build(),
                ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 1, 0);
        assertEquals(30, Runs.get(out, model, "waves.w1.baselineGoLiveWeek"));
        assertEquals(35, Runs.get(out, model, "waves.w1.plannedGoLiveWeek"), "the plan in force at go-live");
        assertEquals(35, Runs.get(out, model, "waves.w1.goLiveWeek"));
        assertEquals(5, Runs.get(out, model, "waves.w1.slipWeeks"));
        assertEquals(36, Runs.get(out, model, "completionWeek"));
        // not live in weeks 30..34 past the baseline: 5 weeks * 7 days * 1000, all users
        assertEquals(35_000, Runs.get(out, model, "cost.delay"), 1e-6);
        // interfaces maintained from go-live: 20 interfaces / 10 per FTE = 2 FTE at 1000, weeks 35, 36
        assertEquals(4_000, Runs.get(out, model, "cost.interfaceMaintenance"), 1e-6);
    }

    @Test
    void aSlipPushesTheNextWaveToKeepTheMinimumGap() {
        // wave a (300 pw) slips to 35 as above; wave b, planned at 40 with nothing to build,
        // is pushed to keep 8 weeks after a. Short of capacity, a is served first, so b may
        // finish its own build later still: the gap is a lower bound.
        TestScenarios.Builder b = oneSite(3.0).site("other", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .strategy(new Strategy.ExplicitWaves(List.of(
                        new Strategy.WaveSpec("a", List.of("only"), null, 30),
                        new Strategy.WaveSpec("b", List.of("other"), null, 40)), 8));
        // the second site's localization is also 100 e pw; enterprise 50 e in wave a only.
        // wave a: 50*3 + 50*3 = 300; wave b: 150. Capacity is shared by urgency, so compute
        // only what the gap guarantees.
        RolloutModel model = new RolloutModel(b.build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 1, 0);
        double a = Runs.get(out, model, "waves.a.goLiveWeek");
        double bLive = Runs.get(out, model, "waves.b.goLiveWeek");
        assertEquals(40, Runs.get(out, model, "waves.b.baselineGoLiveWeek"));
        org.junit.jupiter.api.Assertions.assertTrue(a > 32, "wave a slipped: " + a);
        org.junit.jupiter.api.Assertions.assertTrue(bLive >= a + 8, "wave b keeps the 8-week gap: " + a + ", " + bLive);
    }

    @Test
    void anExitThresholdOfZeroStandsTheCommandCentreDownWithNoIncidentOpen() {
        // "incidents per thousand users fall below 0" can never hold; no incident open counts as
        // below it, so with nothing to surface the command centre leaves after its two weeks
        RolloutModel model = new RolloutModel(oneSite(1.0).commandCentre(20, 2, 0).bigBang(30).build(),
                ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 1, 0);
        assertEquals(30, Runs.get(out, model, "waves.w1.goLiveWeek"));
        assertEquals(31, Runs.get(out, model, "waves.w1.stabilizedWeek"));
        assertEquals(0, Runs.get(out, model, "censored"));
    }

    @Test
    void aRunThatCannotFinishIsCensoredAtTheHorizon() {
        RolloutModel model = new RolloutModel(oneSite(1.0).bigBang(30).horizon(20).build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 1, 0);
        assertEquals(20, Runs.get(out, model, "completionWeek"));
        assertEquals(1, Runs.get(out, model, "censored"));
        assertEquals(20, Runs.get(out, model, "waves.w1.goLiveWeek"));
        assertEquals(20, Runs.get(out, model, "waves.w1.stabilizedWeek"));
    }

    @Test
    void constantsAreNotRecordedAsSampledParameters() {
        RolloutModel model = new RolloutModel(oneSite(1.0).bigBang(30).build(), ModelOptions.DEFAULT);
        assertEquals(0, model.schema().scalars().stream()
                .filter(s -> s.kind() == org.rolloutsim.output.OutputSchema.Kind.PARAMETER).count());
        assertEquals(-1, model.schema().scalarIndex("effortPerWorkflow"));
        RolloutModel uncertain = new RolloutModel(oneSite(1.0).bigBang(30)
                .set(Parameter.TEST_DETECTION, new org.rolloutsim.random.Distribution.Uniform(0.3, 0.4)).build(),
                ModelOptions.DEFAULT);
        double x = Runs.get(Runs.one(uncertain, 5, 3), uncertain, "testDetection");
        org.junit.jupiter.api.Assertions.assertTrue(x >= 0.3 && x <= 0.4, "sampled value recorded: " + x);
    }
}
