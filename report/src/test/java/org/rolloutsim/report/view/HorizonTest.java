package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A figure held at the horizon by runs not finished by then is a bound, and reads as one. */
class HorizonTest {

    private static final WeekCalendar CALENDAR = new WeekCalendar(LocalDate.of(2027, 1, 4));
    private static final Money MONEY = new Money("$");

    @Test
    void aWeekAtTheHorizonIsAfterItOnlyWhenRunsWereCutOff() {
        Horizon cut = new Horizon(520, 236, 1000);
        assertTrue(cut.cuts(520));
        assertFalse(cut.cuts(519));
        assertEquals("after 22 Dec 2036", cut.shortDate(CALENDAR, 520));
        assertEquals("after 22 December 2036", cut.longDate(CALENDAR, 520));
        assertEquals("9 Apr 2029", cut.shortDate(CALENDAR, 118));
        assertEquals(0.236, cut.unfinishedShare());
        // every run finished: a completion in the horizon's week is a date like any other
        Horizon finished = new Horizon(520, 0, 1000);
        assertFalse(finished.cuts(520));
        assertEquals("22 Dec 2036", finished.shortDate(CALENDAR, 520));
    }

    @Test
    void aCostAtALevelAmongUnfinishedRunsIsAtLeastWhatItReads() {
        Horizon cut = new Horizon(520, 236, 1000);
        assertEquals("at least $2.32M", cut.cost(MONEY, 2.32e6, 520), "P80 completion at the horizon");
        assertEquals("$747k", cut.cost(MONEY, 747_000, 118), "P50 completion finished: its cost is exact");
    }

    @Test
    void unfinishedRunsAreSomeOfTheRuns() {
        assertThrows(IllegalArgumentException.class, () -> new Horizon(520, 11, 10));
        assertThrows(IllegalArgumentException.class, () -> new Horizon(0, 0, 10));
        assertEquals(0, new Horizon(520, 0, 0).unfinishedShare());
    }
}
