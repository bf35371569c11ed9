package org.rolloutsim.report.view;

/**
 * The results of one scenario or variant in a comparison. Runs of all variants share run indexes
 * (common random numbers), so {@code completion.values()[i]} of two variants are a pair.
 *
 * @param name          variant name as the planner wrote it
 * @param completion    completion week per run
 * @param cost          programme cost per run
 * @param censoredRuns  runs not finished by the horizon
 * @param probabilities on-time, on-budget and joint confidence against the comparison's target and budget
 * @param description   what the variant is, in the planner's words (may be empty)
 * @param lowestUnfinishedCost the lowest programme cost among its runs not finished by the horizon
 *                      (summary.json's {@code metrics.programCost.censoredMin}); NaN when none, or when
 *                      not given, and then taken from the per-run values (see {@link #horizonRule()})
 * @param scenarioHash  the hash of the scenario as simulated (its canonical content), or {@code null} when
 *                      not known: two variants with the same hash ran the same scenario on the same random
 *                      numbers, so their run i is one and the same run (see {@link #sameScenarioAs})
 */
public record VariantResult(String name, RunDistribution completion, RunDistribution cost,
                            int censoredRuns, Probabilities probabilities, String description,
                            double lowestUnfinishedCost, String scenarioHash) {

    /** A variant whose scenario's hash is not known. */
    public VariantResult(String name, RunDistribution completion, RunDistribution cost, int censoredRuns,
                         Probabilities probabilities, String description, double lowestUnfinishedCost) {
        this(name, completion, cost, censoredRuns, probabilities, description, lowestUnfinishedCost, null);
    }

    /** A variant whose lowest unfinished cost is taken from its per-run values. */
    public VariantResult(String name, RunDistribution completion, RunDistribution cost, int censoredRuns,
                         Probabilities probabilities, String description) {
        this(name, completion, cost, censoredRuns, probabilities, description, Double.NaN);
    }

    /** A variant without a description. */
    public VariantResult(String name, RunDistribution completion, RunDistribution cost, int censoredRuns,
                         Probabilities probabilities) {
        this(name, completion, cost, censoredRuns, probabilities, "");
    }

    public VariantResult {
        if (name == null || completion == null || cost == null || probabilities == null) {
            throw new IllegalArgumentException("name, completion, cost and probabilities are required");
        }
        description = description == null ? "" : description;
    }

    /**
     * The completion week of a run not finished by the horizon: the horizon itself, which no run that
     * finished reaches, so the largest value; infinite when every run finished (or no run is held).
     */
    public double horizon() {
        return censoredRuns > 0 && completion.hasValues() ? completion.max() : Double.POSITIVE_INFINITY;
    }

    /**
     * The horizon's rule for this variant's figures (a date "or later", "at least" a cost), as the run
     * report and the console apply it: its week is {@link #horizon()}, and a cost is cut at or above
     * {@code lowestUnfinishedCost} (when not given, the lowest cost of the runs whose completion is
     * the horizon); with every run finished it cuts nothing.
     */
    public Horizon horizonRule() {
        if (censoredRuns == 0 || !completion.hasValues()) {
            return new Horizon(Integer.MAX_VALUE, 0, completion.runs());
        }
        double lowest = Double.isNaN(lowestUnfinishedCost) ? Horizon.lowestUnfinished(completion, cost, horizon())
                : lowestUnfinishedCost;
        return new Horizon((int) completion.max(), censoredRuns, completion.runs(), lowest);
    }

    /** True when both ran the scenario of one known hash: their runs are the same runs, pair by pair. */
    public boolean sameScenarioAs(VariantResult other) {
        return scenarioHash != null && other != null && scenarioHash.equals(other.scenarioHash);
    }

    /** Whether a completion week (a run's, or a percentile) is one of runs not finished by the horizon. */
    public boolean unfinishedAt(double week) {
        return week >= horizon();
    }
}
