package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.Targets;
import org.rolloutsim.stats.WeeklyFan;

/** MODEL.md 10 (e) and (f): same seed, same numbers, whatever the threads. */
class ReproducibilityTest {

    private static RolloutModel model() {
        return new RolloutModel(TestScenarios.regional()
                .risk(new Risk("vendor-upgrade", "", TestScenarios.c(0.5), 40, 120, null,
                        new Risk.Impact(new Distribution.Triangular(2, 4, 12), TestScenarios.c(3e6), null, null, null),
                        null))
                .build(), ModelOptions.DEFAULT);
    }

    /** Every scalar and every recorded week of every series, as raw bits. */
    private static long[] fingerprint(RunOutput out, OutputSchema schema) {
        List<Long> bits = new ArrayList<>();
        for (int i = 0; i < schema.scalarCount(); i++) {
            bits.add(Double.doubleToRawLongBits(out.get(i)));
        }
        bits.add((long) out.weeks());
        for (int s = 0; s < schema.seriesCount(); s++) {
            for (int w = 0; w < out.weeks(); w++) {
                bits.add((long) Float.floatToRawIntBits(out.series(s, w)));
            }
        }
        return bits.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void runningOneScenarioTwiceWithOneSeedGivesIdenticalOutputs() {
        RolloutModel a = model();
        RolloutModel b = model();
        for (int r = 0; r < 30; r++) {
            assertArrayEquals(fingerprint(Runs.one(a, 77, r), a.schema()), fingerprint(Runs.one(b, 77, r), b.schema()),
                    "run " + r);
        }
        assertNotEquals(Runs.get(Runs.one(a, 77, 0), a, "totalCost"), Runs.get(Runs.one(a, 78, 0), a, "totalCost"),
                "another seed gives other numbers");
    }

    @Test
    void oneThreadAndSeveralThreadsGiveIdenticalOutputs() {
        RolloutModel model = model();
        List<long[]> single = new ArrayList<>();
        List<long[]> several = new ArrayList<>();
        try (BatchRunner one = new BatchRunner(1); BatchRunner three = new BatchRunner(3)) {
            one.run(model, 5, 300, out -> single.add(fingerprint(out, model.schema())), null, null);
            three.run(model, 5, 300, out -> several.add(fingerprint(out, model.schema())), null, null);
        }
        assertEquals(single.size(), several.size());
        for (int r = 0; r < single.size(); r++) {
            assertArrayEquals(single.get(r), several.get(r), "run " + r);
        }
    }

    /**
     * With worker threads, the threads that made the runs feed them to one set of weekly fans, a
     * block at a time, in no fixed order: every fan must equal one thread's, past the 1,024 runs
     * where weeks leave kept values for counts and buckets.
     */
    @Test
    void fansGatheredOnSeveralThreadsEqualOneThreadsFans() {
        RolloutModel model = model();
        BatchStatistics single = new BatchStatistics(model.schema());
        BatchStatistics several = new BatchStatistics(model.schema());
        try (BatchRunner one = new BatchRunner(1); BatchRunner three = new BatchRunner(3)) {
            one.run(model, 5, 1300, single, null, null);
            three.run(model, 5, 1300, several, null, null);
        }
        Targets targets = Targets.of(model.scenario().program());
        List<WeeklyFan> a = single.summary(targets).fans();
        List<WeeklyFan> b = several.summary(targets).fans();
        assertEquals(a.size(), b.size());
        for (int s = 0; s < a.size(); s++) {
            assertEquals(a.get(s).weeks(), b.get(s).weeks());
            for (int w = 0; w < a.get(s).weeks(); w++) {
                String where = a.get(s).series() + " week " + w;
                assertEquals(a.get(s).p10(w), b.get(s).p10(w), where);
                assertEquals(a.get(s).p50(w), b.get(s).p50(w), where);
                assertEquals(a.get(s).p90(w), b.get(s).p90(w), where);
            }
        }
        assertEquals(single.runs(), several.runs());
    }

    @Test
    void addingAnUncertainInputDoesNotShiftAnotherInputsDraws() {
        RolloutModel base = model();
        RolloutModel more = new RolloutModel(TestScenarios.regional()
                .risk(new Risk("vendor-upgrade", "", TestScenarios.c(0.5), 40, 120, null,
                        new Risk.Impact(new Distribution.Triangular(2, 4, 12), TestScenarios.c(3e6), null, null, null),
                        null))
                .set(Parameter.BAD_FIX_RATE, new Distribution.Uniform(0.05, 0.10))
                .build(), ModelOptions.DEFAULT);
        for (int r = 0; r < 10; r++) {
            RunOutput a = Runs.one(base, 9, r);
            RunOutput b = Runs.one(more, 9, r);
            for (String name : List.of("effortPerWorkflow", "testDetection", "learningRate",
                    "risks.vendor-upgrade.impact.delayWeeks", "program.fixedCosts.infrastructure.amount")) {
                assertEquals(Runs.get(a, base, name), Runs.get(b, more, name), name);
            }
            assertEquals(Runs.get(a, base, "risks.vendor-upgrade.occurred"),
                    Runs.get(b, more, "risks.vendor-upgrade.occurred"));
        }
    }
}
