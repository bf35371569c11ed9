package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.engine.EventCalendar;

/** Test cycles, the v2 exit criterion and a freeze during a cycle (MODEL.md 3, 11.3). */
class TestCyclesTest {
    private static final int CYCLE_END = 2;

    private final EventCalendar calendar = new EventCalendar();

    /** One wave with {@code latent} defects, found at {@code detection} a cycle. */
    private static WaveBuild build(long latent, double detection) {
        WaveBuild b = new WaveBuild(new double[] {0}, new double[] {1}, new double[] {0}, 0, 1, 0, detection, 0, 0.1,
                0, 0, 3, 2);
        b.addLatent(0, latent);
        return b;
    }

    private TestCycles cycles(WaveBuild build, int planned, double exitShare, int maxExtra) {
        WaveStreams streams = new WaveStreams(4, 0, WaveStreams.sources("defects", new String[] {"w1"}));
        return new TestCycles(1, planned, 3, exitShare, maxExtra, build, streams, calendar, CYCLE_END);
    }

    /** Runs cycle-end events until none is pending; returns the week of the last. */
    private int runCycles(TestCycles tests) {
        int last = -1;
        while (calendar.pollDue(Integer.MAX_VALUE - 1)) {
            last = calendar.week();
            tests.cycleEnds(calendar.payload(), last);
        }
        return last;
    }

    @Test
    void extraCyclesRunWhileTheFindRateHasNotFallenUpToTheMaximum() {
        // a huge latent count: every cycle finds far more than 1% of all found so far
        TestCycles tests = cycles(build(1_000_000, 0.35), 4, 0.01, 3);
        tests.start(0, 10);
        assertEquals(12, tests.weeksLeft(0, 10));
        assertEquals(10 + 7 * 3, runCycles(tests), "four planned cycles and three extra, three weeks each");
        assertTrue(tests.complete(0));
        assertEquals(0, tests.weeksLeft(0, 31));
    }

    @Test
    void aWaveWhoseFindRateHasFallenLeavesAfterThePlannedCycles() {
        // detection 1: the first cycle finds everything, the others nothing
        TestCycles tests = cycles(build(500, 1.0), 4, 0.12, 3);
        tests.start(0, 0);
        assertEquals(12, runCycles(tests));
        assertTrue(tests.complete(0));
    }

    @Test
    void withoutTheExitCriterionOnlyThePlannedCyclesRun() {
        TestCycles tests = cycles(build(1_000_000, 0.35), 4, 0.01, 0);
        tests.start(0, 0);
        assertEquals(12, runCycles(tests));
    }

    @Test
    void aFreezeMakesTheCycleUnderWayEndLater() {
        TestCycles tests = cycles(build(100, 0.35), 1, 0.12, 0);
        tests.start(0, 0);
        tests.postpone(0, 2);
        assertFalse(tests.complete(0));
        assertEquals(5, tests.weeksLeft(0, 0));
        assertEquals(5, runCycles(tests), "the event at week 3 follows the cycle's end to week 5");
        assertTrue(tests.complete(0));
    }

    @Test
    void noCyclesPlannedMeansTestsCompleteAtOnce() {
        TestCycles tests = cycles(build(100, 0.35), 0, 0.12, 3);
        tests.start(0, 0);
        assertEquals(0, calendar.size());
        assertTrue(tests.complete(0));
        assertEquals(0, tests.plannedWeeks());
    }

    @Test
    void aCycleThatFindsEverythingIsFollowedByOneMoreThatFindsNothing() {
        // detection 1: the single planned cycle finds all 100 (more than 0.12 of all found), so one
        // extra cycle runs; it finds none and testing ends after 2 cycles of 3 weeks
        WaveBuild b = build(100, 1.0);
        TestCycles tests = cycles(b, 1, 0.12, 3);
        assertEquals(3, tests.plannedWeeks());
        tests.start(0, 0);
        assertEquals(6, runCycles(tests));
        assertTrue(tests.complete(0));
        assertEquals(100, b.totalFound(0));
        assertEquals(0, b.lastFound(0));
    }

    @Test
    void aCycleEndAfterTestingEndedFindsNothing() {
        WaveBuild b = build(10, 1.0);
        TestCycles tests = cycles(b, 1, 0.12, 0);
        tests.start(0, 0);
        runCycles(tests);
        b.addLatent(0, 50);
        tests.cycleEnds(0, 100);
        assertEquals(10, b.totalFound(0), "no cycle after the last");
        assertEquals(0, tests.weeksLeft(0, 100));
        assertEquals(4 * 3, cycles(b, 4, 0.12, 0).plannedWeeks());
    }
}
