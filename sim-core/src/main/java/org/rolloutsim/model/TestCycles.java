package org.rolloutsim.model;

import org.rolloutsim.engine.EventCalendar;

/**
 * The test cycles of each wave (MODEL.md 3, 11.3). Testing starts when the build is ready; each
 * cycle lasts {@code testCycleWeeks} and at its end finds {@code Binomial(U, testDetection)} of the
 * wave's latent defects. In v2 a wave leaves testing only when its last cycle found at most
 * {@code testExitShare} of all its cycles have found (the find rate has fallen, the usual exit
 * criterion); otherwise it runs another cycle, up to {@code maxExtraCycles} extra. In v1 there are
 * no extra cycles.
 *
 * <p>The cycle under way ends at a week held here, which a freeze moves later; the calendar event
 * scheduled for the old week finds it moved and follows it, so one event per wave is pending.
 */
final class TestCycles {
    private final WaveBuild build;
    private final WaveStreams defectStreams;
    private final EventCalendar calendar;
    private final int cycleEndEvent;
    /** Cycles planned per wave before the exit criterion asks for more. */
    private final int plannedCycles;
    private final int cycleWeeks;
    /** The largest share of all defects found so far the last cycle may find for testing to end (v2). */
    private final double exitShare;
    /** Extra cycles the exit criterion may add per wave: 0 in v1. */
    private final int maxExtra;
    private final int[] done;
    private final int[] extra;
    /** The week the cycle under way ends. */
    private final int[] cycleEnd;

    /**
     * @param defectStreams each wave's {@code defects} stream, from which a cycle draws what it finds
     * @param cycleEndEvent the event kind under which cycle ends are scheduled on {@code calendar}
     */
    TestCycles(int waves, int plannedCycles, int cycleWeeks, double exitShare, int maxExtra, WaveBuild build,
               WaveStreams defectStreams, EventCalendar calendar, int cycleEndEvent) {
        this.plannedCycles = plannedCycles;
        this.cycleWeeks = cycleWeeks;
        this.exitShare = exitShare;
        this.maxExtra = maxExtra;
        this.build = build;
        this.defectStreams = defectStreams;
        this.calendar = calendar;
        this.cycleEndEvent = cycleEndEvent;
        this.done = new int[waves];
        this.extra = new int[waves];
        this.cycleEnd = new int[waves];
    }

    /** The wave starts testing in {@code week}: its first cycle begins (none when no cycles are planned). */
    void start(int w, int week) {
        if (plannedCycles > 0) {
            cycleEnd[w] = week + cycleWeeks;
            calendar.schedule(cycleEnd[w], cycleEndEvent, w);
        }
    }

    /**
     * The cycle-end event of a wave in test: the cycle finds what it finds and the next one, if
     * any, begins. Extra cycles are decided when the planned ones are done (MODEL.md 11.3).
     */
    void cycleEnds(int w, int week) {
        if (done[w] >= cycles(w)) {
            return; // testing ended at a fixed-date go-live
        }
        if (week < cycleEnd[w]) {
            calendar.schedule(cycleEnd[w], cycleEndEvent, w); // a freeze moved the cycle's end
            return;
        }
        build.testCycle(w, defectStreams.of(w));
        done[w]++;
        if (done[w] == cycles(w) && extra[w] < maxExtra && build.lastFound(w) > exitShare * build.totalFound(w)) {
            extra[w]++; // the find rate has not fallen: test again
        }
        if (done[w] < cycles(w)) {
            cycleEnd[w] = week + cycleWeeks;
            calendar.schedule(cycleEnd[w], cycleEndEvent, w);
        }
    }

    /** Cycles the wave runs: the planned ones and the extra ones the exit criterion has asked for. */
    private int cycles(int w) {
        return plannedCycles + extra[w];
    }

    /** Every cycle the wave is to run has ended (true at once when no cycles are planned). */
    boolean complete(int w) {
        return done[w] >= cycles(w);
    }

    /** A freeze of a wave in test adds {@code weeks}: a cycle under way ends that much later. */
    void postpone(int w, int weeks) {
        if (done[w] < cycles(w)) {
            cycleEnd[w] += weeks; // the pending end event finds it moved and follows
        }
    }

    /** Weeks of testing a wave still in build has ahead of it: the planned cycles. */
    int plannedWeeks() {
        return plannedCycles * cycleWeeks;
    }

    /** Weeks of testing left to a wave in test in {@code week}: the cycle under way and those still to run. */
    int weeksLeft(int w, int week) {
        int left = cycles(w) - done[w];
        return left <= 0 ? 0 : Math.max(0, cycleEnd[w] - week) + (left - 1) * cycleWeeks;
    }
}
