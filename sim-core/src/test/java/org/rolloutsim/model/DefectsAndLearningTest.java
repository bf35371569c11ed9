package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.TimelinePolicy;

/** MODEL.md 10 (b) the geometric decay of latent defects under testing, (c) the learning curve. */
class DefectsAndLearningTest {

    /**
     * A wave with no build injection and no bad fixes receives U0 latent defects from a certain risk
     * in week 5, then runs k test cycles; at go-live what is left becomes production defects, all of
     * which surface (counted at stabilization). So productionDefects is the residual after k cycles.
     */
    private static RolloutModel testingOnly(int cycles, double detection, int u0) {
        Risk seeding = new Risk("seed-defects", "", c(1), 5, 5, null,
                new Risk.Impact(null, null, null, c(u0), null), null);
        return new RolloutModel(TestScenarios.builder()
                .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .staff(50, 1000)
                .practices(78, cycles, 3, 12)
                .bigBang(60)
                .degenerate()
                .set(Parameter.TEST_DETECTION, detection)
                .set(Parameter.HARM_RATE, 0)
                .risk(seeding)
                .build(), ModelOptions.DEFAULT);
    }

    @Test
    void residualDefectsFollowGeometricDecay() {
        int u0 = 1000;
        double p = 0.35;
        int runs = 300;
        for (int k = 0; k <= 5; k++) {
            double[] residual = Runs.column(testingOnly(k, p, u0), 11, runs, "productionDefects");
            double q = Math.pow(1 - p, k);
            double expected = u0 * q;
            // the residual is Binomial(U0, (1-p)^k): tolerance 4 standard errors of the mean
            double se = Math.sqrt(u0 * q * (1 - q) / runs);
            assertEquals(expected, Runs.mean(residual), Math.max(4 * se, 1e-9), "after " + k + " cycles");
        }
    }

    @Test
    void testDefectsAndProductionDefectsAccountForEverySeededDefect() {
        RolloutModel model = testingOnly(3, 0.35, 500);
        for (int r = 0; r < 20; r++) {
            RunOutput out = Runs.one(model, 3, r);
            assertEquals(500, Runs.get(out, model, "testDefects") + Runs.get(out, model, "productionDefects"));
        }
    }

    /**
     * Five identical single-site waves, 100 weeks apart with 50 weeks of prep, so each is built
     * after the one before has stabilized. No enterprise share: each wave's build is 100 pw of
     * localization. With n sites stabilized the effort is 100 * max(floor, (1+n)^log2(rate)).
     */
    private static RolloutModel learningScenario(boolean embedding, double rate) {
        TestScenarios.Builder b = TestScenarios.builder().staff(10, 1000).practices(50, 1, 3, 12);
        List<Strategy.WaveSpec> waves = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            b.site("s" + i, 2000, 1.0, Legacy.PAPER, 0.5, 1.0);
            waves.add(new Strategy.WaveSpec("w" + i, List.of("s" + i), null, 60 + 100 * i));
        }
        return new RolloutModel(b.strategy(new Strategy.ExplicitWaves(waves, 8))
                .embedding(embedding)
                .degenerate()
                .set(Parameter.EFFORT_PER_WORKFLOW, 1.0)
                .set(Parameter.ENTERPRISE_SHARE, 0.0)
                .set(Parameter.LEARNING_RATE, rate)
                .set(Parameter.LEARNING_FLOOR, 0.5)
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0)
                .policy(TimelinePolicy.SLIP_UNTIL_READY)
                .build(), ModelOptions.DEFAULT);
    }

    @Test
    void effortOfTheNthSiteFollowsTheLearningCurve() {
        double rate = 0.8;
        RolloutModel model = learningScenario(false, rate);
        RolloutRun run = model.newRun(1, 0, model.schema().newRunOutput());
        run.run();
        for (int n = 0; n < 5; n++) {
            double expected = 100 * Math.max(0.5, Math.pow(1 + n, Math.log(rate) / Math.log(2)));
            assertEquals(expected, run.buildEffortSpent(n), 1e-6, "site " + (n + 1));
        }
        // 100, 80, 70.2, 64, 59.6: the second site costs 80% of the first
        assertEquals(80, run.buildEffortSpent(1), 1e-6);
    }

    @Test
    void embeddingLearnsFasterAtTheDerivedRate() {
        RolloutModel model = learningScenario(true, 0.8);
        RolloutRun run = model.newRun(1, 0, model.schema().newRunOutput());
        run.run();
        // learningRateEmbedded defaults to learningRate - 0.05 = 0.75
        double expected = 100 * Math.pow(2, Math.log(0.75) / Math.log(2));
        assertEquals(expected, run.buildEffortSpent(1), 1e-6);
        assertTrue(run.buildEffortSpent(4) < learningScenarioEffort(4), "embedded learning is steeper");
    }

    private static double learningScenarioEffort(int wave) {
        RolloutModel model = learningScenario(false, 0.8);
        RolloutRun run = model.newRun(1, 0, model.schema().newRunOutput());
        run.run();
        return run.buildEffortSpent(wave);
    }
}
