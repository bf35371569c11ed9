package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * Each site's own complexity, leadership and readiness reach the run: a big bang of three sites
 * that differ in each, so a run that read one site's inputs for another's would show it.
 */
class SiteInputsTest {
    private static final double[] COMPLEXITY = {0.8, 1.0, 1.4};
    private static final double[] LEADERSHIP = {0.1, 0.6, 0.9};
    private static final double[] READINESS = {0.2, 0.5, 0.7};

    /** Three sites of 2000 users (size factor 1), paper legacy (effort 1); v1, fixed date at 90. */
    private static TestScenarios.Builder threeSites() {
        TestScenarios.Builder b = TestScenarios.builder();
        for (int s = 0; s < 3; s++) {
            b.site("s" + s, 2000, COMPLEXITY[s], Legacy.PAPER, LEADERSHIP[s], READINESS[s]);
        }
        return b.bigBang(90)
                .staff(100, 1000)
                .policy(TimelinePolicy.FIXED_DATE)
                .degenerate()
                .set(Parameter.ENTERPRISE_SHARE, 0)
                .set(Parameter.EFFORT_PER_WORKFLOW, 1)
                .set(Parameter.LEGACY_EFFORT_PAPER, 1)
                .set(Parameter.PRODUCTIVITY_DIP, 0.2)
                .set(Parameter.RECOVERY_WEEKS, 4)
                .set(Parameter.HOURS_PER_WEEK, 40)
                .set(Parameter.USER_HOUR_VALUE, 50)
                .set(Parameter.TRAINING_RATE, 0.05)
                .set(Parameter.CHANGE_CAPACITY_USERS, 1e9);
    }

    @Test
    void eachSitesComplexityAndReadinessSetItsWorkAndGoLiveDip() {
        // One preparation week and no training: one staff member builds 1 pw in week 89 of the
        // 1 pw x 100 workflows x the sum of complexities 3.2 = 320 pw, so 319 are unfinished at the
        // go-live; readiness is still each site's baseline. Dip per site: 0.2 x (1.5 - R) x
        // complexity, for 2000 users at 40 x 50 a week, over 1 / (1 - e^(-1/4)) weeks at full loss.
        RolloutModel m = new RolloutModel(threeSites().staff(1, 1000).set(Parameter.LEARNING_RATE, 1)
                .practices(1, 0, 3, 0).build(), ModelOptions.DEFAULT);
        RolloutRun run = m.newRun(1, 0, m.schema().newRunOutput());
        for (int s = 0; s < 3; s++) {
            assertEquals(READINESS[s], run.startReadiness(s), 1e-12, "site " + s);
        }
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(319, Runs.get(out, m, "unfinishedWorkAtGoLive"), 1e-9);
        double recovery = 1 / (1 - Math.exp(-1.0 / 4));
        double expected = 0;
        for (int s = 0; s < 3; s++) {
            expected += 2000 * 40 * 50 * 0.2 * (1.5 - READINESS[s]) * COMPLEXITY[s] * recovery;
        }
        assertEquals(expected, Runs.get(out, m, "cost.productivityLoss"), 1e-6 * expected);
    }

    @Test
    void eachSitesLeadershipSetsItsTrainingGain() {
        // Twelve training weeks before go-live at full support (change capacity far above the
        // trainees): each site reaches 1 - (1 - R0)(1 - 0.05 x leadership)^12, and the wave's
        // readiness at go-live is their mean (equal users). v1 has no leadership floor: site 0
        // trains at its own leadership 0.1, not the v2 floor of 0.2.
        RolloutModel m = new RolloutModel(threeSites().practices(78, 0, 3, 12).build(), ModelOptions.DEFAULT);
        RolloutRun run = m.newRun(1, 0, m.schema().newRunOutput());
        run.run();
        double expected = 0;
        for (int s = 0; s < 3; s++) {
            expected += (1 - (1 - READINESS[s]) * Math.pow(1 - 0.05 * LEADERSHIP[s], 12)) / 3;
        }
        assertEquals(expected, run.readinessAtGoLive(0), 1e-12);
    }
}
