package org.rolloutsim.analysis;

import java.util.List;

/**
 * One grid point of a sweep: the parameter values and what the batch there says.
 *
 * @param values         the swept parameters' values, in the order of the table's parameters
 * @param runs           runs in the batch
 * @param p50Completion  P50 completion week
 * @param p80Completion  P80 completion week
 * @param p50Cost        P50 programme cost
 * @param p80Cost        P80 programme cost
 * @param onTime         P(completion by the target week), NaN without one
 * @param onBudget       P(programme cost within budget), NaN without one
 * @param jcl            P(both), NaN unless both targets are given
 */
public record SweepRow(List<Double> values, int runs, double p50Completion, double p80Completion,
                       double p50Cost, double p80Cost, double onTime, double onBudget, double jcl) {
    public SweepRow {
        values = List.copyOf(values);
    }
}
