package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.design.DesignedRuns;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.design.Sampling;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Parameter;

/** The model under input designs: given inputs are used as given, and designs are deterministic. */
class SamplingDesignTest {

    private static RolloutModel model() {
        return new RolloutModel(TestScenarios.regional()
                .set(Parameter.BAD_FIX_RATE, new Distribution.Uniform(0.05, 0.10))
                .build(), ModelOptions.DEFAULT);
    }

    private static List<double[]> scalars(MonteCarloModel model, int threads, int first, int runs) {
        OutputSchema schema = model.schema();
        List<double[]> rows = new ArrayList<>();
        try (BatchRunner runner = new BatchRunner(threads)) {
            runner.run(model, 11, first, runs, out -> {
                double[] row = new double[schema.scalarCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = out.get(i);
                }
                rows.add(row);
            }, null, null);
        }
        return rows;
    }

    @Test
    void runsGivenTheirOwnDrawsEqualRunsThatDrawForThemselves() {
        RolloutModel model = model();
        // built directly, so the design step runs even though random sampling would skip it
        DesignedRuns designed = new DesignedRuns(model, InputDesign.independentRandom(model.inputs()));
        List<double[]> own = scalars(model, 1, 250, 12);
        List<double[]> given = scalars(designed, 1, 250, 12);
        for (int r = 0; r < own.size(); r++) {
            assertArrayEquals(own.get(r), given.get(r), "run " + (250 + r));
        }
        assertSame(model, DesignedRuns.of(model, InputDesign.independentRandom(model.inputs())),
                "independent random sampling leaves the model as it is");
    }

    @Test
    void latinHypercubeAndCorrelatedRunsAreTheSameForOneTwoAndEightThreads() {
        RolloutModel model = model();
        InputDesign design = new InputDesign(Sampling.LHS, model.inputs(),
                List.of(new RankCorrelation("effortPerWorkflow", "defectsPerPersonWeek", 0.6)));
        MonteCarloModel designed = new DesignedRuns(model, design);
        List<double[]> one = scalars(designed, 1, 0, 300);
        List<double[]> two = scalars(new DesignedRuns(model, design), 2, 0, 300);
        List<double[]> eight = scalars(new DesignedRuns(model, design), 8, 0, 300);
        for (int r = 0; r < one.size(); r++) {
            assertArrayEquals(one.get(r), two.get(r), "run " + r);
            assertArrayEquals(one.get(r), eight.get(r), "run " + r);
        }
        // a batch continuing at run 270 gets the same runs as one batch from 0
        List<double[]> continued = scalars(new DesignedRuns(model, design), 2, 270, 30);
        for (int r = 0; r < continued.size(); r++) {
            assertArrayEquals(one.get(270 + r), continued.get(r), "run " + (270 + r));
        }
        assertFalse(java.util.Arrays.equals(one.get(0), scalars(model, 1, 0, 1).get(0)), "the design changes the runs");
    }

    @Test
    void givenInputsAreRecordedAsTheRunsSampledParameters() {
        RolloutModel model = model();
        double[] values = new double[model.inputs().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = model.inputs().get(i).quantile(0.9);
        }
        RunOutput out = model.schema().newRunOutput();
        out.reset(3);
        model.run(5, 3, values, out);
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], Runs.get(out, model, model.inputs().get(i).name()), model.inputs().get(i).name());
        }
    }
}
