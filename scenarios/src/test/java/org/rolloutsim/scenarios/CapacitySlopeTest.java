package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Scenario;

/**
 * Check (i) of MODEL.md 11.9: a slope, not a cliff. With regional-phased's team scaled 0.6x, 0.65x,
 * ... 1.2x and everything else fixed, median and P90 completion never fall by more than one go-live
 * window (4 weeks) as the team shrinks, and no 5% step moves either up by more than 12% of its value
 * at the larger team. Once with the default (uncertain) inputs, once with effort per workflow pinned
 * high at 6. 1,000 runs a point with one seed (common random numbers across points). At 0.6x the
 * team P90 lies in a steep tail near the horizon, where 300 runs a point gave a rise from 0.65x to
 * 0.6x under 12% in one build and of 15% (446 to 513 weeks) in the next, which changed only how
 * many customizations small sites ask for (departure 31); with 1,000 runs both builds rise by about
 * 9%, and the quantiles' error between neighbouring points is a few weeks, inside the allowance.
 */
class CapacitySlopeTest {
    private static final int RUNS = 1000;

    @Test
    void completionRisesSmoothlyAsTheTeamShrinks() {
        check(base());
    }

    @Test
    void completionRisesSmoothlyWithEffortPinnedHigh() {
        Scenario s = base();
        check(s.withParameters(s.parameters().with(Parameter.EFFORT_PER_WORKFLOW, Distribution.constant(6))));
    }

    private static Scenario base() {
        return ScenarioLoader.loadBundled("regional-phased").scenarioSet().scenarios().get(0).scenario();
    }

    private static void check(Scenario s) {
        double[] previous = null;
        for (int step = 12; step >= 0; step--) {
            double scale = 0.6 + 0.05 * step;
            double[] q = medianAndP90(s.withTeam(s.team().scaled(scale)));
            if (previous != null) {
                for (int k = 0; k < 2; k++) {
                    String what = (k == 0 ? "median" : "P90") + " at " + String.format("%.2f", scale) + "x: "
                            + q[k] + " weeks, at the larger team " + previous[k];
                    assertTrue(q[k] >= previous[k] - 4, what + " (fell by more than a window)");
                    assertTrue(q[k] <= previous[k] * 1.12, what + " (rose by more than 12%)");
                }
            }
            previous = q;
        }
    }

    private static double[] medianAndP90(Scenario s) {
        RolloutModel model = new RolloutModel(s, ModelOptions.DEFAULT);
        int column = model.schema().scalars().stream().map(x -> x.name()).toList().indexOf("completionWeek");
        RunOutput out = model.schema().newRunOutput();
        double[] weeks = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            out.reset(r);
            model.run(11, r, out);
            weeks[r] = out.get(column);
        }
        Arrays.sort(weeks);
        return new double[] {weeks[RUNS / 2 - 1], weeks[(int) Math.ceil(0.9 * RUNS) - 1]};
    }
}
