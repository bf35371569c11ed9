package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Scenario;

/**
 * {@code delayCostPerDay} is charged wave by wave, for each week a wave is not live past its own
 * baseline go-live (docs/model.md 7), not for the programme's lateness against its target: runs
 * that finish well before the target still carry it. Its description, the starter template's comment
 * and the docs must say so; they had said "what one day of delay of the whole programme costs".
 */
class DelayCostTest {

    private static final String TWO_WAVES = """
            name: Two waves, far target
            program: {budget: 1.0e9, targetWeek: 400, delayCostPerDay: 100000}
            team: {staff: {fte: 40, weeklyCost: 2000}}
            modules: [{id: inpatient, workflows: 200}]
            sites: [{id: a, users: 1500}, {id: b, users: 500}]
            strategy: {kind: phased, waves: 2, firstGoLiveWeek: 100, spacingWeeks: 20}
            """;

    @Test
    void runsThatFinishByTheTargetStillPayForWavesLiveAfterTheirBaseline() {
        LoadResult r = ScenarioLoader.load("delay.yaml", TWO_WAVES.getBytes(StandardCharsets.UTF_8), List.of());
        assertTrue(r.isOk(), r.errorText());
        Scenario s = r.scenarioSet().scenarios().get(0).scenario();
        RolloutModel model = new RolloutModel(s, ModelOptions.DEFAULT);
        List<String> names = model.schema().scalars().stream().map(x -> x.name()).toList();
        int completion = names.indexOf("completionWeek");
        int delay = names.indexOf("cost.delay");
        RunOutput out = model.schema().newRunOutput();
        int onTimeWithDelayCost = 0;
        for (int run = 0; run < 200; run++) {
            out.reset(run);
            model.run(3, run, out);
            if (out.get(completion) <= 400 && out.get(delay) > 0) {
                onTimeWithDelayCost++;
            }
        }
        assertTrue(onTimeWithDelayCost > 0, "some of 200 runs finish by week 400 with a wave late on its own plan");
    }

    @Test
    void theFieldSaysWhatTheModelCharges() {
        String description = ScenarioFields.sections().get("program").stream()
                .filter(f -> f.name().equals("delayCostPerDay")).findFirst().orElseThrow().description();
        assertTrue(description.contains("for every week it is not live past its own baseline go-live, even when the"
                + " programme still finishes by its target"), description);
        assertTrue(ScenarioTemplate.starter().contains("for every week it is live later than its own planned go-live"),
                "the starter template's comment");
    }
}
