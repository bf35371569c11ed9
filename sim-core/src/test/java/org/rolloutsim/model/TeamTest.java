package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Team;

/** The team (MODEL.md 5): attrition, replacement, fatigue under concurrency. */
class TeamTest {

    /**
     * Nothing to build, a big bang at week 100 with build from week 0, no overtime and no chronic
     * fatigue, so fatigue stays 0; replacements would arrive after the horizon.
     */
    private static TestScenarios.Builder idleTeam(int people, double annualAttrition, double hiringLag) {
        return TestScenarios.builder()
                .modules(new Module("core", 0))
                .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .team(new Team(new Team.Member(TestScenarios.c(people), TestScenarios.c(1000)), null, null,
                        TestScenarios.c(hiringLag), TestScenarios.c(12), null))
                .practices(100, 0, 3, 12)
                .bigBang(100)
                .degenerate()
                .set(Parameter.ANNUAL_ATTRITION, annualAttrition)
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0);
    }

    @Test
    void leaversWithFixedFatigueAndNoReplacementFollowTheSurvivalCurve() {
        int n = 1000;
        double annual = 0.26; // 0.005 a week
        RolloutModel model = new RolloutModel(idleTeam(n, annual, 10_000).build(), ModelOptions.DEFAULT);
        int runs = 200;
        double[] leavers = new double[runs];
        double weeks = -1;
        for (int r = 0; r < runs; r++) {
            RunOutput out = Runs.one(model, 21, r);
            leavers[r] = Runs.get(out, model, "leavers");
            weeks = Runs.get(out, model, "completionWeek") + 1; // attrition weeks 0..completion
            assertEquals(0, Runs.get(out, model, "peakFatigue"), "fatigue held at 0");
            assertEquals(0, Runs.get(out, model, "hires"), "no replacement inside the horizon");
        }
        double a = annual / 52;
        double q = 1 - Math.pow(1 - a, weeks);
        // leavers ~ Binomial(N, q): tolerance 4 standard errors of the mean
        double se = Math.sqrt(n * q * (1 - q) / runs);
        assertEquals(n * q, Runs.mean(leavers), 4 * se, "over " + weeks + " weeks");
    }

    @Test
    void leaversAreReplacedAfterTheHiringLag() {
        RolloutModel model = new RolloutModel(idleTeam(1000, 0.26, 10).build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 5, 0);
        double leavers = Runs.get(out, model, "leavers");
        double hires = Runs.get(out, model, "hires");
        assertTrue(hires > 0 && hires <= leavers, "hires " + hires + " of leavers " + leavers);
        // nobody who left in the last 10 weeks is back yet, everyone who left earlier is
        assertTrue(leavers - hires < 0.005 * 1000 * 10 * 3, "only the last lag's leavers are missing");
        assertEquals(leavers * 50_000, Runs.get(out, model, "cost.replacement"), 1e-6);
    }

    @Test
    void aBigBangCarriesHigherPeakFatigueThanSixWaves() {
        int runs = 100;
        RolloutModel phased = new RolloutModel(TestScenarios.regional().build(), ModelOptions.DEFAULT);
        RolloutModel bigBang = new RolloutModel(TestScenarios.regional().bigBang(170).build(), ModelOptions.DEFAULT);
        double[] p = Runs.column(phased, 8, runs, "peakFatigue");
        double[] b = Runs.column(bigBang, 8, runs, "peakFatigue");
        // means differ by many standard errors in practice (about 0.20 vs 0.65); require 4
        double se = Math.sqrt((Runs.sd(p) * Runs.sd(p) + Runs.sd(b) * Runs.sd(b)) / runs);
        assertTrue(Runs.mean(b) - Runs.mean(p) > 4 * se,
                "big bang " + Runs.mean(b) + " vs phased " + Runs.mean(p) + " (se " + se + ")");
    }

    @Test
    void fundedWellnessLowersFatigueAndAttrition() {
        int runs = 100;
        RolloutModel plain = new RolloutModel(TestScenarios.regional().bigBang(170).build(), ModelOptions.DEFAULT);
        RolloutModel cared = new RolloutModel(TestScenarios.regional().bigBang(170).wellness(50).build(),
                ModelOptions.DEFAULT);
        assertTrue(Runs.mean(Runs.column(cared, 4, runs, "meanFatigue"))
                < Runs.mean(Runs.column(plain, 4, runs, "meanFatigue")));
        assertTrue(Runs.mean(Runs.column(cared, 4, runs, "cost.wellness")) > 0);
    }
}
