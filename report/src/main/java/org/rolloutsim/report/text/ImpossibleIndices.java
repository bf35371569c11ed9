package org.rolloutsim.report.text;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.report.view.SensitivityData;

/** Sobol indices estimated where indices cannot be: sampling error, said the same in the report and the console. */
public final class ImpossibleIndices {

    private ImpossibleIndices() {
    }

    /**
     * A note when an estimate lies where the index cannot: an index is a share of variance, in [0, 1],
     * and an input explains at least as much with its interactions as alone. A few hundred base rows
     * can give a first order above the total (0.85 against 0.73) or a negative index; that is
     * sampling error, and a reader should not take it for a finding. Null when every estimate, as
     * the table rounds it, is possible.
     */
    public static String note(SensitivityData.OutcomeIndices outcome) {
        List<String> inputs = new ArrayList<>();
        for (SensitivityData.Index i : outcome.indices()) {
            // as the table shows them: an estimate of -0.0004 reads 0.000, which is possible
            double first = Math.round(i.first() * 1000) / 1000.0;
            double total = Math.round(i.total() * 1000) / 1000.0;
            if (first > total || first < 0 || total < 0 || first > 1 || total > 1) {
                inputs.add(i.input());
            }
        }
        if (inputs.isEmpty()) {
            return null;
        }
        return "Sampling error: for " + String.join(", ", inputs) + " the estimates lie where indices cannot"
                + " (below 0, above 1, or a first order above the total). They are too uncertain to read; more"
                + " base rows (--runs) narrow them.";
    }
}
