package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.SiteOrder;

/** Customization pressure and decision rights (MODEL.md 4). */
class CustomizationTest {

    private static TestScenarios.Builder sites(Legacy legacy, double approval) {
        TestScenarios.Builder b = TestScenarios.builder().staff(200, 3000);
        for (int i = 0; i < 4; i++) {
            b.site("s" + i, 2000, 1.0, legacy, 0.5, 0.6);
        }
        return b.phased(2, 90, 20, SiteOrder.LISTED).approval(approval);
    }

    @Test
    void approvalZeroMeansNoCustomizationWork() {
        // with no customization, the build effort is exactly the scoped work: compare with a
        // scenario where requests are switched off altogether, under the same random numbers
        RolloutModel none = new RolloutModel(sites(Legacy.HOMEGROWN, 0).build(), ModelOptions.DEFAULT);
        RolloutModel off = new RolloutModel(sites(Legacy.HOMEGROWN, 0)
                .set(Parameter.CUSTOMIZATION_RATE, 0).build(), ModelOptions.DEFAULT);
        for (int r = 0; r < 10; r++) {
            RunOutput out = Runs.one(none, 3, r);
            assertTrue(Runs.get(out, none, "customizationsRequested") > 0, "requests are still raised");
            assertEquals(0, Runs.get(out, none, "customizationsApproved"));
            RolloutRun a = none.newRun(3, r, none.schema().newRunOutput());
            a.run();
            RolloutRun b = off.newRun(3, r, off.schema().newRunOutput());
            b.run();
            for (int w = 0; w < 2; w++) {
                assertEquals(b.buildEffortSpent(w), a.buildEffortSpent(w), 1e-9, "run " + r + " wave " + w);
            }
        }
    }

    @Test
    void approvedCustomizationsAddWork() {
        RolloutModel strict = new RolloutModel(sites(Legacy.HOMEGROWN, 0).build(), ModelOptions.DEFAULT);
        RolloutModel lax = new RolloutModel(sites(Legacy.HOMEGROWN, 0.9).build(), ModelOptions.DEFAULT);
        RolloutRun a = strict.newRun(3, 0, strict.schema().newRunOutput());
        a.run();
        RolloutRun b = lax.newRun(3, 0, lax.schema().newRunOutput());
        b.run();
        assertTrue(b.buildEffortSpent(0) > a.buildEffortSpent(0) + 10);
    }

    @Test
    void homegrownSitesRaiseMoreRequestsThanPaperOnes() {
        int runs = 100;
        double[] homegrown = Runs.column(new RolloutModel(sites(Legacy.HOMEGROWN, 0.3).build(), ModelOptions.DEFAULT),
                9, runs, "customizationsRequested");
        double[] paper = Runs.column(new RolloutModel(sites(Legacy.PAPER, 0.3).build(), ModelOptions.DEFAULT),
                9, runs, "customizationsRequested");
        // legacyPressure 2.0 vs 0.6: the ratio of means should be near 3.3 (same build windows)
        double ratio = Runs.mean(homegrown) / Runs.mean(paper);
        assertEquals(2.0 / 0.6, ratio, 0.35, "ratio of mean requests");
    }

    /**
     * In v2 a site smaller than 2,000 users raises requests in proportion to its size factor,
     * (users / 2000)^sizeElasticity, as its localization work shrinks (departure 31): four clinics
     * of 500 users against four hospitals of 2,000, at elasticity 0.5, ask half as often. The same
     * runs (common random numbers) and the same build windows (no request approved) leave mostly
     * the Poisson counts to differ: a few hundred requests a run, tens of thousands over 100 runs,
     * so the ratio's standard error is under 0.01; 0.05 is more than five of them, room for a build
     * window that differs by a week. A bigger site asks as a 2,000-user one does, and v1
     * ({@code response: none}) keeps MODEL.md's rate per site whatever its size.
     */
    @Test
    void smallerSitesRaiseFewerRequests() {
        double hospitals = meanRequests(sized(2000, Response.STANDARD));
        assertEquals(Math.sqrt(500 / 2000.0), meanRequests(sized(500, Response.STANDARD)) / hospitals, 0.05,
                "clinics against hospitals");
        assertEquals(1, meanRequests(sized(8000, Response.STANDARD)) / hospitals, 0.05, "big hospitals against hospitals");
        assertEquals(1, meanRequests(sized(500, Response.NONE)) / meanRequests(sized(2000, Response.NONE)), 0.05,
                "clinics against hospitals in v1");
    }

    private static double meanRequests(TestScenarios.Builder b) {
        return Runs.mean(Runs.column(new RolloutModel(b.build(), ModelOptions.DEFAULT), 9, 100, "customizationsRequested"));
    }

    private static TestScenarios.Builder sized(int users, Response response) {
        TestScenarios.Builder b = TestScenarios.builder().response(response).staff(200, 3000)
                .set(Parameter.SIZE_ELASTICITY, 0.5);
        for (int i = 0; i < 4; i++) {
            b.site("s" + i, users, 1.0, Legacy.VENDOR, 0.5, 0.6);
        }
        return b.phased(2, 90, 20, SiteOrder.LISTED).approval(0);
    }

    @Test
    void approvalRateGovernsTheShareApproved() {
        RolloutModel model = new RolloutModel(sites(Legacy.VENDOR, 0.3).build(), ModelOptions.DEFAULT);
        double[] requested = Runs.column(model, 2, 100, "customizationsRequested");
        double[] approved = Runs.column(model, 2, 100, "customizationsApproved");
        double total = Runs.mean(requested) * 100;
        // share approved of about 10^4 requests: binomial sd of the share is under 0.005
        assertEquals(0.3, Runs.mean(approved) * 100 / total, 0.02);
    }

    @Test
    void higherApprovalLowersMinimumIntegrity() {
        int runs = 60;
        RolloutModel strict = new RolloutModel(TestScenarios.regional().approval(0.1).build(), ModelOptions.DEFAULT);
        RolloutModel lax = new RolloutModel(TestScenarios.regional().approval(0.8).build(), ModelOptions.DEFAULT);
        double[] a = Runs.column(strict, 6, runs, "minIntegrity");
        double[] b = Runs.column(lax, 6, runs, "minIntegrity");
        assertTrue(Runs.mean(b) < Runs.mean(a) - 0.05, "lax " + Runs.mean(b) + " vs strict " + Runs.mean(a));
    }
}
