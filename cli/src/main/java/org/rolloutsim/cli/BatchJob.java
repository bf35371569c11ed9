package org.rolloutsim.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.design.DesignedRuns;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.design.Sampling;
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
     * The sampling design and the scenario's correlations between inputs this model samples. With
     * --mitigated, a risk's own inputs give way to its mitigation's: a correlation naming one its
     * mitigation replaced is left out, and one naming an impact field the mitigation carries over
     * holds for it under its mitigated name, unless the correlations also name that field under its
     * mitigated name (they then say what it is correlated with, and renaming could not be checked).
     */
    static InputDesign design(RolloutModel model, List<RankCorrelation> correlations, Sampling sampling) {
        Set<String> written = new HashSet<>();
        correlations.forEach(c -> written.addAll(List.of(c.first(), c.second())));
        Function<String, Optional<String>> sampled = name -> model.uncertainInputNamed(name)
                .filter(used -> used.equals(name) || !written.contains(used));
        List<RankCorrelation> used = new ArrayList<>();
        for (RankCorrelation c : correlations) {
            Optional<String> first = sampled.apply(c.first());
            Optional<String> second = sampled.apply(c.second());
            if (first.isPresent() && second.isPresent()) {
                used.add(new RankCorrelation(first.get(), second.get(), c.rank()));
            }
        }
        return new InputDesign(sampling, model.inputs(), used);
    }
}
