package org.rolloutsim.report.view;

import java.util.List;

/**
 * What the variance-based sensitivity report shows: Sobol first-order and total indices of a few
 * inputs for each outcome, with bootstrap intervals.
 *
 * @param title        report heading
 * @param scenarioName the scenario's name
 * @param baseRuns     rows of each base sample (A and B); the model ran baseRuns · (inputs + 2) times
 * @param confidence   level of the intervals, e.g. 0.95
 * @param inputs       the inputs studied, by column name
 * @param outcomes     one entry per outcome (completion, cost)
 * @param provenance   tool version, scenario hash, seed, model runs, command line
 */
public record SensitivityData(String title, String scenarioName, int baseRuns, double confidence, List<String> inputs,
                              List<OutcomeIndices> outcomes, Provenance provenance) {
    public SensitivityData {
        inputs = List.copyOf(inputs);
        outcomes = List.copyOf(outcomes);
    }

    /** One input's indices for one outcome: point estimates and interval bounds. */
    public record Index(String input, double first, double firstLow, double firstHigh, double total, double totalLow,
                        double totalHigh) {
    }

    /**
     * @param name     the output column ({@code completionWeek}, {@code programCost})
     * @param label    how the report names it ("Completion week")
     * @param unit     {@code week} or {@code money}
     * @param mean     mean over the base samples
     * @param variance variance over the base samples, which the indices are shares of
     */
    public record OutcomeIndices(String name, String label, String unit, double mean, double variance,
                                 List<Index> indices) {
        public OutcomeIndices {
            indices = List.copyOf(indices);
        }
    }
}
