package org.rolloutsim.cli;

import java.util.List;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.design.DesignedRuns;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.design.Sampling;
import org.rolloutsim.design.UncertainInput;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.scenarios.NamedScenario;

/**
 * One scenario's batch as a {@link BatchEngine} gets it: the scenario, the model its runs come from
 * here (the roll-out model under the sampling design), the seed, the run count, what rebuilds
 * that model elsewhere ({@link #model(NamedScenario, boolean, Sampling)} from the scenario's
 * canonical JSON, mitigation and sampling), and whether its statistics collect weekly fans (an
 * engine that makes runs elsewhere need not gather fans no output shows).
 */
public record BatchJob(NamedScenario scenario, MonteCarloModel model, long seed, int runs, boolean mitigated,
                       Sampling sampling, boolean weeklyFans) {

    /** The model {@code rollout} runs for this scenario, mitigation and sampling: what an executor rebuilds. */
    public static MonteCarloModel model(NamedScenario scenario, boolean mitigated, Sampling sampling) {
        RolloutModel model = new RolloutModel(scenario.scenario(), new ModelOptions(mitigated));
        return DesignedRuns.of(model, design(model, scenario.scenario().correlations(), sampling));
    }

    /**
     * The sampling design and the scenario's correlations between inputs this model samples (with
     * --mitigated, a risk's own inputs give way to its mitigation's, and correlations naming them
     * are left out).
     */
    static InputDesign design(RolloutModel model, List<RankCorrelation> correlations, Sampling sampling) {
        List<String> names = model.inputs().stream().map(UncertainInput::name).toList();
        List<RankCorrelation> used = correlations.stream()
                .filter(c -> names.contains(c.first()) && names.contains(c.second())).toList();
        return new InputDesign(sampling, model.inputs(), used);
    }
}
