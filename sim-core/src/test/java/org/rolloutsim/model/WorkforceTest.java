package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The team's head-count, ramp-up, mentoring and tenure (MODEL.md 5), by hand. */
class WorkforceTest {

    @Test
    void newcomersRampUpWeekByWeekAndGraduate() {
        // 10 experienced staff, rampUpWeeks 4, mentoring 0.25: 4 arriving at week 0 give
        // 10 + 4 t / 4 - 0.25 x 4 in week t, then count in full from week 4
        Workforce team = new Workforce(new int[] {10, 0, 0, 0}, 4, 1, 0.25);
        team.arrive(Workforce.STAFF, 4, 0);
        double[] expected = {9, 10, 11, 12, 14, 14};
        for (int week = 0; week < expected.length; week++) {
            team.advance(week);
            assertEquals(expected[week], team.baseCapacity(), 1e-12, "week " + week);
        }
        assertEquals(14, team.headcount(Workforce.STAFF));
    }

    @Test
    void mentoringNeverDrivesCapacityBelowZero() {
        Workforce team = new Workforce(new int[] {0, 0, 0, 0}, 4, 1, 0.5);
        team.arrive(Workforce.STAFF, 4, 0);
        assertEquals(0, team.baseCapacity(), 0.0, "0 + 0 - 2 is clamped to 0");
    }

    @Test
    void withoutRampUpArrivalsCountAtOnce() {
        Workforce team = new Workforce(new int[] {1, 0, 0, 0}, 0, 1, 0.25);
        team.arrive(Workforce.VENDOR, 3, 5);
        assertEquals(4, team.baseCapacity(), 1e-12);
        assertEquals(4, team.headcount());
    }

    @Test
    void partnersAndSurgeAreWeighted() {
        // consultants and vendor at 0.7 + 0.3 x 0.5 = 0.85, surge as consultants
        Workforce team = new Workforce(new int[] {2, 4, 4, 0}, 0, 0.5, 0);
        team.arrive(Workforce.SURGE, 2, 0);
        assertEquals(2 + 0.85 * 10, team.baseCapacity(), 1e-12);
        team.release(Workforce.SURGE, 1);
        assertEquals(0, team.headcount(Workforce.SURGE));
        assertEquals(10, team.headcount());
    }

    @Test
    void leaversGoFromTheExperiencedFirstThenFromThoseRampingUp() {
        Workforce team = new Workforce(new int[] {2, 0, 0, 0}, 4, 1, 0);
        team.arrive(Workforce.STAFF, 3, 0);
        team.advance(2); // the 3 newcomers have 2 weeks on each: 2 + 6/4
        assertEquals(3.5, team.baseCapacity(), 1e-12);
        assertEquals(3, team.leave(Workforce.STAFF, 3, 2), "2 experienced, 1 ramping");
        assertEquals(1, team.baseCapacity(), 1e-12, "2 ramping at 2/4 each");
        assertEquals(2, team.leave(Workforce.STAFF, 5, 2), "no more than there are");
        assertEquals(0, team.leave(Workforce.STAFF, 1, 2));
        assertEquals(0, team.baseCapacity(), 0.0);
    }

    @Test
    void meanTenureGrowsAWeekAWeekAndIsDilutedByNewcomers() {
        Workforce team = new Workforce(new int[] {10, 0, 0, 0}, 0, 1, 0);
        assertEquals(0, new Workforce(new int[4], 0, 1, 0).meanTenureYears(), 0.0, "nobody: 0");
        for (int week = 0; week < 52; week++) {
            team.accrueTenure();
        }
        assertEquals(1, team.meanTenureYears(), 1e-12);
        team.leave(Workforce.STAFF, 5, 52);
        assertEquals(1, team.meanTenureYears(), 1e-12, "leavers take their share of the tenure");
        team.arrive(Workforce.STAFF, 5, 52);
        assertEquals(0.5, team.meanTenureYears(), 1e-12, "newcomers start at 0");
    }

    @Test
    void cohortsArrivingInDifferentWeeksRampAndLeaveOnTheirOwnClocks() {
        // 1 experienced staff and 1 consultant (partnership 1: weight 1), rampUpWeeks 4, no mentoring.
        // 2 staff join at week 3, 2 consultants at week 5. Week 6: staff have 3 weeks on each,
        // consultants 1: 2 + 6/4 + 2/4 = 4. Week 7: the staff cohort graduates; consultants have
        // 2 weeks on each: 3 + 1 + 4/4 = 5.
        Workforce team = new Workforce(new int[] {1, 1, 0, 0}, 4, 1, 0);
        team.arrive(Workforce.STAFF, 2, 3);
        team.arrive(Workforce.CONSULTANTS, 2, 5);
        team.advance(6);
        assertEquals(4, team.baseCapacity(), 1e-12);
        team.advance(7);
        assertEquals(5, team.baseCapacity(), 1e-12);
        assertEquals(3, team.headcount(Workforce.STAFF));
        // two consultants leave: the experienced one, then one of the cohort (its 2 weeks go too)
        assertEquals(2, team.leave(Workforce.CONSULTANTS, 2, 7));
        assertEquals(3 + 2 / 4.0, team.baseCapacity(), 1e-12);
        // nobody is advanced in between: a leave catches the clock up first (week 9: the cohort graduates)
        assertEquals(0, team.leave(Workforce.VENDOR, 1, 9));
        assertEquals(3 + 1, team.baseCapacity(), 1e-12);
    }

    @Test
    void leaversFromSeveralCohortsTakeEachCohortsOwnWeeks() {
        // staff cohorts of 2 (week 1, slot 1) and 3 (week 2, slot 2), rampUpWeeks 4; at week 3
        // they have 2 and 1 weeks on each: 4 + 3 = 7 weeks on. Three leave: both of slot 1
        // (4 weeks on) and one of slot 2 (1): 2 left with 1 week on each: capacity 2/4.
        Workforce team = new Workforce(new int[] {0, 0, 0, 0}, 4, 1, 0);
        team.arrive(Workforce.STAFF, 2, 1);
        team.arrive(Workforce.STAFF, 3, 2);
        team.advance(3);
        assertEquals(7 / 4.0, team.baseCapacity(), 1e-12);
        assertEquals(3, team.leave(Workforce.STAFF, 3, 3));
        assertEquals(2, team.headcount(Workforce.STAFF));
        assertEquals(2 / 4.0, team.baseCapacity(), 1e-12);
        team.advance(6); // the cohort of week 2 graduates at week 6
        assertEquals(2, team.baseCapacity(), 1e-12);
    }

    @Test
    void anyTypeRampingKeepsTheClockRunning() {
        // two types ramping two people each from week 0: at week 2 each has 2 weeks on, 4/4 + 4/4
        int[][] pairs = {{Workforce.STAFF, Workforce.CONSULTANTS}, {Workforce.STAFF, Workforce.VENDOR},
                {Workforce.STAFF, Workforce.SURGE}};
        for (int[] pair : pairs) {
            Workforce team = new Workforce(new int[] {0, 0, 0, 0}, 4, 1, 0);
            team.arrive(pair[0], 2, 0);
            team.arrive(pair[1], 2, 0);
            team.advance(2);
            assertEquals(2, team.baseCapacity(), 1e-12, "types " + pair[0] + ", " + pair[1]);
        }
    }

    @Test
    void headcountAddsEveryType() {
        Workforce team = new Workforce(new int[] {1, 2, 4, 0}, 0, 1, 0);
        team.arrive(Workforce.SURGE, 8, 0);
        assertEquals(15, team.headcount());
    }
}
