package org.rolloutsim.analysis;

import java.util.List;

/**
 * One grid point of a sweep: the parameter values and what the batch there says.
 *
 * <p>A run not finished by the horizon holds the horizon as its completion week and its cost up to
 * then: with {@code unfinishedRuns} above 0, a completion percentile equal to {@code horizonWeek} is
 * only known to come later, and a cost percentile at or above {@code lowestUnfinishedCost} (the
 * lowest cost among those runs) only known to be at least what it is.
 *
 * @param values         the swept parameters' values, in the order of the table's parameters
 * @param runs           runs in the batch
 * @param unfinishedRuns runs not finished by the horizon
 * @param horizonWeek    the point's horizon (weeks simulated)
 * @param p50Completion  P50 completion week
 * @param p80Completion  P80 completion week
 * @param p50Cost        P50 programme cost
 * @param p80Cost        P80 programme cost
 * @param onTime         P(completion by the target week), NaN without one
 * @param onBudget       P(programme cost within budget), NaN without one; a run not finished by the
 *                       horizon counts as not on budget: the lower end of the chance
 * @param jcl            P(both), NaN unless both targets are given
 * @param lowestUnfinishedCost the lowest programme cost among runs not finished by the horizon, NaN
 *                       when every run finished
 * @param onBudgetNotKnown the share of runs not finished by the horizon and within budget so far, which
 *                       may or may not stay within it: the chance on budget lies from {@code onBudget}
 *                       to {@link #onBudgetAtMost}; 0 when none, NaN without a budget
 */
public record SweepRow(List<Double> values, int runs, long unfinishedRuns, int horizonWeek, double p50Completion,
                       double p80Completion, double p50Cost, double p80Cost, double onTime, double onBudget,
                       double jcl, double lowestUnfinishedCost, double onBudgetNotKnown) {
    public SweepRow {
        values = List.copyOf(values);
    }

    /** A row with no run not finished by the horizon within budget so far (none without a budget). */
    public SweepRow(List<Double> values, int runs, long unfinishedRuns, int horizonWeek, double p50Completion,
                    double p80Completion, double p50Cost, double p80Cost, double onTime, double onBudget,
                    double jcl, double lowestUnfinishedCost) {
        this(values, runs, unfinishedRuns, horizonWeek, p50Completion, p80Completion, p50Cost, p80Cost, onTime,
                onBudget, jcl, lowestUnfinishedCost, Double.isNaN(onBudget) ? Double.NaN : 0);
    }

    /** The upper end of the chance on budget: every run within budget so far staying within it. */
    public double onBudgetAtMost() {
        return Math.min(1, onBudget + onBudgetNotKnown);
    }

    /** Share of runs not finished by the horizon; 0 without runs. */
    public double unfinishedShare() {
        return runs == 0 ? 0 : unfinishedRuns / (double) runs;
    }
}
