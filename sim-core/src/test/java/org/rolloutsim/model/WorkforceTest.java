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
}
