package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WeekCalendarTest {

    private final WeekCalendar calendar = new WeekCalendar(LocalDate.of(2027, 1, 4));

    @Test
    void weeksBecomeDatesFromTheStart() {
        assertEquals(LocalDate.of(2027, 1, 4), calendar.date(0));
        assertEquals(LocalDate.of(2028, 1, 3), calendar.date(52));
        assertEquals("3 January 2028", calendar.longDate(52));
        assertEquals("3 Jan 2028", calendar.shortDate(52));
        // fractional weeks (percentiles) round to the nearest day
        assertEquals(LocalDate.of(2027, 1, 8), calendar.date(0.5));
    }

    @Test
    void epochMillisAreUtcMidnightsAndInvertToWeeks() {
        double millis = calendar.epochMillis(10);
        assertEquals(LocalDate.of(2027, 3, 15).toEpochDay() * 86_400_000L, millis, 0.0);
        assertEquals(10.0, calendar.week(millis), 1e-12);
    }

    @Test
    void durationsAreWordsNotWeekNumbers() {
        assertEquals("less than a week", WeekCalendar.duration(0.2));
        assertEquals("1 week", WeekCalendar.duration(1));
        assertEquals("3 weeks", WeekCalendar.duration(-3));
        assertEquals("9 months", WeekCalendar.duration(39));
        assertEquals("2.5 years", WeekCalendar.duration(130));
        assertEquals("3 years", WeekCalendar.duration(156.5));
    }
}
