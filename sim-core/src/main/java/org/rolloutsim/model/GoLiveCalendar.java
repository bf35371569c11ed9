package org.rolloutsim.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.ResponseRules;
import org.rolloutsim.scenario.Scenario;

/**
 * When a wave may go live (MODEL.md 11.3): sites go live on a weekend in a window agreed months
 * ahead, every {@code goLiveWindowWeeks} weeks from the first planned go-live, never in a blackout
 * week (by default ISO calendar weeks 51, 52, 53 and 1: the holidays). Every move of a plan lands
 * on the next window. Under {@code governance.response: none} every week is a window (v1).
 *
 * <p>Resolved once per scenario into a table of the next window at or after each week, so a
 * lookup in the weekly loop is an array read.
 */
final class GoLiveCalendar {
    /** Weeks past the horizon the table covers; later weeks are their own window. */
    private static final int MARGIN = 120;

    private final int[] next;
    /** The last window of the table; -1 when it has none. */
    private final int lastWindow;

    private GoLiveCalendar(int[] next, int lastWindow) {
        this.next = next;
        this.lastWindow = lastWindow;
    }

    /** The scenario's calendar: windows and blackouts in v2, every week in v1. */
    static GoLiveCalendar of(Scenario s, int firstGoLive) {
        if (!s.governance().response().managed()) {
            return everyWeek();
        }
        ResponseRules rules = s.governance().rules();
        return windows(s.program().start(), s.program().horizonWeeks(), firstGoLive, rules.goLiveWindowWeeks(),
                rules.blackoutWeeks());
    }

    /**
     * The baseline snapped to windows at week 0 (MODEL.md 11.3): each planned go-live moves to the
     * first window at or after it, {@code minGapWeeks} re-applied; testing is planned to end a week
     * before the new date, as in the unsnapped plan. The build start does not move.
     */
    List<PlannedWave> snap(List<PlannedWave> plan, Scenario s) {
        if (next == null) {
            return plan;
        }
        Practices practices = s.practices();
        int testWeeks = practices.testCycles() * practices.testCycleWeeks();
        int gap = s.strategy().minGapWeeks();
        List<PlannedWave> snapped = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (PlannedWave p : plan) {
            int goLive = atOrAfter(previous == Integer.MIN_VALUE ? p.goLiveWeek()
                    : Math.max(p.goLiveWeek(), previous + gap));
            int testStart = Math.max(p.buildStartWeek(), goLive - testWeeks - (testWeeks > 0 ? 1 : 0));
            snapped.add(new PlannedWave(p.id(), p.siteIds(), p.moduleIds(), p.buildStartWeek(), testStart, goLive,
                    p.users()));
            previous = goLive;
        }
        return List.copyOf(snapped);
    }

    /** Every week is a go-live week (v1). */
    static GoLiveCalendar everyWeek() {
        return new GoLiveCalendar(null, -1);
    }

    /**
     * @param start       the programme's week 0
     * @param firstGoLive the first planned go-live week of the baseline, which anchors the windows
     */
    static GoLiveCalendar windows(LocalDate start, int horizon, int firstGoLive, int windowWeeks,
                                  List<Integer> blackoutIsoWeeks) {
        int size = horizon + MARGIN + 1;
        boolean[] blackout = new boolean[54];
        for (int w : blackoutIsoWeeks) {
            blackout[w] = true;
        }
        int[] next = new int[size];
        int following = Integer.MAX_VALUE;
        int last = -1;
        for (int week = size - 1; week >= 0; week--) {
            boolean window = Math.floorMod(week - firstGoLive, windowWeeks) == 0
                    && !blackout[start.plusWeeks(week).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)];
            if (window) {
                following = week;
                last = Math.max(last, week);
            }
            next[week] = following == Integer.MAX_VALUE ? week : following;
        }
        return new GoLiveCalendar(next, last);
    }

    /**
     * The first week from which no window follows in the table (to {@code MARGIN} weeks past the
     * horizon): a plan moved there lands on the week itself, blackout or not. {@link
     * Integer#MAX_VALUE} when every week is a window (v1). A scenario whose windows run out before
     * its horizon is refused by the loader (its blackout weeks leave no window there).
     */
    int windowsEnd() {
        return next == null ? Integer.MAX_VALUE : lastWindow + 1;
    }

    /** The first go-live window at or after {@code week}. */
    int atOrAfter(int week) {
        if (next == null || week < 0 || week >= next.length) {
            return week;
        }
        return next[week];
    }

    /** True when {@code week} is a go-live window. */
    boolean isWindow(int week) {
        return atOrAfter(week) == week;
    }
}
