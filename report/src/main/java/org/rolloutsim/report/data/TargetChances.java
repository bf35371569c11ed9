package org.rolloutsim.report.data;

import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.stats.TargetProbabilities;

/**
 * A batch's chances on time, on budget and both, as the report reads them: its {@link Probabilities},
 * the one rule for when the chance on budget is a range and how it is written, for the console, the
 * report and the workbook alike.
 */
public final class TargetChances {

    private TargetChances() {
    }

    /** The batch's chances; a chance the batch has none of (NaN: no target date, no budget) is {@code null}. */
    public static Probabilities of(TargetProbabilities p) {
        return new Probabilities(orNull(p.onTime()), orNull(p.onBudget()), orNull(p.jcl()), orNull(p.onBudgetNotKnown()));
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
