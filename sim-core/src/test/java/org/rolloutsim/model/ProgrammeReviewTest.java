package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.ResponseRules;

/** The programme office's forecast and responses (MODEL.md 11.4), against hand arithmetic. */
class ProgrammeReviewTest {

    /** Waves in build or test as a review sees them; records what it is asked to do. */
    private static final class Waves implements ProgrammeReview.Programme {
        final double[] remaining;
        final boolean[] inBuild;
        int testStart = 50;
        int testWeeksLeft = 12;
        int planned = 1000;
        int baseline = 1000;
        double capacity = 1;
        boolean experienced = true;
        int deferred;
        int rebaselinedTo = -1;
        int surge;

        Waves(double... remaining) {
            this.remaining = remaining;
            this.inBuild = new boolean[remaining.length];
            java.util.Arrays.fill(inBuild, true);
        }

        public int firstOpen() { return 0; }
        public int started() { return remaining.length; }
        public boolean awaitingGoLive(int w) { return true; }
        public boolean inBuild(int w) { return inBuild[w]; }
        public double remainingEffort(int w) { return remaining[w]; }
        public double effortBeforeGate(int w) { return remaining[w]; }
        public int testStart(int w) { return testStart; }
        public int testWeeksLeft(int w) { return testWeeksLeft; }
        public int plannedGoLive(int w) { return planned; }
        public int baselineGoLive(int w) { return baseline; }
        public double capacityNow() { return capacity; }
        public boolean anyoneExperienced() { return experienced; }
        public void rebaseline(int w, int week) { rebaselinedTo = week; }
        public void requestSurge(int people) { surge += people; }
        public void releaseSurge() { }
        public boolean deferModule(int w) { deferred++; return true; }
    }

    private static ProgrammeReview review(Response response, int waves) {
        return new ProgrammeReview(ResponseRules.defaults(), response, waves, 100);
    }

    @Test
    void reviewsAreHeldEveryReviewWeeksAfterWeekZero() {
        ProgrammeReview r = review(Response.STANDARD, 1);
        assertFalse(r.due(0));
        assertFalse(r.due(3));
        assertTrue(r.due(4));
        assertFalse(r.due(6));
        assertTrue(r.due(8));
    }

    @Test
    void theForecastUsesTheLargerOfRecentCapacityAndTheFairShare() {
        // 100 pw left; the team gives 1 pw a week now (all of it this wave's fair share); the wave
        // received 2 and 6 pw in its last two weeks: 4 a week, so ready for test at 10 + 25 = 35,
        // not before its test start 50, then 12 test weeks and the gate week: 63
        Waves p = new Waves(100);
        ProgrammeReview r = review(Response.STANDARD, 1);
        r.record(0, 2);
        r.record(0, 6);
        assertEquals(63, r.forecastReady(p, 0, 10, 100), 1e-12);
        p.inBuild[0] = false; // in test, the test start no longer holds it: 35 + 13
        assertEquals(48, r.forecastReady(p, 0, 10, 100), 1e-12);
        // with no history, the fair share: 2 pw of 4 in total remaining on a team giving 1: 0.5 a week
        ProgrammeReview fresh = review(Response.STANDARD, 1);
        assertEquals(10 + 200 + 13, fresh.forecastReady(p, 0, 10, 200), 1e-12);
        // nothing left: ready now; no capacity at all: never
        Waves done = new Waves(0);
        done.inBuild[0] = false;
        assertEquals(10 + 13, fresh.forecastReady(done, 0, 10, 0), 1e-12);
        Waves idle = new Waves(5);
        idle.capacity = 0;
        assertEquals(Double.POSITIVE_INFINITY, fresh.forecastReady(idle, 0, 10, 5));
    }

    @Test
    void aWaveThatCannotBeDatedIsNotReplannedButGetsSurgeStaff() {
        // no capacity now and none received: the forecast is "never". A re-baseline to never would
        // hold the wave there for good (re-baselines only move later), so there is none; the
        // office still asks for surge staff. With capacity, the same wave is re-planned.
        Waves idle = new Waves(100);
        idle.capacity = 0;
        idle.planned = 60;
        ProgrammeReview r = review(Response.STANDARD, 1);
        r.review(idle, 4, 0);
        assertEquals(-1, idle.rebaselinedTo);
        assertEquals(0, r.replans());
        assertTrue(idle.surge > 0, "surge asked for");
        Waves slow = new Waves(100);
        slow.planned = 60;
        ProgrammeReview r2 = review(Response.STANDARD, 1);
        r2.review(slow, 4, 0);
        assertTrue(slow.rebaselinedTo > 60, "re-planned: " + slow.rebaselinedTo);
        assertEquals(1, r2.replans());
    }

    @Test
    void aWaveIsNotReplannedWhileNoOneOnTheTeamIsExperienced() {
        // Departure 29: the sole builder has left and a newcomer is ramping up. Their few weeks of
        // capacity date the wave some 400 weeks out, a plan no later review brings back; the office
        // asks for surge staff and leaves the plan. Once someone has ramped up, it re-plans.
        Waves vacancy = new Waves(100);
        vacancy.capacity = 0.25;
        vacancy.planned = 60;
        vacancy.experienced = false;
        ProgrammeReview r = review(Response.STANDARD, 1);
        r.review(vacancy, 4, 0);
        assertEquals(-1, vacancy.rebaselinedTo);
        assertEquals(0, r.replans());
        assertTrue(vacancy.surge > 0, "surge asked for");
        vacancy.experienced = true;
        r.review(vacancy, 8, 0);
        assertEquals(1, r.replans());
        assertTrue(vacancy.rebaselinedTo > 400, "re-planned: " + vacancy.rebaselinedTo);
    }

    @Test
    void descopingDefersOneModuleOnlyUnderTheFullResponse() {
        // forecast 4 + 100 + 12 + 1 = 117, later than the plan (110), and against the baseline of
        // 100 by 17 weeks > 16 -> defer, once
        for (Response response : new Response[] {Response.FULL, Response.STANDARD}) {
            Waves p = new Waves(100);
            p.testStart = 0;
            p.planned = 110;
            p.baseline = 100;
            ProgrammeReview r = review(response, 1);
            r.review(p, 4, 0);
            r.review(p, 8, 0);
            int expected = response == Response.FULL ? 1 : 0;
            assertEquals(expected, p.deferred, response.toString());
            assertEquals(expected, r.modulesDeferred());
        }
        // exactly 16 weeks late against the baseline: not more than the trigger
        Waves p = new Waves(100);
        p.testStart = 0;
        p.planned = 110;
        p.baseline = 101;
        review(Response.FULL, 1).review(p, 4, 0);
        assertEquals(0, p.deferred);
    }
}
