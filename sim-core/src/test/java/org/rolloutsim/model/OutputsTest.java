package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.OutputSchema.Kind;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Risk;

/** The agreed output names, the weekly series and the cost identities. */
class OutputsTest {
    private static final List<String> OUTPUTS = List.of("completionWeek", "censored", "programCost", "totalCost",
            "cost.team", "cost.overtime", "cost.replacement", "cost.wellness", "cost.commandCentre", "cost.atElbow",
            "cost.interfaceMaintenance", "cost.training", "cost.fixed", "cost.risk", "cost.mitigation",
            "cost.productivityLoss", "cost.delay", "unfinishedWorkAtGoLive", "peakFatigue", "meanFatigue", "leavers",
            "hires", "customizationsRequested", "customizationsApproved", "testDefects", "productionDefects",
            "incidents", "patientSafetyEvents", "minIntegrity", "siloWeeks", "pauses", "weeksPaused", "risksOccurred");

    private static RolloutModel model() {
        return new RolloutModel(TestScenarios.regional()
                .risk(new Risk("vendor-upgrade", "", TestScenarios.c(0.3), 40, 120, null,
                        new Risk.Impact(new Distribution.Triangular(2, 4, 12), null, null, null, null), null))
                .build(), ModelOptions.DEFAULT);
    }

    @Test
    void schemaUsesTheAgreedNames() {
        RolloutModel model = model();
        OutputSchema schema = model.schema();
        for (String name : OUTPUTS) {
            int i = schema.requireScalar(name);
            assertEquals(Kind.OUTPUT, schema.scalars().get(i).kind(), name);
        }
        for (PlannedWave w : model.plan()) {
            for (String field : List.of("plannedGoLiveWeek", "goLiveWeek", "stabilizedWeek", "slipWeeks")) {
                schema.requireScalar("waves." + w.id() + "." + field);
            }
        }
        for (String name : List.of("effortPerWorkflow", "defectsPerPersonWeek", "testDetection", "customizationRate",
                "annualAttrition", "trainingRate", "harmRate", "productivityDip", "recoveryWeeks", "learningRate",
                "pauseWeeks", "program.fixedCosts.infrastructure.amount", "risks.vendor-upgrade.impact.delayWeeks")) {
            assertEquals(Kind.PARAMETER, schema.scalars().get(schema.requireScalar(name)).kind(), name);
        }
        assertEquals(Kind.RISK, schema.scalars().get(schema.requireScalar("risks.vendor-upgrade.occurred")).kind());
        assertEquals(List.of("cumulativeProgramCost", "sitesLive", "fatigue", "openDefects", "headcount"), schema.series());
        assertEquals(520, schema.maxWeeks());
    }

    @Test
    void costsAddUpAndSeriesFollowTheConvention() {
        RolloutModel model = model();
        OutputSchema schema = model.schema();
        for (int r = 0; r < 20; r++) {
            RunOutput out = Runs.one(model, 12, r);
            double program = 0;
            double total = 0;
            for (CostCategory c : CostCategory.ALL) {
                double x = Runs.get(out, model, "cost." + c.key());
                assertTrue(x >= 0, c.key());
                total += x;
                if (c.isProgramCost()) {
                    program += x;
                }
            }
            assertEquals(program, Runs.get(out, model, "programCost"), 1e-6 * program);
            assertEquals(total, Runs.get(out, model, "totalCost"), 1e-6 * total);
            // licences 1.5e8 are paid in full whatever the run's length
            assertTrue(Runs.get(out, model, "cost.fixed") >= 1.5e8 + 6e7 - 1);

            int end = (int) Runs.get(out, model, "completionWeek");
            int cost = schema.seriesIndex("cumulativeProgramCost");
            assertEquals(end + 1, out.weeks(), "a run records its weeks up to the one it ended in");
            float previous = 0;
            for (int w = 0; w < out.weeks(); w++) {
                assertTrue(out.series(cost, w) >= previous, "cumulative cost never falls");
                previous = out.series(cost, w);
            }
            assertEquals((float) Runs.get(out, model, "programCost"), out.series(cost, end),
                    "the cumulative series ends at the programme cost");
            assertEquals(12, out.series(schema.seriesIndex("sitesLive"), end), "every site live at the end");
            assertTrue(out.series(schema.seriesIndex("headcount"), end) > 0);
            // after the end, readers hold the running cost and sites live, and read 0 for the rest
            assertTrue(schema.holdsAfterEnd(cost));
            assertTrue(schema.holdsAfterEnd(schema.seriesIndex("sitesLive")));
            assertFalse(schema.holdsAfterEnd(schema.seriesIndex("headcount")));
            assertFalse(schema.holdsAfterEnd(schema.seriesIndex("fatigue")));
            assertFalse(schema.holdsAfterEnd(schema.seriesIndex("openDefects")));
            double peak = 0;
            for (int w = 0; w <= end; w++) {
                peak = Math.max(peak, out.series(schema.seriesIndex("fatigue"), w));
            }
            assertEquals(Runs.get(out, model, "peakFatigue"), peak, 1e-6);
        }
    }

    @Test
    void perWaveSlipIsGoLiveMinusBaseline() {
        RolloutModel model = model();
        for (int r = 0; r < 20; r++) {
            RunOutput out = Runs.one(model, 13, r);
            for (PlannedWave w : model.plan()) {
                String at = "waves." + w.id() + ".";
                assertEquals(w.goLiveWeek(), Runs.get(out, model, at + "baselineGoLiveWeek"));
                assertEquals(Runs.get(out, model, at + "goLiveWeek") - w.goLiveWeek(),
                        Runs.get(out, model, at + "slipWeeks"));
                assertTrue(Runs.get(out, model, at + "stabilizedWeek") >= Runs.get(out, model, at + "goLiveWeek"));
                assertTrue(Runs.get(out, model, at + "goLiveWeek") >= w.goLiveWeek(), "never earlier than planned");
            }
        }
    }
}
