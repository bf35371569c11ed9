package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rolloutsim.engine.EventCalendar;
import org.rolloutsim.scenario.Response;

/** How a wave's plan moves: later only, onto windows, keeping the gaps (MODEL.md 2.4, 7, 11.3, 11.4). */
class WavePlanTest {
    private static final int GATE = 3;

    private final EventCalendar calendar = new EventCalendar();

    private static ProgrammeLayout layout(Response response) {
        return new RolloutModel(TestScenarios.regional().response(response).build(), ModelOptions.DEFAULT).layout();
    }

    private WavePlan inBuild(ProgrammeLayout layout) {
        int[] phase = new int[layout.waveCount];
        Arrays.fill(phase, RolloutRun.BUILD);
        WavePlan plan = new WavePlan(layout, phase, calendar, GATE);
        for (int w = 0; w < layout.waveCount; w++) {
            plan.scheduleGate(w);
        }
        return plan;
    }

    @Test
    void aSlipPushesLaterWavesToWindowsAndTheTestStartMovesWithTheGoLive() {
        ProgrammeLayout layout = layout(Response.STANDARD);
        WavePlan plan = inBuild(layout);
        int planned = plan.planned(0);
        int testStart = plan.testStart(0);
        plan.move(0, planned - 4);
        assertEquals(planned, plan.planned(0), "a plan never moves earlier");
        int target = layout.calendar.atOrAfter(planned + 30);
        plan.move(0, target);
        plan.keepGaps();
        assertEquals(target, plan.planned(0));
        assertEquals(testStart + target - planned, plan.testStart(0), "v2: a wave in build moves its whole plan");
        assertEquals(layout.baselineGoLive[0], plan.baseline(0), "the baseline stays");
        for (int w = 1; w < layout.waveCount; w++) {
            assertTrue(plan.planned(w) >= plan.planned(w - 1) + layout.minGapWeeks, "gap before wave " + w);
            assertTrue(layout.calendar.isWindow(plan.planned(w)), "wave " + w + " on a window");
        }
        assertEquals(layout.waveCount, calendar.size(), "one gate check pending per wave, however often it moved");
    }

    @Test
    void aV1DelayFreezesTheWaveAndMovesItsTestStartByTheDelay() {
        WavePlan plan = inBuild(layout(Response.NONE));
        int planned = plan.planned(0);
        int testStart = plan.testStart(0);
        assertEquals(5, plan.delay(0, 10, 5));
        assertEquals(planned + 5, plan.planned(0));
        assertEquals(testStart + 5, plan.testStart(0));
        assertTrue(plan.frozen(0, 14)); // a freeze starts now or next week: earlier weeks are past
        assertFalse(plan.frozen(0, 15));
        assertEquals(0, plan.delay(0, 11, 4), "a freeze inside one in force adds nothing");
        assertEquals(planned + 9, plan.planned(0), "but the plan still moves by the delay");
        assertEquals(2, plan.delay(0, 12, 5), "an overlapping freeze adds only the weeks beyond the first");
        assertTrue(plan.frozen(0, 16));
    }

    @Test
    void aRebaselineOnlyMovesLaterAndEndsTheWaitAtAFailedGate() {
        ProgrammeLayout layout = layout(Response.STANDARD);
        WavePlan plan = inBuild(layout);
        int planned = plan.planned(1);
        plan.failGate(1, planned);
        plan.rebaseline(1, planned - 10);
        assertEquals(planned, plan.planned(1));
        assertTrue(plan.gateFailed(1), "no move, no refresher");
        plan.rebaseline(1, planned + 13);
        assertEquals(layout.calendar.atOrAfter(planned + 13), plan.planned(1));
        assertFalse(plan.gateFailed(1));
        assertTrue(plan.planned(2) >= plan.planned(1) + layout.minGapWeeks);
    }

    @Test
    void theRecordKeepsThePlanInForceAtGoLive() {
        ProgrammeLayout layout = layout(Response.STANDARD);
        int[] phase = new int[layout.waveCount];
        WavePlan plan = new WavePlan(layout, phase, calendar, GATE);
        int planned = plan.planned(0);
        phase[0] = RolloutRun.LIVE;
        plan.wentLive(0, planned + 4);
        assertEquals(planned, plan.atGoLive(0));
        assertEquals(planned + 4, plan.goLive(0));
        assertEquals(planned + 4, plan.goLiveOrPlan(0));
        assertEquals(plan.planned(1), plan.goLiveOrPlan(1));
    }

    @Test
    void aRebaselineToThePlannedWeekChangesNothing() {
        ProgrammeLayout layout = layout(Response.STANDARD);
        WavePlan plan = inBuild(layout);
        int planned = plan.planned(1);
        plan.failGate(1, planned);
        plan.rebaseline(1, planned);
        assertEquals(planned, plan.planned(1));
        assertTrue(plan.gateFailed(1), "the same date is no new baseline");
    }

    @Test
    void aPushedWaveLandsOnTheFirstWindowAfterTheGap() {
        ProgrammeLayout layout = layout(Response.STANDARD);
        WavePlan plan = inBuild(layout);
        int before = plan.planned(1);
        int target = layout.calendar.atOrAfter(plan.planned(0) + 30);
        plan.move(0, target);
        plan.keepGaps();
        assertEquals(Math.max(before, layout.calendar.atOrAfter(target + layout.minGapWeeks)), plan.planned(1));
    }

    @Test
    void theFollowOnWaveIsPlannedTheGapAfterTheLastWaveAtAWindow() {
        // full response: an empty follow-on wave after the six; given work in week 100 it is
        // planned at the first window at or after max(last go-live + minGapWeeks, 101), testing
        // planned to end a week before it
        ProgrammeLayout layout = layout(Response.FULL);
        int f = layout.followOn;
        assertTrue(f > 0);
        WavePlan plan = inBuild(layout);
        int last = 0;
        for (int v = 0; v < f; v++) {
            last = Math.max(last, plan.planned(v));
        }
        plan.planFollowOn(100);
        int date = layout.calendar.atOrAfter(Math.max(last + layout.minGapWeeks, 101));
        assertEquals(date, plan.planned(f));
        assertEquals(date, plan.baseline(f));
        int testWeeks = layout.testCycles * layout.testCycleWeeks;
        assertEquals(Math.max(100, date - testWeeks - 1), plan.testStart(f));
        // given work late, it is planned after the week it got it
        WavePlan late = inBuild(layout);
        late.planFollowOn(last + 40);
        assertEquals(layout.calendar.atOrAfter(last + 41), late.planned(f));
    }
}
