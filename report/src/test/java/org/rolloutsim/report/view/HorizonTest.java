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
    void aWeekAtTheHorizonIsItsDateOrLaterOnlyWhenRunsWereCutOff() {
        Horizon cut = new Horizon(520, 236, 1000);
        assertTrue(cut.cuts(520));
        assertFalse(cut.cuts(519));
        assertEquals("22 Dec 2036 or later", cut.shortDate(CALENDAR, 520));
        assertEquals("22 December 2036 or later", cut.longDate(CALENDAR, 520));
        assertEquals("22 Dec 2036 or later", cut.shortOrLater(CALENDAR));
        assertEquals("22 December 2036 or later", cut.longOrLater(CALENDAR));
        assertEquals("9 Apr 2029", cut.shortDate(CALENDAR, 118));
        assertEquals(0.236, cut.unfinishedShare());
        // every run finished: a completion in the horizon's week is a date like any other
        Horizon finished = new Horizon(520, 0, 1000);
        assertFalse(finished.cuts(520));
        assertEquals("22 Dec 2036", finished.shortDate(CALENDAR, 520));
    }

    /**
     * A run not finished by a horizon of 87 weeks ran weeks 0 to 86; with a longer horizon the same
     * run may finish in week 87, and a completion week is dated by its first day, 4 September 2028 here
     * (start 4 January 2027). What the horizon says of such a run must hold for that date: "4 Sep 2028 or
     * later" does; "after 4 Sep 2028" (what it said) does not, and neither would "by" it.
     */
    @Test
    void aRunNotFinishedByTheHorizonMayFinishInItsWeekAndItsDateSaysSo() {
        Horizon cut = new Horizon(87, 12, 100);
        LocalDate finishedInTheHorizonsWeek = CALENDAR.date(87);
        assertEquals(LocalDate.of(2028, 9, 4), finishedInTheHorizonsWeek);
        for (String said : new String[] {cut.shortDate(CALENDAR, 87), cut.longDate(CALENDAR, 87)}) {
            assertFalse(said.startsWith("after"), said);
            assertTrue(said.endsWith(" or later"), said);
            // the date said is the first a run not finished by the horizon can finish on: no later
            // (that run would contradict it) and no earlier (it cannot finish in week 86 or before)
            String date = said.substring(0, said.length() - " or later".length());
            assertTrue(date.equals(CALENDAR.shortDate(87)) || date.equals(CALENDAR.longDate(87)), said);
        }
        assertEquals("4 Sep 2028 or later", cut.shortDate(CALENDAR, 87));
        assertEquals("4 September 2028 or later", cut.longDate(CALENDAR, 87));
        // a run that finished in the last week simulated has its own date, a week before
        assertEquals("28 Aug 2028", cut.shortDate(CALENDAR, 86));
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
