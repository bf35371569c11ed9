package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.Scenario;

/** Go-live windows and blackout weeks (MODEL.md 11.3), week by week. */
class GoLiveCalendarTest {

    /** Week 0 is Monday 4 January 2027 (ISO week 1); windows every 4 weeks from week 90. */
    private static final GoLiveCalendar WINDOWS =
            GoLiveCalendar.windows(LocalDate.of(2027, 1, 4), 200, 90, 4, List.of(51, 52, 53, 1));

    @Test
    void windowsFallEveryFewWeeksFromTheFirstGoLive() {
        assertTrue(WINDOWS.isWindow(90));
        assertTrue(WINDOWS.isWindow(46), "windows run before the first go-live too");
        assertFalse(WINDOWS.isWindow(91));
        assertEquals(94, WINDOWS.atOrAfter(91));
        assertEquals(94, WINDOWS.atOrAfter(94));
        assertEquals(90, WINDOWS.atOrAfter(87));
    }

    @Test
    void blackoutWeeksAreSkipped() {
        // week 50 is 20 December 2027, ISO week 51: the window moves to week 54 (ISO week 3 of 2028)
        assertFalse(WINDOWS.isWindow(50));
        assertEquals(54, WINDOWS.atOrAfter(47));
        assertEquals(54, WINDOWS.atOrAfter(50));
        // week 2 is ISO week 3 of 2027: a window; week -2 would be ISO 52 but is before the programme
        assertTrue(WINDOWS.isWindow(2));
        assertFalse(WINDOWS.isWindow(1));
    }

    @Test
    void outsideTheTableAWeekIsItsOwnWindow() {
        assertEquals(-3, WINDOWS.atOrAfter(-3));
        assertEquals(100_000, WINDOWS.atOrAfter(100_000));
        // near the table's end, past the last window in it, a week stands for itself
        int last = 200;
        while (WINDOWS.atOrAfter(last + 1) != last + 1) {
            last++;
        }
        assertTrue(WINDOWS.isWindow(last + 1));
        GoLiveCalendar v1 = GoLiveCalendar.everyWeek();
        assertEquals(37, v1.atOrAfter(37));
        assertTrue(v1.isWindow(37));
    }

    /** Where windows run out: past the table with the usual blackouts, at once when every one is blacked out. */
    @Test
    void windowsEndWhereNoneFollows() {
        assertTrue(WINDOWS.windowsEnd() > 200, "windows follow every week of the horizon");
        assertEquals(Integer.MAX_VALUE, GoLiveCalendar.everyWeek().windowsEnd());
        List<Integer> allBut53 = java.util.stream.IntStream.rangeClosed(1, 52).boxed().toList();
        // ISO week 53 is weeks 312 and 573 from 4 January 2027: windows every 4 weeks from week 90 miss both
        GoLiveCalendar none = GoLiveCalendar.windows(LocalDate.of(2027, 1, 4), 520, 90, 4, allBut53);
        assertEquals(0, none.windowsEnd());
        assertEquals(100, none.atOrAfter(100), "with no window left a week stands for itself");
        GoLiveCalendar weekly = GoLiveCalendar.windows(LocalDate.of(2027, 1, 4), 520, 90, 1, allBut53);
        assertEquals(312, weekly.atOrAfter(90));
        assertEquals(574, weekly.windowsEnd());
    }

    @Test
    void theBaselineMovesToWindowsKeepingTheGapAndTheTestLead() {
        // two test cycles of 3 weeks: testing ends a week before go-live; minimum gap 8 weeks
        Scenario s = TestScenarios.builder().site("a", 1000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .practices(78, 2, 3, 12).bigBang(91).build();
        List<PlannedWave> snapped = WINDOWS.snap(List.of(
                wave("w1", 40, 80, 91), wave("w2", 50, 88, 95), wave("w3", 110, 112, 113)), s);
        // w1: 91 to the window 94; testing from 94 - 6 - 1 = 87
        assertEquals(List.of(40, 87, 94), weeks(snapped.get(0)));
        // w2: 95 is within 8 weeks of 94, so 102, which is ISO week 51 (a blackout): 106
        assertEquals(List.of(50, 99, 106), weeks(snapped.get(1)));
        // w3: 106 + 8 = 114, a window; testing cannot start before the build does (110 > 107)
        assertEquals(List.of(110, 110, 114), weeks(snapped.get(2)));
        assertEquals("w2", snapped.get(1).id());
        assertEquals(List.of("a"), snapped.get(1).siteIds());
        assertEquals(700, snapped.get(1).users());
    }

    @Test
    void withoutTestCyclesTestingStartsAtTheSnappedGoLive() {
        Scenario s = TestScenarios.builder().site("a", 1000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .practices(78, 0, 3, 12).bigBang(91).build();
        assertEquals(List.of(40, 94, 94), weeks(WINDOWS.snap(List.of(wave("w1", 40, 90, 91)), s).get(0)));
    }

    @Test
    void everyWeekLeavesThePlanAsItIs() {
        Scenario s = TestScenarios.builder().site("a", 1000, 1.0, Legacy.PAPER, 0.5, 1.0).bigBang(91).build();
        List<PlannedWave> plan = List.of(wave("w1", 40, 80, 91));
        assertSame(plan, GoLiveCalendar.everyWeek().snap(plan, s));
    }

    @Test
    void aManagedScenarioHasWindowsFromItsFirstGoLiveAndV1HasEveryWeek() {
        TestScenarios.Builder b = TestScenarios.builder().site("a", 1000, 1.0, Legacy.PAPER, 0.5, 1.0).bigBang(91);
        GoLiveCalendar managed = GoLiveCalendar.of(b.response(Response.STANDARD).build(), 91);
        // the default: a window every 4 weeks from 91, so at 47, 51, 55 too; 51 is ISO week 52, a blackout
        assertTrue(managed.isWindow(91));
        assertTrue(managed.isWindow(95));
        assertFalse(managed.isWindow(92));
        assertEquals(55, managed.atOrAfter(48));
        assertEquals(47, managed.atOrAfter(47));
        GoLiveCalendar v1 = GoLiveCalendar.of(b.response(Response.NONE).build(), 91);
        assertTrue(v1.isWindow(92));
    }

    private static PlannedWave wave(String id, int build, int test, int goLive) {
        return new PlannedWave(id, List.of("a"), List.of("core"), build, test, goLive, 700);
    }

    /** Build start, test start and go-live of a planned wave. */
    private static List<Integer> weeks(PlannedWave p) {
        return List.of(p.buildStartWeek(), p.testStartWeek(), p.goLiveWeek());
    }

    @Test
    void theTableStartsAtWeekZeroAndEndsMarginWeeksPastTheHorizon() {
        // built here rather than read from WINDOWS, which is made once for the whole class
        // horizon 202: the table holds weeks 0..322, and 322 = 90 + 58 x 4 is a window (ISO week 10 of 2033)
        GoLiveCalendar longer = GoLiveCalendar.windows(LocalDate.of(2027, 1, 4), 202, 90, 4, List.of(51, 52, 53, 1));
        assertEquals(2, longer.atOrAfter(0), "week 0 is in the table: its window is week 2");
        assertEquals(122, longer.atOrAfter(121), "well inside the table");
        assertEquals(322, longer.atOrAfter(321));
        assertEquals(323, longer.atOrAfter(323), "past the table a week is its own window");
    }
}
