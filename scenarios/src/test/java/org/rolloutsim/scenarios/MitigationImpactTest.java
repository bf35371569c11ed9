package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;

/**
 * A mitigation changes only what it writes: without an {@code impact} it lowers the probability and
 * leaves the impact as it was; an impact field it does not write keeps the risk's own value; a
 * field written 0 is gone. Before, a mitigation without an impact meant an impact of nothing, so
 * under {@code --mitigated} the risk still occurred but cost nothing and delayed nothing.
 */
class MitigationImpactTest {

    private static final String SCENARIO = """
            name: Mitigated risk
            program: {budget: 2.0e7, targetWeek: 130}
            team: {staff: {fte: 40, weeklyCost: 2000}}
            modules: [{id: inpatient, workflows: 200}]
            sites: [{id: a, users: 1500}, {id: b, users: 500}]
            strategy: {kind: big-bang, goLiveWeek: 90}
            risks:
              - id: migration
                probability: 0.5
                window: [20, 80]
                impact: {delayWeeks: {triangular: [4, 8, 20]}, cost: 3.0e6, defects: 100}
                mitigation: %s
            """;

    @Test
    void aMitigationWithoutAnImpactKeepsTheRisksOwnImpact() {
        Risk.Impact own = risk("{probability: 0.2, cost: 1.5e6}").impact();
        assertEquals(own, risk("{probability: 0.2, cost: 1.5e6}").mitigation().impact());
        assertEquals(new Risk.Impact(new Distribution.Triangular(4, 8, 20), Distribution.constant(3.0e6), null,
                Distribution.constant(100), null), own);
    }

    @Test
    void eachImpactFieldItDoesNotWriteKeepsTheRisksOwnValue() {
        Risk.Impact mitigated = risk("{probability: 0.2, impact: {delayWeeks: 2, defects: 0}}").mitigation().impact();
        assertEquals(Distribution.constant(2), mitigated.delayWeeks(), "written: replaced");
        assertEquals(Distribution.constant(0), mitigated.defects(), "written 0: gone");
        assertEquals(Distribution.constant(3.0e6), mitigated.cost(), "not written: the risk's own");
    }

    /**
     * Post-mitigation runs of the mitigation without an impact and of the same mitigation with the
     * risk's impact written out are the same runs (same seed), delays and costs included.
     */
    @Test
    void underMitigationTheOmittedImpactRunsAsIfWrittenOut() {
        String written = "{probability: 0.2, cost: 1.5e6, impact: {delayWeeks: {triangular: [4, 8, 20]}, cost: 3.0e6,"
                + " defects: 100}}";
        double[] omitted = completionAndCost(load("{probability: 0.2, cost: 1.5e6}"));
        double[] full = completionAndCost(load(written));
        assertEquals(full[0], omitted[0], 0.0, "completion weeks");
        assertEquals(full[1], omitted[1], 0.0, "total cost");
        double[] none = completionAndCost(load("{probability: 0.2, cost: 1.5e6, impact: {delayWeeks: 0, cost: 0,"
                + " defects: 0}}"));
        assertTrue(none[1] < omitted[1], "an impact written as nothing costs less than the risk's own");
    }

    private static Risk risk(String mitigation) {
        return load(mitigation).risks().get(0);
    }

    private static Scenario load(String mitigation) {
        String text = String.format(SCENARIO, mitigation);
        LoadResult result = ScenarioLoader.load("mitigation.yaml", text.getBytes(StandardCharsets.UTF_8), List.of());
        assertTrue(result.isOk(), result.errorText());
        return result.scenarioSet().scenarios().get(0).scenario();
    }

    /** Sums over 400 post-mitigation runs of completion week and total cost. */
    private static double[] completionAndCost(Scenario s) {
        RolloutModel model = new RolloutModel(s, new ModelOptions(true));
        List<String> names = model.schema().scalars().stream().map(x -> x.name()).toList();
        int completion = names.indexOf("completionWeek");
        int cost = names.indexOf("totalCost");
        assertTrue(completion >= 0 && cost >= 0, names.toString());
        RunOutput out = model.schema().newRunOutput();
        double[] sums = new double[2];
        for (int r = 0; r < 400; r++) {
            out.reset(r);
            model.run(7, r, out);
            sums[0] += out.get(completion);
            sums[1] += out.get(cost);
        }
        return sums;
    }
}
