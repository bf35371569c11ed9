package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.random.RandomStream;

/** A wave's build state on its own: the rework cycle's arithmetic, moved work, tests, customizations. */
class WaveBuildTest {

    /** Waves with the given work, no customization, fixEffort 0.25, testDetection 1, nothing critical. */
    private static WaveBuild waves(double... work) {
        int n = work.length;
        return new WaveBuild(work, new double[n], new double[n], 0, 0.25, 0, 1.0, 0, 0, 0, 0, 0, 0);
    }

    private static void find(WaveBuild b, int w, long defects) {
        b.addLatent(w, defects);
        b.testCycle(w, RandomStream.of(1, w, "defects"));
    }

    @Test
    void buildAndOtherDefectsShareTheEffortInProportionToWhatIsLeft() {
        // W = 10 pw and 40 known defects at 0.25 pw (10 pw): 4 pw split 2 / 2. At learning
        // multiplier 2 the 2 pw build 1 unit; the other 2 fix 8 defects. Exact in binary.
        WaveBuild b = waves(10);
        find(b, 0, 40);
        assertEquals(40, b.known(0));
        assertEquals(20, b.remainingEffort(0), 1e-12, "10 pw of build + 40 x 0.25");
        b.rework(0, 4, 2);
        assertEquals(9, b.work(0), 1e-12);
        assertEquals(32, b.known(0));
        assertEquals(2, b.effortSpent(0), 1e-12, "effort spent counts the learning multiplier");
        assertEquals(0.9, b.shareLeft(0), 1e-12);
        // no effort: nothing moves, and the week's build and fixes are zero
        b.rework(0, 0, 1);
        assertEquals(9, b.work(0), 1e-12);
        assertEquals(32, b.known(0));
    }

    @Test
    void buildWorkIsDoneWhenWithinRoundingOfZero() {
        WaveBuild b = waves(1);
        b.rework(0, 1 - 1e-12, 1);
        assertTrue(b.buildComplete(0));
        assertEquals(0, b.work(0), 0.0, "a remainder below 1e-9 is rounded to nothing");
        assertEquals(0, b.shareLeft(0), 0.0);
    }

    @Test
    void aDeferredModuleMovesItsShareOfRemainingAndPlannedWork() {
        // wave 0 planned 100, 40 left; a quarter of it (10 pw, and 25 of its plan) moves to wave 1,
        // whose plan grows by what it received
        WaveBuild b = waves(100, 20);
        b.rework(0, 60, 1);
        assertEquals(40, b.work(0), 1e-12);
        assertEquals(10, b.moveWork(0, 1, 0.25), 1e-12);
        assertEquals(30, b.work(0), 1e-12);
        assertEquals(30, b.work(1), 1e-12);
        assertEquals(75, b.plannedWork(0), 1e-12);
        assertEquals(30, b.plannedWork(1), 1e-12);
        assertEquals(0.4, b.shareLeft(0), 1e-12);
        assertEquals(1, b.shareLeft(1), 1e-12);
    }

    @Test
    void shareLeftOfAWaveWithNoPlannedWork() {
        WaveBuild b = waves(0, 0);
        assertEquals(0, b.shareLeft(0), 0.0, "nothing planned, nothing left");
        b.addWork(1, 5);
        assertEquals(1, b.shareLeft(1), 0.0, "work that arrived unplanned is all left");
        assertEquals(0, b.plannedWork(1), 0.0);
    }

    @Test
    void testCyclesCountWhatTheyFindAndLatentDefectsCanBeTaken() {
        WaveBuild b = waves(0);
        find(b, 0, 30);
        find(b, 0, 12);
        assertEquals(12, b.lastFound(0));
        assertEquals(42, b.totalFound(0));
        assertEquals(42, b.testDefects());
        b.addLatent(0, 7);
        assertEquals(7, b.latentAtGoLive(0));
        assertEquals(7, b.takeLatent(0));
        assertEquals(0, b.latentAtGoLive(0), "taken");
        b.goLive(0, false);
        assertEquals(0, b.known(0));
    }

    @Test
    void approvedCustomizationsAddInterfaces() {
        // interfacesPerCustomization 0.5 for each approved request; approval 1, Poisson(20) a week
        WaveBuild b = new WaveBuild(new double[] {0}, new double[] {1}, new double[] {20}, 1.0, 0.25, 0, 1, 0, 0, 0,
                0.5, 0, 0);
        b.customization(0, RandomStream.of(2, 0, "customization"), false);
        long approved = b.customizationsApproved();
        assertTrue(approved > 0);
        assertEquals(approved, b.customizationsRequested());
        assertEquals(0.5 * approved, b.addedInterfaces(0), 1e-12);
        assertEquals(0, b.work(0), 0.0, "customizationEffort 0 adds no work");
    }

    /**
     * Departure 29: once a wave's approved customizations have added more than twice its planned
     * build, its scope is frozen. Planned build 10 person-weeks and Poisson(2) approved requests a
     * week of 3 person-weeks each (6 a week): the freeze comes when they pass 20, so at most one
     * week's approvals past it (their Poisson tail is negligible beyond 20 person-weeks more);
     * requests are still raised and counted, all turned down. Without the freeze (v1) they pile up.
     */
    @Test
    void customizationsStopOnceTheyHaveAddedTwiceThePlannedBuild() {
        WaveBuild frozen = new WaveBuild(new double[] {10}, new double[] {1}, new double[] {2}, 1.0, 0.25, 0, 1, 0, 0,
                0, 0, 3, 0);
        WaveBuild open = new WaveBuild(new double[] {10}, new double[] {1}, new double[] {2}, 1.0, 0.25, 0, 1, 0, 0,
                0, 0, 3, 0);
        RandomStream a = RandomStream.of(5, 0, "customization");
        RandomStream b = RandomStream.of(5, 0, "customization");
        for (int week = 0; week < 200; week++) {
            frozen.customization(0, a, true);
            open.customization(0, b, false);
        }
        assertTrue(frozen.scopeFrozen(0));
        assertFalse(open.scopeFrozen(0));
        double added = frozen.work(0) - 10;
        assertTrue(added > 20 && added <= 40, "added " + added);
        assertEquals(3.0 * frozen.customizationsApproved(), added, 1e-9);
        assertEquals(open.customizationsRequested(), frozen.customizationsRequested(), "requests still raised");
        assertTrue(open.work(0) > 10 + 1000, "without the freeze: " + open.work(0));
    }

    /**
     * The effort k approved customizations add is one lognormal draw with mean 3k and variance 4k
     * (each lognormal mean 3, sd 2): the standardized increment (X - 3k) / sqrt(4k) has mean 0 and
     * variance 1 whatever k. Tolerances: 4 standard errors of the mean; 0.1 for the variance,
     * about 4 of its standard errors given the lognormal's kurtosis (about 11 at k = 1).
     */
    private static void customizationEffortHasTheSumsMeanAndVariance(double rate, int weeks, long seed) {
        WaveBuild b = new WaveBuild(new double[] {0}, new double[] {1}, new double[] {rate}, 1.0, 0.25, 0, 1, 0, 0, 0,
                0, 3, 2);
        RandomStream stream = RandomStream.of(seed, 0, "customization");
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        long before = 0;
        double work = 0;
        for (int week = 0; week < weeks; week++) {
            b.customization(0, stream, false);
            long k = b.customizationsApproved() - before;
            before = b.customizationsApproved();
            double added = b.work(0) - work;
            work = b.work(0);
            if (k == 0) {
                assertEquals(0, added, 0.0);
                continue;
            }
            double z = (added - 3 * k) / Math.sqrt(4.0 * k);
            sum += z;
            sumSq += z * z;
            n++;
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        assertEquals(0, mean, 4 / Math.sqrt(n), "rate " + rate);
        assertEquals(1, variance, 0.1, "rate " + rate);
    }

    @Test
    void customizationEffortOfSeveralRequestsIsOneDrawWithTheirSumsMeanAndVariance() {
        customizationEffortHasTheSumsMeanAndVariance(2, 20_000, 3);   // k mostly 1 to 5: cached shapes
        customizationEffortHasTheSumsMeanAndVariance(60, 5_000, 4);  // k above 31: computed each time
    }
}
