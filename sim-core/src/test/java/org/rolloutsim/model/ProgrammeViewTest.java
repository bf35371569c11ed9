package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * What a programme review reads of a run ({@link ProgrammeReview.Programme}, MODEL.md 11.4): the
 * open waves, each wave's phase, work left, plan and test weeks left, read off one deterministic
 * wave stopped at its horizon before, during and after build and test.
 */
class ProgrammeViewTest {

    /**
     * One site, W = 140 pw from week 12 built by two staff at exactly 2 pw a week (no learning,
     * overtime or fatigue), so the build is done by week 81; two test cycles of three weeks from
     * the planned test start 90 - 7 = 83; fixed-date go-live at 90; reviews that never respond.
     * The command centre stays {@code stay} weeks.
     */
    static RolloutModel wave(int horizon, int stay) {
        return new RolloutModel(waveScenario(horizon, stay).build(), ModelOptions.DEFAULT);
    }

    static TestScenarios.Builder waveScenario(int horizon, int stay) {
        TestScenarios.Builder b = TestScenarios.builder()
                .site("a", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .staff(2, 3000)
                .bigBang(90)
                .practices(78, 2, 3, 12)
                .commandCentre(40, stay, 1e9)
                .horizon(horizon)
                .degenerate()
                .plainBuild()
                .set(Parameter.EFFORT_PER_WORKFLOW, 1.4);
        return b.quietReviews(TimelinePolicy.FIXED_DATE, 0.1);
    }

    private static RolloutRun runTo(int horizon) {
        RolloutModel m = wave(horizon, 1);
        RolloutRun run = m.newRun(1, 0, m.schema().newRunOutput());
        run.run();
        return run;
    }

    @Test
    void beforeTheFirstWeekNoWaveIsOpen() {
        RolloutModel m = wave(520, 1);
        RolloutRun run = m.newRun(1, 0, m.schema().newRunOutput());
        assertEquals(0, run.firstOpen());
        assertEquals(0, run.started());
        assertFalse(run.awaitingGoLive(0), "planned, not started");
        assertFalse(run.inBuild(0));
        assertEquals(140, run.remainingEffort(0), 1e-12);
        assertEquals(83, run.testStart(0));
        assertEquals(90, run.plannedGoLive(0));
        assertEquals(90, run.baselineGoLive(0));
        assertEquals(0, run.capacityNow(), "no team before the first week");
    }

    @Test
    void inBuildTheReviewSeesTheWorkLeftAndEveryPlannedTestWeek() {
        // stopped after week 49: 38 weeks of build at 2 pw, 140 - 76 = 64 pw left
        RolloutRun run = runTo(50);
        assertEquals(0, run.firstOpen());
        assertEquals(1, run.started());
        assertTrue(run.awaitingGoLive(0));
        assertTrue(run.inBuild(0));
        assertEquals(64, run.remainingEffort(0), 1e-9);
        assertEquals(6, run.testWeeksLeft(0), "two cycles of three weeks, none begun");
        assertEquals(2, run.capacityNow(), 1e-12);
    }

    @Test
    void inTestTheReviewSeesTheCycleUnderWayAndThoseToCome() {
        // stopped after week 85: built by week 81, testing from 83; the first cycle ends at 86,
        // then one more of three weeks: 1 + 3 weeks left
        RolloutRun run = runTo(86);
        assertEquals(RolloutRun.TEST, run.phase(0));
        assertTrue(run.awaitingGoLive(0));
        assertFalse(run.inBuild(0));
        assertEquals(0, run.remainingEffort(0), 1e-9);
        assertEquals(4, run.testWeeksLeft(0));
    }

    @Test
    void aStabilizedWaveIsNoLongerOpen() {
        RolloutRun run = runTo(520);
        assertEquals(RolloutRun.STABILIZED, run.phase(0));
        assertEquals(1, run.firstOpen());
        assertEquals(1, run.started());
        assertFalse(run.awaitingGoLive(0));
        assertFalse(run.inBuild(0));
    }

    @Test
    void aRunEndingWithAWaveLiveReportsItsGoLiveAndTheHorizon() {
        // the command centre stays 20 weeks; the run stops after week 99, the wave live since 90
        RolloutModel m = wave(100, 20);
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(1, Runs.get(out, m, "censored"));
        assertEquals(100, Runs.get(out, m, "completionWeek"));
        assertEquals(90, Runs.get(out, m, "waves.w1.goLiveWeek"));
        assertEquals(90, Runs.get(out, m, "waves.w1.plannedGoLiveWeek"));
        assertEquals(0, Runs.get(out, m, "waves.w1.slipWeeks"));
        assertEquals(100, Runs.get(out, m, "waves.w1.stabilizedWeek"), "not stabilized: the horizon");
    }

    @Test
    void aRunEndingInBuildReportsThePlanAndTheHorizon() {
        RolloutModel m = wave(50, 1);
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(90, Runs.get(out, m, "waves.w1.plannedGoLiveWeek"), "the plan in force, not a go-live's");
        assertEquals(50, Runs.get(out, m, "waves.w1.goLiveWeek"), "not live: the horizon");
    }

    @Test
    void theWeeklySeriesFollowThePayrollAndTheSitesLive() {
        // the team is on the payroll from the first build week, 12; the site goes live at 90
        RolloutModel m = wave(520, 1);
        RunOutput out = Runs.one(m, 1, 0);
        int headcount = m.schema().seriesIndex("headcount");
        int sitesLive = m.schema().seriesIndex("sitesLive");
        assertEquals(0, out.series(headcount, 11));
        assertEquals(2, out.series(headcount, 12));
        assertEquals(2, out.series(headcount, 89));
        assertEquals(0, out.series(sitesLive, 89));
        assertEquals(1, out.series(sitesLive, 90));
    }
}
