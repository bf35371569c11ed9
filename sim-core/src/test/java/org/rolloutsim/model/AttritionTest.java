package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.engine.EventCalendar;
import org.rolloutsim.random.RandomStream;

/** Leavers and their replacements, and surge arrivals through the same ring (MODEL.md 5, 11.4). */
class AttritionTest {
    private static final int ARRIVES = 7;

    private final Workforce team = new Workforce(new int[] {10, 4, 2, 0}, 0, 1.0, 0);
    private final CostLedger ledger = new CostLedger();
    private final EventCalendar calendar = new EventCalendar();

    private Attrition attrition(double weeklyRate, int hiringLag, int horizon) {
        return new Attrition(team, ledger, calendar, ARRIVES, RandomStream.of(1, 0, "team"), weeklyRate, 0, 0,
                500, hiringLag, horizon);
    }

    /** Arrives everyone whose event is due by {@code week}; returns how many events fired. */
    private int arriveDue(Attrition a, int week) {
        int events = 0;
        while (calendar.pollDue(week)) {
            assertEquals(ARRIVES, calendar.kind());
            a.arrive(calendar.payload());
            events++;
        }
        return events;
    }

    @Test
    void leaversAreReplacedAfterTheHiringLagAndEachCostsAReplacement() {
        Attrition a = attrition(0, 6, 520);
        a.leave(Workforce.STAFF, 3, 10);
        a.leave(Workforce.CONSULTANTS, 1, 10);
        assertEquals(12, team.headcount());
        assertEquals(4, a.leavers());
        assertEquals(4 * 500.0, ledger.spent(CostCategory.REPLACEMENT));
        assertEquals(0, arriveDue(a, 15), "nobody arrives before the lag has passed");
        assertEquals(1, arriveDue(a, 16), "arrivals of one week share one event");
        assertEquals(16, team.headcount());
        assertEquals(10, team.headcount(Workforce.STAFF));
        assertEquals(4, a.hires());
    }

    @Test
    void surgeArrivalsShareTheRingButAreNeitherLeaversNorHires() {
        Attrition a = attrition(0, 4, 520);
        a.requestSurge(2, 20);
        a.leave(Workforce.VENDOR, 1, 20);
        assertEquals(1, arriveDue(a, 24));
        assertEquals(2, team.headcount(Workforce.SURGE));
        assertEquals(1, a.hires());
        assertEquals(1, a.leavers());
    }

    @Test
    void nobodyArrivesAfterTheRunButTheLeaverIsCountedAndCosted() {
        Attrition a = attrition(0, 30, 40);
        a.leave(Workforce.STAFF, 2, 15);
        a.requestSurge(3, 15);
        assertEquals(0, calendar.size(), "arrival week 45 is past the horizon of 40");
        assertEquals(2, a.leavers());
        assertEquals(1000.0, ledger.spent(CostCategory.REPLACEMENT));
    }

    @Test
    void surgeConsultantsDoNotLeaveByAttrition() {
        Workforce surgeOnly = new Workforce(new int[] {0, 0, 0, 5}, 0, 1.0, 0);
        Attrition a = new Attrition(surgeOnly, ledger, calendar, ARRIVES, RandomStream.of(1, 0, "team"), 1.0, 0, 0,
                500, 4, 520);
        a.week(3, 0.5);
        assertEquals(5, surgeOnly.headcount(Workforce.SURGE));
        assertEquals(0, a.leavers());
    }

    @Test
    void aCertainRateEmptiesTheTeamAndTheRingBringsEveryoneBack() {
        Attrition a = attrition(1.0, 5, 520);
        a.week(0, 0);
        assertEquals(0, team.headcount(), "p = 1: everyone leaves");
        assertEquals(16, a.leavers());
        assertFalse(calendar.size() == 0);
        arriveDue(a, 5);
        assertEquals(10, team.headcount(Workforce.STAFF));
        assertEquals(4, team.headcount(Workforce.CONSULTANTS));
        assertEquals(2, team.headcount(Workforce.VENDOR));
        assertTrue(a.hires() == a.leavers());
    }

    @Test
    void arrivalsPendingAcrossTheWholeLagKeepTheirOwnWeeks() {
        // lag 6: leavers of weeks 10 and 15 arrive at 16 and 21; the ring holds lag + 1 weeks, so
        // the two never share a slot
        Attrition a = attrition(0, 6, 520);
        a.leave(Workforce.STAFF, 3, 10);
        a.leave(Workforce.STAFF, 2, 15);
        arriveDue(a, 16);
        assertEquals(8, team.headcount(Workforce.STAFF), "only week 10's three have arrived");
        arriveDue(a, 21);
        assertEquals(10, team.headcount(Workforce.STAFF));
    }

    @Test
    void anArrivalExactlyAtTheHorizonIsNotScheduled() {
        // a run of 40 weeks ends with week 39: arrival week 40 is after it
        Attrition a = attrition(0, 25, 40);
        a.leave(Workforce.STAFF, 1, 15);
        a.requestSurge(2, 15);
        assertEquals(0, calendar.size());
        a.leave(Workforce.STAFF, 1, 14); // arrives at 39
        assertEquals(1, calendar.size());
    }

    @Test
    void nobodyToLeaveSchedulesNothing() {
        Attrition a = attrition(0, 6, 520);
        a.leave(Workforce.SURGE, 3, 10);
        assertEquals(0, a.leavers());
        assertEquals(0, calendar.size());
    }

    @Test
    void surgeStaffAreNotAmongThoseAttritionDrawsFrom() {
        // 1000 vendor and 1000 surge at p = 0.5: Binomial(1000, 0.5) vendor leave, 500 +- 4 x 15.8;
        // drawing from all 2000 would take about 1000 vendor
        Workforce mixed = new Workforce(new int[] {0, 0, 1000, 1000}, 0, 1.0, 0);
        Attrition a = new Attrition(mixed, ledger, calendar, ARRIVES, RandomStream.of(2, 0, "team"), 0.5, 0, 0,
                500, 4, 520);
        a.week(3, 0);
        assertEquals(500, a.leavers(), 4 * Math.sqrt(1000 * 0.25));
        assertEquals(1000, mixed.headcount(Workforce.SURGE));
    }
}
