package org.rolloutsim.model;

import static org.rolloutsim.model.RolloutRun.BUILD;
import static org.rolloutsim.model.RolloutRun.LIVE;

import java.util.Arrays;
import org.rolloutsim.engine.EventCalendar;

/**
 * Each wave's plan and how it moves (MODEL.md 2.4, 6, 7, 11.3, 11.4): the baseline, the planned
 * go-live in force, the planned test start, the weeks a wave is frozen, and the one gate check
 * pending per wave. A plan only ever moves later; every move lands on a go-live window of the
 * {@link GoLiveCalendar} (every week in v1), and a move that would bring two go-lives closer than
 * {@code minGapWeeks} pushes the later wave.
 *
 * <p>The wave phases are the run's: this class reads them (a wave in build moves its test start
 * with its go-live, a live wave's plan no longer moves) but never sets them. Arrays are indexed by
 * wave in baseline go-live order and sized once per run.
 */
final class WavePlan {
    private final int waves;
    /** The run's wave phases, read only here. */
    private final int[] phase;
    private final boolean managed;
    private final GoLiveCalendar windows;
    private final EventCalendar calendar;
    private final int gateEvent;
    private final int minGapWeeks;
    /** The follow-on wave of deferred modules (MODEL.md 11.4), or -1 when there is none. */
    private final int followOn;
    /** Weeks of the planned test cycles, for the follow-on wave's test start. */
    private final int testWeeks;

    /**
     * Baseline go-live, against which slips and delay cost are measured: the layout's (snapped to
     * windows in v2), and for the follow-on wave its plan when first given work.
     */
    private final int[] baseline;
    /** The planned go-live in force: where the next gate check is held. */
    private final int[] planned;
    /** The plan in force when the wave went live. */
    private final int[] atGoLive;
    /** The week the wave went live. */
    private final int[] goLive;
    /**
     * Planned test start: the baseline's, moved by freezes (risk delays, pauses) and re-baselines
     * but not by gate slips, which happen only once testing is under way or the build is late.
     */
    private final int[] testStart;
    /** The wave makes no progress in the weeks before this one (a risk delay or a safety pause). */
    private final int[] frozenUntil;
    /** A gate check is on the calendar; at most one per wave is. */
    private final boolean[] gatePending;
    /**
     * The wave failed its gate and waits for the next window, training meanwhile (v2); cleared by
     * a re-baseline, after which the wave forgets until its refresher training.
     */
    private final boolean[] gateFailed;
    /** The week each wave first failed its gate; -1 before. */
    private final int[] firstFailure;

    /**
     * @param phase     the run's wave phases, read as they change
     * @param gateEvent the event kind under which gate checks are scheduled on {@code calendar}
     */
    WavePlan(ProgrammeLayout layout, int[] phase, EventCalendar calendar, int gateEvent) {
        this.waves = layout.waveCount;
        this.phase = phase;
        this.managed = layout.managed;
        this.windows = layout.calendar;
        this.calendar = calendar;
        this.gateEvent = gateEvent;
        this.minGapWeeks = layout.minGapWeeks;
        this.followOn = layout.followOn;
        this.testWeeks = layout.testCycles * layout.testCycleWeeks;
        this.baseline = layout.baselineGoLive.clone();
        this.planned = layout.baselineGoLive.clone();
        this.atGoLive = new int[waves];
        this.goLive = new int[waves];
        this.testStart = layout.testStart.clone();
        this.frozenUntil = new int[waves];
        this.gatePending = new boolean[waves];
        this.gateFailed = new boolean[waves];
        this.firstFailure = new int[waves];
        Arrays.fill(firstFailure, -1);
    }

    int baseline(int w) {
        return baseline[w];
    }

    int planned(int w) {
        return planned[w];
    }

    int atGoLive(int w) {
        return atGoLive[w];
    }

    int goLive(int w) {
        return goLive[w];
    }

    int testStart(int w) {
        return testStart[w];
    }

    /** The week the wave went live if it has, else its plan. */
    int goLiveOrPlan(int w) {
        return phase[w] >= LIVE ? goLive[w] : planned[w];
    }

    /** The wave went live in {@code week}: the plan then in force is kept for the record. */
    void wentLive(int w, int week) {
        goLive[w] = week;
        atGoLive[w] = planned[w];
    }

    // ------------------------------------------------------------------ gate checks

    /**
     * At most one gate check per wave is pending; one that finds the plan moved later reschedules
     * itself, so slips and pushes leave no stale events behind.
     */
    void scheduleGate(int w) {
        calendar.schedule(planned[w], gateEvent, w);
        gatePending[w] = true;
    }

    /** The pending gate check has fired. */
    void gateChecked(int w) {
        gatePending[w] = false;
    }

    void failGate(int w, int week) {
        gateFailed[w] = true;
        if (firstFailure[w] < 0) {
            firstFailure[w] = week;
        }
    }

    /** The week the wave first failed its gate, or -1 if it has not. */
    int firstFailure(int w) {
        return firstFailure[w];
    }

    boolean gateFailed(int w) {
        return gateFailed[w];
    }

    // ------------------------------------------------------------------ moves

    /**
     * Moves a wave's planned go-live later (never earlier). In v2 a wave still in build moves its
     * whole plan: its test start moves with the go-live, so a wave pushed back by another's slip
     * stops claiming the team at its old pace (MODEL.md 11.4).
     */
    void move(int w, int week) {
        if (week > planned[w]) {
            if (managed && phase[w] <= BUILD) {
                testStart[w] += week - planned[w];
            }
            planned[w] = week;
            if (!gatePending[w]) {
                scheduleGate(w);
            }
        }
    }

    /** No two go-lives closer than minGapWeeks: a later wave's plan is pushed (MODEL.md 2.4), to a window. */
    void keepGaps() {
        for (int w = 1; w < waves; w++) {
            // the follow-on wave, if any, is the last: it never holds a later wave back
            int previous = goLiveOrPlan(w - 1);
            if (phase[w] < LIVE && planned[w] < previous + minGapWeeks) {
                move(w, windows.atOrAfter(previous + minGapWeeks));
            }
        }
    }

    /**
     * The programme review's new baseline (MODEL.md 11.4): the plan moves to the first window at or
     * after {@code week}, never earlier, and later waves keep their gaps.
     */
    void rebaseline(int w, int week) {
        int target = windows.atOrAfter(week);
        if (target <= planned[w]) {
            return; // a re-baseline only ever moves a date later
        }
        gateFailed[w] = false; // a wave re-baselined far out forgets until its refresher training
        move(w, target);
        keepGaps();
    }

    /**
     * A risk delay or a safety pause: the wave makes no progress in weeks {@code from .. from +
     * weeks - 1} and its go-live moves by {@code weeks}, to a window. In v1 the test start moves by
     * as much; in v2 it moves with the go-live while the wave is in build. The caller keeps the gaps.
     *
     * @return the weeks the freeze added to any freeze already in force (a test cycle under way waits as long)
     */
    int delay(int w, int from, int weeks) {
        int added = freeze(w, from, weeks);
        if (!managed) {
            testStart[w] += weeks;
        }
        move(w, windows.atOrAfter(planned[w] + weeks));
        return added;
    }

    /** Stops a wave's progress in weeks {@code from .. from + weeks - 1}; returns the weeks added. */
    private int freeze(int w, int from, int weeks) {
        int until = from + weeks;
        int added = until - Math.max(frozenUntil[w], from);
        if (added <= 0) {
            return 0;
        }
        frozenUntil[w] = until;
        return added;
    }

    boolean frozen(int w, int week) {
        return week < frozenUntil[w];
    }

    /**
     * The follow-on wave is first given work in {@code week} (MODEL.md 11.4): it is planned
     * {@code minGapWeeks} after the last wave's go-live (or plan), at a window after this week, and
     * that plan is its baseline.
     */
    void planFollowOn(int week) {
        int f = followOn;
        int last = 0;
        for (int v = 0; v < f; v++) {
            last = Math.max(last, goLiveOrPlan(v));
        }
        int date = windows.atOrAfter(Math.max(last + minGapWeeks, week + 1));
        baseline[f] = date;
        testStart[f] = Math.max(week, date - testWeeks - (testWeeks > 0 ? 1 : 0));
        planned[f] = date;
        scheduleGate(f);
    }
}
