package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.ResponseRules;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * Schedule mechanisms of MODEL.md 11.3 checked in a whole run: go-live windows and blackout weeks,
 * and the test-exit criterion. Each test is named after its mechanism and fails when that
 * mechanism alone is removed (unit tests of {@link GoLiveCalendar} and {@link TestCycles} alone
 * cannot see whether the run uses them).
 */
class ScheduleMechanismsTest {
    /** Week 0 of every test scenario (TestScenarios): Monday 4 January 2027, ISO week 1. */
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    /**
     * v2 rules whose programme reviews never respond (no surge, re-baseline or descoping), so only
     * the rule under test moves the plan; windows every 4 weeks, blackout ISO weeks 51-53 and 1.
     */
    static TestScenarios.Builder quietReviews(TestScenarios.Builder b, TimelinePolicy policy, double tolerance,
                                              double overtimeFatigueCap) {
        return b.quietReviews(policy, tolerance, overtimeFatigueCap, ResponseRules.defaults().maxSlipWeeks());
    }

    private static int isoWeek(double week) {
        return START.plusWeeks((long) week).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    // ------------------------------------------------------------------ 11.3 go-live windows

    @Test
    void goLiveWindowsSkipBlackoutWeeks() {
        // v2, one site, readiness 1, nothing random. Baseline go-live 47 (ISO week 48) anchors
        // windows at 47, 51, 55, ...; 51 is 27 December 2027, ISO week 52: a blackout.
        // Build 100 workflows x 3.7 = 370 person-weeks for 10 staff from week 47 - 40 = 7: done
        // in week 43 or 44 (after the planned test start 47 - 2 x 3 - 1 = 40), so the two test
        // cycles end in week 49 or 50 and the gate at 47 fails. The wave moves to the next window
        // outside blackout: 55, not 51 (a blackout) and not 48 (not a window). Deterministic.
        assertEquals(48, isoWeek(47));
        assertEquals(52, isoWeek(51));
        assertEquals(4, isoWeek(55));
        TestScenarios.Builder b = quietReviews(TestScenarios.builder(), TimelinePolicy.SLIP_UNTIL_READY, 0.1, 0.5)
                .site("only", 2000, 1.0, Legacy.PAPER, 1.0, 1.0)
                .staff(10, 1000)
                .practices(40, 2, 3, 12)
                .bigBang(47);
        RolloutModel late = new RolloutModel(b.degenerate().plainBuild()
                .set(Parameter.EFFORT_PER_WORKFLOW, 3.7)
                .build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(late, 1, 0);
        assertEquals(47, Runs.get(out, late, "waves.w1.baselineGoLiveWeek"));
        assertEquals(55, Runs.get(out, late, "waves.w1.goLiveWeek"),
                "a failed gate moves to the next window, past the blackout");
        // A baseline planned in the blackout week itself is snapped to the next window at week 0,
        // and with a gate that passes the wave goes live there.
        TestScenarios.Builder onTime = quietReviews(TestScenarios.builder(), TimelinePolicy.SLIP_UNTIL_READY, 0.1, 0.5)
                .site("only", 2000, 1.0, Legacy.PAPER, 1.0, 1.0)
                .staff(100, 1000)
                .practices(40, 2, 3, 12)
                .bigBang(51);
        RolloutModel snapped = new RolloutModel(onTime.degenerate().plainBuild().build(), ModelOptions.DEFAULT);
        RunOutput s = Runs.one(snapped, 1, 0);
        assertEquals(55, Runs.get(s, snapped, "waves.w1.baselineGoLiveWeek"), "baseline snapped past the blackout");
        assertEquals(55, Runs.get(s, snapped, "waves.w1.goLiveWeek"));
    }

    // ------------------------------------------------------------------ 11.3 test exit

    @Test
    void testExitAddsCyclesWhileTheFindRateHasNotFallen() {
        // v2, one wave, 10,000 latent defects seeded by a certain risk in build, no other defects,
        // detection 0.25, four planned cycles, exit share 0.12, up to 3 extra. Cycle k finds about
        // 0.25 x 0.75^(k-1) of them: after four the last found 0.105 of 0.684 = 0.154 of all
        // found (> 0.12: test again); after five 0.079 of 0.763 = 0.104 (< 0.12: stop). With
        // 10,000 defects each ratio is within 0.004 (one sd) of its mean, so every run tests five
        // times: the residual going live is Binomial(10,000, 0.75^5), all of it counted as
        // production defects; mean over 20 runs within 4 standard errors. The fifth cycle ends in
        // week 92, after the gate at 90, so the wave goes live at the next window, 94. Without the
        // extra cycle the residual is 10,000 x 0.75^4 = 3,164 and the go-live 90.
        Risk seeding = new Risk("seed-defects", "", c(1), 20, 20, null,
                new Risk.Impact(null, null, null, c(10_000), null), null);
        TestScenarios.Builder b = quietReviews(TestScenarios.builder(), TimelinePolicy.SLIP_UNTIL_READY, 0.1, 0.5)
                .site("only", 2000, 1.0, Legacy.PAPER, 1.0, 1.0)
                .staff(1000, 1000)
                .practices(78, 4, 3, 12)
                .commandCentre(1000, 2, 1e6)
                .bigBang(90)
                .risk(seeding);
        RolloutModel m = new RolloutModel(b.degenerate().plainBuild()
                .set(Parameter.TEST_DETECTION, 0.25)
                .set(Parameter.TEST_EXIT_SHARE, 0.12)
                .set(Parameter.MAX_EXTRA_CYCLES, 3)
                .set(Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS, 1e6)
                .set(Parameter.PAUSE_HARM_EVENTS, 1e6)
                .build(), ModelOptions.DEFAULT);
        int runs = 20;
        double[] residual = new double[runs];
        for (int r = 0; r < runs; r++) {
            RunOutput out = Runs.one(m, 13, r);
            residual[r] = Runs.get(out, m, "productionDefects");
            assertEquals(10_000, Runs.get(out, m, "testDefects") + residual[r], "every seeded defect accounted for");
            assertEquals(94, Runs.get(out, m, "waves.w1.goLiveWeek"), "run " + r + ": one window late");
        }
        double q = Math.pow(0.75, 5);
        double se = Math.sqrt(10_000 * q * (1 - q) / runs);
        assertEquals(10_000 * q, Runs.mean(residual), 4 * se, "residual after five cycles");
        assertTrue(Runs.mean(residual) < 10_000 * Math.pow(0.75, 4) - 20 * se, "fewer than after four");
    }
}
