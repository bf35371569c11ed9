package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.SiteOrder;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * The defect flow of MODEL.md 3 and 7 that {@link MechanismEffectsTest} leaves out: whole-defect
 * fixes with their carry, the customization defect uplift, the square-root learning factor on
 * injection, surfacing and {@code criticalShare} in production, and silo incidents. Each test is
 * named after its mechanism and fails when that mechanism alone is removed.
 */
class DefectFlowMechanismsTest {

    /** One wave with {@code known} defects found (testDetection 1), no build work, fixEffort 0.25. */
    private static WaveBuild knownDefects(long known, double criticalShare) {
        WaveBuild b = new WaveBuild(new double[] {0}, new double[] {1}, new double[] {0}, 0, 0.25, 0, 1.0, 0,
                criticalShare, 0, 0, 0, 0);
        b.addLatent(0, known);
        b.testCycle(0, RandomStream.of(1, 0, "defects"));
        return b;
    }

    // ------------------------------------------------------------------ 3. work, defects, testing

    @Test
    void wholeDefectFixesWithCarry() {
        // fixes are floor(effort / fixEffort), the remainder carried to next week: at 0.375 pw a
        // week and 0.25 pw a defect, 1 fix (0.125 carried), then 2 (0.5 / 0.25), 1, 2: 6 in 4 weeks,
        // where dropping the remainder would give 4 and fractional fixes 6 after week 3 already.
        // Binary fractions: exact.
        for (double critical : new double[] {0, 1}) {
            WaveBuild b = knownDefects(100, critical);
            assertEquals((long) (100 * critical), b.knownCritical(0));
            long[] expected = {99, 97, 96, 94};
            for (int week = 0; week < 4; week++) {
                b.rework(0, 0.375, 1);
                assertEquals(expected[week], b.known(0), "critical share " + critical + ", week " + week);
            }
        }
        // the command centre's incident fixing carries its remainder the same way (MODEL.md 7)
        CommandCentre cc = new CommandCentre(new long[] {1_000_000}, 0.375, 0.25, 0, 0, 0, 0.5, 1e9, 1e9, 1, false);
        RandomStream stream = RandomStream.of(1, 0, "live");
        cc.cutOver(0, 0, 100, 0, 1.0, false, stream);
        long[] open = {99, 97, 96, 94};
        for (int week = 0; week < 4; week++) {
            cc.week(0, 0, stream);
            assertEquals(open[week], cc.openIncidents(0), "command centre, week " + week);
        }
    }

    @Test
    void customizationDefectUplift() {
        // injection is multiplied by 1 + customizationDefectUplift * approvedCustomizations: with
        // A = Poisson(20) requests all approved, 10^6 units built at 1 defect each give
        // Poisson(10^6 (1 + 0.05 A)), about twice as many as without. Tolerance 4 sd of the Poisson.
        for (double uplift : new double[] {0.05, 0}) {
            WaveBuild b = new WaveBuild(new double[] {1e6}, new double[] {1}, new double[] {20}, 1.0, 0.25, 1.0,
                    1.0, 0, 0, uplift, 0, 0, 0);
            RandomStream stream = RandomStream.of(4, 0, "customization");
            b.customization(0, stream, false);
            long approved = b.customizationsApproved();
            assertTrue(approved > 5, "approved " + approved);
            b.rework(0, 1e6, 1);
            b.injectDefects(0, 1, 1, stream);
            double mean = 1e6 * (1 + uplift * approved);
            assertEquals(mean, b.latentAtGoLive(0), 4 * Math.sqrt(mean), "uplift " + uplift);
        }
    }

    /**
     * Two single-site waves 110 weeks apart: w1 (2000 users, enterprise and localization, 150 pw)
     * is stabilized by week 91, long before w2 (8000 users, localization only, 120 units of work)
     * starts its build at week 122, so all of w2 is built with one site stabilized.
     */
    private static TestScenarios.Builder learningPair(double learningRate) {
        return TestScenarios.builder()
                .site("a", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .site("b", 8000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .staff(100, 3000)
                .phased(2, 90, 110, SiteOrder.LISTED)
                .policy(TimelinePolicy.FIXED_DATE)
                .practices(78, 1, 3, 12)
                .degenerate()
                .set(Parameter.DEFECTS_PER_PERSON_WEEK, 5)
                .set(Parameter.TEST_DETECTION, 1.0)
                .set(Parameter.LEARNING_RATE, learningRate)
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0);
    }

    @Test
    void squareRootLearningFactorOnDefectInjection() {
        // With one site stabilized, effort per unit is (1 + 1)^log2(rate) = rate and injection per
        // unit scales by sqrt(rate): at rate 0.64, w2's 120 units inject 5 * 120 * 0.8 = 480
        // defects, not 600 (no learning) or 384 (the full factor); w1's 150 inject 750. Every
        // injected defect is found in test or surfaces in production. Poisson over 50 runs:
        // tolerance 4 standard errors, sqrt(1230 / 50) = 5.0 each.
        int runs = 50;
        for (double rate : new double[] {0.64, 1.0}) {
            RolloutModel m = new RolloutModel(learningPair(rate).build(), ModelOptions.DEFAULT);
            double[] test = Runs.column(m, 9, runs, "testDefects");
            double[] production = Runs.column(m, 9, runs, "productionDefects");
            double[] injected = new double[runs];
            for (int r = 0; r < runs; r++) {
                injected[r] = test[r] + production[r];
            }
            double mean = 750 + 5 * 120 * Math.sqrt(rate);
            assertEquals(mean, Runs.mean(injected), 4 * Math.sqrt(mean / runs), "learning rate " + rate);
            RolloutRun run = m.newRun(9, 0, m.schema().newRunOutput());
            run.run();
            assertEquals(120 * rate, run.buildEffortSpent(1), 1e-9, "w2's effort follows the learning curve");
        }
    }

    // ------------------------------------------------------------------ 7. go-live and after

    @Test
    void surfacingRateOfProductionDefects() {
        // each production defect surfaces with probability surfaceRate a week and becomes an open
        // incident: the first week of 100000 gives Binomial(100000, rate), tolerance 4 sd; nothing
        // is fixed (no command centre, no team share)
        for (double rate : new double[] {0.25, 0.1}) {
            CommandCentre cc = new CommandCentre(new long[] {1000}, 0, 0.2, rate, 0, 0, 0.5, 1e9, 1e9, 1, false);
            RandomStream stream = RandomStream.of(6, 0, "live");
            cc.cutOver(0, 100_000, 0, 0, 1.0, false, stream);
            cc.week(0, 0, stream);
            double mean = 100_000 * rate;
            assertEquals(mean, cc.productionDefects(), 4 * Math.sqrt(mean * (1 - rate)), "rate " + rate);
            assertEquals(cc.productionDefects(), cc.openIncidents(0));
            assertEquals(cc.productionDefects(), cc.incidents());
            // the second week draws from what is left
            cc.week(0, 0, stream);
            double second = mean + (100_000 - mean) * rate;
            assertEquals(second, cc.productionDefects(), 4 * Math.sqrt(100_000 * rate * (1 - rate) * 2), "rate " + rate);
        }
    }

    @Test
    void criticalShareOfProductionDefects() {
        // each surfacing defect is critical with probability criticalShare; at harmRate 2 and R = 1
        // every critical one harms (2 * (1.5 - 1) = 1), so harm counts the critical ones:
        // Binomial(100000, share), all surfacing in the first week. Tolerance 4 sd.
        for (double share : new double[] {0.05, 0.2}) {
            CommandCentre cc = new CommandCentre(new long[] {1000}, 0, 0.2, 1.0, share, 2, 0.5, 1e9, 1e9, 1, false);
            RandomStream stream = RandomStream.of(7, 0, "live");
            cc.cutOver(0, 100_000, 0, 0, 1.0, false, stream);
            cc.week(0, 0, stream);
            assertEquals(100_000, cc.productionDefects());
            double mean = 100_000 * share;
            assertEquals(mean, cc.patientSafetyEvents(), 4 * Math.sqrt(mean * (1 - share)), "share " + share);
        }
    }

    /**
     * One site with nothing to build goes live at week 100 with no interface maintenance: integrity
     * falls by entropyRate 0.0625 a week, below 0.8 from its fourth live week. The command centre
     * stays 40 weeks; nothing else makes an incident (no defects).
     */
    static TestScenarios.Builder unmaintainedEstate(double siloIncidentRate) {
        TestScenarios.Builder b = TestScenarios.builder()
                .modules(new Module("core", 0))
                .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .practices(100, 0, 3, 12)
                .bigBang(100)
                .commandCentre(20, 40, 0.5)
                .policy(TimelinePolicy.FIXED_DATE)
                .degenerate()
                .set(Parameter.ENTROPY_RATE, 0.0625)
                .set(Parameter.SILO_INCIDENT_RATE, siloIncidentRate)
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0);
        b.maintenanceFte = c(0);
        return b;
    }

    @Test
    void siloIncidentsInSiloWeeks() {
        // each silo week adds Poisson(siloIncidentRate) incidents to the programme: E = rate x
        // siloWeeks (deterministic here: 37, weeks 103 to 139). Over 100 runs, tolerance 4
        // standard errors, sqrt(2 * 37 / 100) = 0.86. v1: they are no wave's, so the command
        // centre still leaves after its 40 weeks.
        RolloutModel m = new RolloutModel(unmaintainedEstate(2).build(), ModelOptions.DEFAULT);
        int runs = 100;
        double[] incidents = Runs.column(m, 13, runs, "incidents");
        double[] silo = Runs.column(m, 13, runs, "siloWeeks");
        assertEquals(37, silo[0], "silo weeks");
        assertEquals(37, Runs.max(silo));
        assertEquals(2 * 37, Runs.mean(incidents), 4 * Math.sqrt(2 * 37.0 / runs));
        assertEquals(139, Runs.get(Runs.one(m, 13, 0), m, "waves.w1.stabilizedWeek"));
        RolloutModel none = new RolloutModel(unmaintainedEstate(0).build(), ModelOptions.DEFAULT);
        assertEquals(0, Runs.max(Runs.column(none, 13, 5, "incidents")), "no silo incidents at rate 0");
    }

    @Test
    void harmAndHiresReachTheRunsOutputs() {
        // the harm counted by the command centre and the replacements that arrived are the run's
        // outputs: 2000 production defects, all critical, harm probability 1 (harmRate 2, R = 1),
        // surfacing at 1 a week; 20 staff leaving at 0.52 a year are replaced 2 weeks later
        TestScenarios.Builder b = TestScenarios.builder()
                .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .staff(20, 3000)
                .bigBang(90)
                .practices(78, 0, 3, 12)
                .policy(TimelinePolicy.FIXED_DATE)
                .degenerate()
                .set(Parameter.DEFECTS_PER_PERSON_WEEK, 10)
                .set(Parameter.CRITICAL_SHARE, 1)
                .set(Parameter.SURFACE_RATE, 1)
                .set(Parameter.HARM_RATE, 2)
                .set(Parameter.ANNUAL_ATTRITION, 0.52);
        b.team = new org.rolloutsim.scenario.Team(new org.rolloutsim.scenario.Team.Member(c(20), c(3000)), null, null,
                c(2), c(0), null);
        RolloutModel m = new RolloutModel(b.build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(m, 3, 0);
        double production = Runs.get(out, m, "productionDefects");
        assertTrue(production > 1000, "production defects " + production);
        assertEquals(production, Runs.get(out, m, "patientSafetyEvents"), "every surfacing defect harms");
        assertTrue(Runs.get(out, m, "hires") > 0);
        assertTrue(Runs.get(out, m, "hires") <= Runs.get(out, m, "leavers"));
    }
}
