package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * Team mechanisms of MODEL.md 5 and 11.1 checked in a whole run, where a unit test of the class
 * alone cannot see whether the run wires the mechanism in. Each test is named after its mechanism
 * and fails when that mechanism alone is removed.
 */
class TeamMechanismsTest {

    @Test
    void fatigueTargetUsesAbsoluteHoursInAManagedRun() {
        // A v2 run whose build far outruns its team: 4000 person-weeks for 20 staff, so every
        // week from the first on the payroll is worked at the maximum h = 1 + maxOvertime = 1.25.
        // No chronic fatigue, no wellness, and a rest cap of 1 that the fatigue of MODEL.md 11.1
        // never reaches, so the target is (h - 1) / fatigueHoursScale = 0.25 / 0.4 = 0.625 every
        // week. Fatigue starts at 0 and moves 1/8 of the way a week: it never passes 0.625 and,
        // after the 70-odd weeks at maximum hours before go-live, is within 0.625 (7/8)^70 < 1e-4
        // of it. Deterministic: tolerance 1e-3. With v1's scale (maxOvertime) the target is 1.
        TestScenarios.Builder b = ScheduleMechanismsTest.quietReviews(TestScenarios.builder(),
                TimelinePolicy.HOLD_THE_LINE, 0.1, 1.0)
                .site("a", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .staff(20, 3000)
                .bigBang(100);
        RolloutModel m = new RolloutModel(b.degenerate().plainBuild()
                .set(Parameter.EFFORT_PER_WORKFLOW, 40.0)
                .set(Parameter.MAX_OVERTIME, 0.25)
                .set(Parameter.FATIGUE_HOURS_SCALE, 0.4)
                .build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(m, 1, 0);
        double peak = Runs.get(out, m, "peakFatigue");
        assertEquals(0.625, peak, 1e-3, "peak fatigue at sustained h = 1.25");
        assertTrue(peak <= 0.625 + 1e-12, "fatigue never passes its target: " + peak);
        assertTrue(Runs.get(out, m, "cost.overtime") > 0, "the team did work overtime");
    }
}
