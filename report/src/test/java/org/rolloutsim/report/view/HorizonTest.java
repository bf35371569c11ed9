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
    void aCostAtOrAboveTheLowestUnfinishedCostIsAtLeastWhatItReadsOneBelowItIsExact() {
        // the lowest cost among runs not finished by the horizon: $612k, counted only to then
        Horizon cut = new Horizon(520, 236, 1000, 612_000);
        assertEquals("at least $2.32M", cut.cost(MONEY, 2.32e6));
        assertEquals("at least $747k", cut.cost(MONEY, 747_000), "above the lowest unfinished cost, whatever the completion");
        assertEquals("at least $612k", cut.cost(MONEY, 612_000), "the unfinished run's own cost");
        assertTrue(cut.costCut(612_000));
        assertFalse(cut.costCut(Math.nextDown(612_000f)), "below every unfinished run's cost: exact");
        assertEquals("$611k", cut.cost(MONEY, 611_000));
        // compared as the report holds per-run costs (floats): the run's own cost read either way is cut
        Horizon odd = new Horizon(520, 1, 1000, 487_123.456789);
        assertTrue(odd.costCut((float) 487_123.456789));
        // every run finished: no cost is cut
        Horizon finished = new Horizon(520, 0, 1000, Double.NaN);
        assertEquals("$2.32M", finished.cost(MONEY, 2.32e6));
        // unfinished runs whose lowest cost is not known: every cost is only known as a lower bound
        Horizon unknown = new Horizon(520, 236, 1000);
        assertEquals("at least $10k", unknown.cost(MONEY, 10_000));
    }

    @Test
    void unfinishedRunsAreSomeOfTheRuns() {
        assertThrows(IllegalArgumentException.class, () -> new Horizon(520, 11, 10));
        assertThrows(IllegalArgumentException.class, () -> new Horizon(0, 0, 10));
        assertEquals(0, new Horizon(520, 0, 0).unfinishedShare());
    }
}
