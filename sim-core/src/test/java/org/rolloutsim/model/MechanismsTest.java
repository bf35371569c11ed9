package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.TimelinePolicy;

/** The small mechanisms of a run, each on its own. */
class MechanismsTest {

    @Test
    void newcomersRampUpLinearlyAndCostMentoring() {
        // 10 experienced staff; 4 newcomers arrive in week 0 with a 4-week ramp-up and 0.25 mentoring
        Workforce team = new Workforce(new int[] {10, 0, 0}, 4, 0.7, 0.25);
        team.arrive(Workforce.STAFF, 4, 0);
        double[] expected = {10 + 0 - 1, 10 + 4 * 0.25 - 1, 10 + 4 * 0.5 - 1, 10 + 4 * 0.75 - 1, 14};
        for (int week = 0; week <= 4; week++) {
            team.advance(week);
            assertEquals(expected[week], team.baseCapacity(), 1e-12, "week " + week);
        }
        assertEquals(14, team.headcount());
    }

    @Test
    void partnershipWeighsConsultantsAndVendor() {
        Workforce team = new Workforce(new int[] {10, 10, 10}, 12, 0.5, 0.25);
        team.advance(0);
        assertEquals(10 + 2 * 10 * (0.7 + 0.3 * 0.5), team.baseCapacity(), 1e-12);
    }

    @Test
    void leaversTakeTheExperiencedFirstAndTheMeanTenure() {
        Workforce team = new Workforce(new int[] {10, 0, 0}, 4, 1, 0);
        for (int week = 0; week < 52; week++) {
            team.advance(week);
            team.accrueTenure();
        }
        assertEquals(1.0, team.meanTenureYears(), 1e-12);
        assertEquals(5, team.leave(Workforce.STAFF, 5, 52));
        assertEquals(1.0, team.meanTenureYears(), 1e-12, "leavers take the mean tenure with them");
        team.arrive(Workforce.STAFF, 5, 52);
        assertEquals(0.5, team.meanTenureYears(), 1e-12, "newcomers dilute tenure");
        assertEquals(20, team.leave(Workforce.STAFF, 20, 53) + 10, "no more can leave than there are");
    }

    @Test
    void fatigueApproachesItsTargetWithItsTimeConstant() {
        TeamFatigue f = new TeamFatigue(8, 0, 0.25, 0, 0.4, 1.0, 0.05);
        for (int week = 0; week < 8; week++) {
            f.week(1.25, 0); // full overtime: target 1
        }
        assertEquals(1 - Math.pow(1 - 1.0 / 8, 8), f.level(), 1e-12);
        assertEquals(1 - 0.4 * f.level(), f.productivity(), 1e-12);
        assertEquals(1 + f.level(), f.errorMultiplier(), 1e-12);
        double before = f.level();
        f.celebrate();
        assertEquals(before - 0.05, f.level(), 1e-12);
        TeamFatigue rested = new TeamFatigue(8, 0.05, 0.25, 0.1, 0.4, 1.0, 0.05);
        rested.week(1.0, 1.0); // chronic 0.05 minus wellness 0.1: target clamps at 0
        assertEquals(0, rested.level());
    }

    @Test
    void integrityDecaysWhenInterfacesOutgrowMaintenanceAndRecoversOtherwise() {
        Interoperability estate = new Interoperability(100, 0.05, 0.01);
        estate.goLive(100);
        assertFalse(estate.week());
        assertEquals(1, estate.minIntegrity(), 1e-12, "fully maintained estate stays whole");
        estate.goLive(300); // a quarter maintained
        int silo = 0;
        for (int week = 0; week < 1000; week++) {
            silo += estate.week() ? 1 : 0;
        }
        // fixed point: 0.05 (1 - I) 0.25 = 0.01 * 0.75  ->  I = 0.4, approached at 1.25% a week
        assertEquals(0.4, estate.minIntegrity(), 0.001);
        assertTrue(silo > 150 && silo == estate.siloWeeks());
    }

    @Test
    void gateFollowsTheTimelinePolicy() {
        Gate slip = new Gate(TimelinePolicy.SLIP_UNTIL_READY, 0.75, 0.1, 0);
        Gate hold = new Gate(TimelinePolicy.HOLD_THE_LINE, 0.75, 0.1, 0);
        Gate fixed = new Gate(TimelinePolicy.FIXED_DATE, 0.75, 0.1, 0);
        assertTrue(slip.goesLive(true, true, 0.75, 0));
        assertFalse(slip.goesLive(true, true, 0.74, 0));
        assertFalse(slip.goesLive(true, false, 0.9, 0));
        assertFalse(slip.goesLive(true, true, 0.9, 1));
        assertTrue(hold.goesLive(false, true, 0.66, 0), "within tolerance, build unfinished");
        assertFalse(hold.goesLive(true, true, 0.64, 0));
        assertFalse(hold.goesLive(true, false, 0.9, 0), "tests must be complete");
        assertTrue(fixed.goesLive(false, false, 0, 99));
    }

    @Test
    void commandCentreStandsDownAfterItsMinimumWeeksOnceTheBacklogIsLow() {
        long[] users = {10_000};
        // 20 FTE at efficiency 1 fix 100 incidents a week at 0.2 pw each; nothing surfaces
        CommandCentre cc = new CommandCentre(users, 20, 0.2, 0.25, 0, 0, 0.5, 20, 3, 0.7, false);
        RandomStream stream = RandomStream.of(1, 0, "test");
        cc.cutOver(0, 0, 250, 0, 1.0, false, stream);
        assertEquals(250, cc.incidents());
        assertEquals(0, cc.week(0, 0, stream), "150 open: not allowed to exit yet, under the pause line");
        assertEquals(150, cc.openIncidents(0));
        cc.allowExit(0);
        assertEquals(0, cc.week(0, 0, stream), "50 open = 5 per thousand: above the exit line");
        assertEquals(CommandCentre.STABILIZED, cc.week(0, 0, stream));
    }

    @Test
    void aLargeBacklogTriggersOnePauseOnly() {
        long[] users = {1_000};
        CommandCentre cc = new CommandCentre(users, 1, 0.2, 0.25, 0, 0, 0.5, 20, 3, 0.7, false);
        RandomStream stream = RandomStream.of(1, 0, "test");
        cc.cutOver(0, 0, 100, 0, 1.0, true, stream);
        assertEquals(CommandCentre.PAUSE, cc.week(0, 0, stream) & CommandCentre.PAUSE);
        assertEquals(0, cc.week(0, 0, stream) & CommandCentre.PAUSE, "a wave triggers at most one pause");
    }

    @Test
    void waveStreamsAreTheNamedSourcesOfEachWave() {
        WaveStreams streams = new WaveStreams(42, 7, WaveStreams.sources("defects", new String[] {"w1", "w2"}));
        RandomStream byName = RandomStream.of(42, 7, "defects/w2");
        RandomStream byHash = streams.of(1);
        for (int i = 0; i < 5; i++) {
            assertEquals(byName.nextDouble(), byHash.nextDouble());
        }
        assertTrue(streams.of(1) == byHash, "one stream per wave and run, created once");
    }

    @Test
    void fixedRatePoissonDrawsTheSameAsSummingTermByTerm() {
        // inversion by summing exp(-m) m^k / k! from 0, as a reference
        for (double mean : new double[] {0.7, 6.3, 25}) {
            FixedRatePoisson table = new FixedRatePoisson(mean);
            RandomStream a = RandomStream.of(3, 0, "p");
            RandomStream b = RandomStream.of(3, 0, "p");
            for (int i = 0; i < 20_000; i++) {
                assertEquals(FixedRatePoissonTest.bySumming(mean, b.nextDouble()), table.sample(a),
                        "draw " + i + " of mean " + mean);
            }
        }
    }

    @Test
    void fixedRatePoissonHasTheRightMeanAndVariance() {
        for (double mean : new double[] {0.3, 2.5, 12, 45}) {
            FixedRatePoisson poisson = new FixedRatePoisson(mean);
            RandomStream stream = RandomStream.of(7, 0, "poisson");
            int n = 200_000;
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                long k = poisson.sample(stream);
                sum += k;
                sq += (double) k * k;
            }
            double m = sum / n;
            double v = sq / n - m * m;
            // sd of the sample mean is sqrt(mean/n); of the sample variance about mean*sqrt(2/n):
            // 5 standard errors
            assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean " + mean);
            assertEquals(mean, v, 5 * mean * Math.sqrt(2.0 / n) + 5 * Math.sqrt(mean / n), "variance " + mean);
        }
        assertEquals(0, new FixedRatePoisson(0).sample(RandomStream.of(1, 1, "x")));
    }
}
