package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
