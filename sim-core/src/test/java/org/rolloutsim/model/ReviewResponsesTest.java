package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Governance;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.ResponseRules;
import org.rolloutsim.scenario.Team;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * The programme review's responses in a run (MODEL.md 11.4), in one small deterministic programme
 * worked by hand: a new baseline for a wave forecast late, surge staff, and under
 * {@code governance.response: full} descoping, which defers the wave's largest module to the
 * follow-on wave; that wave is planned after the last wave, built with what the team has left, and
 * reported like any other wave, and when unused it reports the run's end.
 */
class ReviewResponsesTest {

    /**
     * One site, one wave going live at 90 on a fixed date with modules lab (40 workflows) and core
     * (100), listed in that order: W = 1 x 140 pw (enterprise share 0, paper legacy effort 1), built
     * from week 12 by one staff member at exactly 1 pw a week (no learning, no overtime, no
     * fatigue). No test cycles; the command centre stays one week and leaves whatever is open.
     * Reviews every 4 weeks never surge or replan; they descope a wave forecast more than 16 weeks
     * past its baseline.
     */
    private static TestScenarios.Builder oneWave(Response response, double staff, Module... modules) {
        return oneWave(response, staff, 1e9, 0, 1e9, 16, modules);
    }

    private static TestScenarios.Builder oneWave(Response response, double staff, double surgeTrigger,
                                                 double surgeMaxShare, double replanTrigger, double descopeTrigger,
                                                 Module... modules) {
        TestScenarios.Builder b = TestScenarios.builder()
                .modules(modules)
                .site("a", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .staff(staff, 3000)
                .bigBang(90)
                .practices(78, 0, 3, 12)
                .commandCentre(40, 1, 1e9)
                .degenerate()
                .plainBuild();
        ResponseRules d = ResponseRules.defaults();
        ResponseRules rules = new ResponseRules(d.reviewWeeks(), surgeTrigger, surgeMaxShare, d.surgeStep(),
                replanTrigger, d.replanBufferWeeks(), descopeTrigger, d.overtimeFatigueCap(), d.maxSlipWeeks(),
                d.goLiveWindowWeeks(), d.blackoutWeeks());
        b.governance = new Governance(c(0), c(0.75), 0, TimelinePolicy.FIXED_DATE, c(0.1), response, rules);
        return b.response(response);
    }

    private static final Module LAB = new Module("lab", 40);
    private static final Module CORE = new Module("core", 100);

    @Test
    void theLargestModuleIsDeferredToAFollowOnWavePlannedAfterTheLastWave() {
        // The first review with the wave in build (week 12) forecasts 12 + 140 + 1 = 153, 63 weeks
        // past the baseline of 90: core, the larger module, moves to the follow-on wave with 100 of
        // the 140 pw. The follow-on is planned at the last go-live plus the minimum gap, 90 + 8 = 98
        // (a window: every 4 weeks from 90, ISO week 47 of 2028).
        //
        // The wave, due first, claims its 40 pw over the 78 weeks to 90 and gets them; the follow-on
        // gets the rest, 78 - 40 = 38 pw by week 90 and 8 more by 98, and goes live on its fixed
        // date with 100 - 46 = 54 pw unfinished, which it finishes in weeks 98 to 151 before its
        // command centre may leave. Without descoping the wave goes live with 140 - 78 = 62 pw
        // unfinished and finishes them in weeks 90 to 151.
        RolloutModel full = new RolloutModel(oneWave(Response.FULL, 1, LAB, CORE).build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(full, 1, 0);
        assertEquals(1, Runs.get(out, full, "modulesDeferred"));
        assertEquals(90, Runs.get(out, full, "waves.w1.goLiveWeek"));
        assertEquals(90, Runs.get(out, full, "waves.w1.stabilizedWeek"), "its build was done at go-live");
        assertEquals(98, Runs.get(out, full, "waves.follow-on.baselineGoLiveWeek"));
        assertEquals(98, Runs.get(out, full, "waves.follow-on.plannedGoLiveWeek"));
        assertEquals(98, Runs.get(out, full, "waves.follow-on.goLiveWeek"));
        assertEquals(0, Runs.get(out, full, "waves.follow-on.slipWeeks"));
        assertEquals(151, Runs.get(out, full, "waves.follow-on.stabilizedWeek"));
        assertEquals(151, Runs.get(out, full, "completionWeek"));
        assertEquals(54, Runs.get(out, full, "unfinishedWorkAtGoLive"), 1e-6);

        RolloutModel standard = new RolloutModel(oneWave(Response.STANDARD, 1, LAB, CORE).build(),
                ModelOptions.DEFAULT);
        RunOutput kept = Runs.one(standard, 1, 0);
        assertEquals(0, Runs.get(kept, standard, "modulesDeferred"));
        assertEquals(62, Runs.get(kept, standard, "unfinishedWorkAtGoLive"), 1e-6);
        assertEquals(151, Runs.get(kept, standard, "completionWeek"));
    }

    /**
     * The run above with a horizon of 95 weeks: the follow-on wave, baselined at 98 when the review
     * defers a module, lies past the horizon. Its baseline and plan read as the horizon and it has
     * not slipped within it (its slip read 95 - 98 = -3 before).
     */
    @Test
    void aFollowOnWaveBaselinedPastTheHorizonReadsTheHorizonAndNoSlip() {
        RolloutModel m = new RolloutModel(oneWave(Response.FULL, 1, LAB, CORE).horizon(95).build(),
                ModelOptions.DEFAULT);
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(1, Runs.get(out, m, "modulesDeferred"));
        assertEquals(1, Runs.get(out, m, "censored"));
        for (String column : new String[] {"baselineGoLiveWeek", "plannedGoLiveWeek", "goLiveWeek"}) {
            assertEquals(95, Runs.get(out, m, "waves.follow-on." + column), column);
        }
        assertEquals(0, Runs.get(out, m, "waves.follow-on.slipWeeks"));
    }

    @Test
    void aWaveWithOneModuleHasNothingToDefer() {
        // the same 140 pw as one module: the review would descope, but the wave keeps its scope and
        // goes live with 62 pw unfinished; the follow-on wave stays empty
        RolloutModel m = new RolloutModel(oneWave(Response.FULL, 1, new Module("all", 140)).build(),
                ModelOptions.DEFAULT);
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(0, Runs.get(out, m, "modulesDeferred"));
        assertEquals(62, Runs.get(out, m, "unfinishedWorkAtGoLive"), 1e-6);
        assertEquals(151, Runs.get(out, m, "completionWeek"));
        assertEquals(151, Runs.get(out, m, "waves.follow-on.goLiveWeek"), "an empty follow-on reports the run's end");
    }

    @Test
    void anUnusedFollowOnWaveReportsTheRunsEndAndNoSlip() {
        // 20 staff build the 140 pw in 7 weeks: no review finds the wave late, nothing is deferred,
        // and the run ends when the wave stabilizes at 90; the empty follow-on wave reports that week
        RolloutModel m = new RolloutModel(oneWave(Response.FULL, 20, LAB, CORE).build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(0, Runs.get(out, m, "modulesDeferred"));
        assertEquals(90, Runs.get(out, m, "completionWeek"));
        assertEquals(0, Runs.get(out, m, "censored"));
        for (String column : new String[] {"baselineGoLiveWeek", "plannedGoLiveWeek", "goLiveWeek", "stabilizedWeek"}) {
            assertEquals(90, Runs.get(out, m, "waves.follow-on." + column), column);
        }
        assertEquals(0, Runs.get(out, m, "waves.follow-on.slipWeeks"));
        assertEquals(0, Runs.get(out, m, "unfinishedWorkAtGoLive"), 1e-9);
    }

    @Test
    void aPlanMovedBeyondTheHorizonIsReportedAtTheHorizon() {
        // One person for a twelve-hospital programme: reviews forecast readiness centuries away and
        // re-baseline to it. No run sees past its horizon, so the plan in force reads as the
        // horizon, as a go-live that never came does, not as a week millions of years ahead.
        RolloutModel m = new RolloutModel(TestScenarios.regional()
                .team(new Team(new Team.Member(c(1), c(2600)), new Team.Member(c(0), c(7000)),
                        new Team.Member(c(0), c(6000)), null, null, null))
                .response(Response.STANDARD).build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(1, Runs.get(out, m, "censored"));
        double horizon = Runs.get(out, m, "completionWeek");
        assertTrue(Runs.get(out, m, "replans") > 0, "the review re-planned");
        for (int w = 1; w <= 6; w++) {
            assertTrue(Runs.get(out, m, "waves.w" + w + ".baselineGoLiveWeek") < horizon, "w" + w);
            assertEquals(horizon, Runs.get(out, m, "waves.w" + w + ".plannedGoLiveWeek"), "w" + w);
            assertEquals(horizon, Runs.get(out, m, "waves.w" + w + ".goLiveWeek"), "w" + w);
        }
    }

    @Test
    void aWaveForecastLateIsRebaselinedToTheForecastAndItsBuffer() {
        // Two test cycles of three weeks: testing is planned from 90 - 7 = 83. The review at week 12
        // forecasts 12 + 140 pw at 1 a week = 152, then the 6 planned test weeks and the go/no-go
        // week: 159, 69 weeks late (more than 8): the new plan is the window at or after
        // 159 + 4 = 163, which is 166 (windows every 4 weeks from 90), the test start moving with
        // it to 159. Later reviews forecast the same 152 for the build, held to that test start:
        // 166, on plan, so there is one re-plan. Built by week 151, tested 159 to 164, live at 166.
        RolloutModel m = new RolloutModel(oneWave(Response.STANDARD, 1, 1e9, 0, 8, 1e9, LAB, CORE)
                .practices(78, 2, 3, 12).build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(1, Runs.get(out, m, "replans"));
        assertEquals(166, Runs.get(out, m, "waves.w1.plannedGoLiveWeek"));
        assertEquals(166, Runs.get(out, m, "waves.w1.goLiveWeek"));
        assertEquals(0, Runs.get(out, m, "unfinishedWorkAtGoLive"), 1e-9);
        assertEquals(166, Runs.get(out, m, "completionWeek"));
    }

    @Test
    void aLateWaveGetsSurgeStaffUpToTheCap() {
        // Thirty staff and 14,000 pw (100 pw a workflow): every review before the go-live finds the
        // wave far later than 4 weeks. Each asks for a step of round(0.05 x 30) = 2 consultants
        // until the cap of floor(0.25 x 30) = 7: 2 at week 12, 16 and 20, and the last 1 at 24.
        RolloutModel m = new RolloutModel(oneWave(Response.STANDARD, 30, 4, 0.25, 1e9, 1e9, LAB, CORE)
                .set(Parameter.EFFORT_PER_WORKFLOW, 100).build(), ModelOptions.DEFAULT);
        assertEquals(7, Runs.get(Runs.one(m, 1, 0), m, "surgeFte"));
        RolloutModel none = new RolloutModel(oneWave(Response.STANDARD, 30, 4, 0, 1e9, 1e9, LAB, CORE)
                .set(Parameter.EFFORT_PER_WORKFLOW, 100).build(), ModelOptions.DEFAULT);
        assertEquals(0, Runs.get(Runs.one(none, 1, 0), none, "surgeFte"), "a cap of 0: no surge");
    }
}
