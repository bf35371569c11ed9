package org.rolloutsim.report.text;

import java.util.Locale;

import org.rolloutsim.report.view.SensitivityData;

/** An outcome that no model run varies: said the same in the report and the console. */
public final class UnvaryingOutcome {

    private UnvaryingOutcome() {
    }

    /**
     * A note when every model run gives the outcome the same value. Sobol indices are shares of its
     * variance; with none, every index is 0 by convention (0/0), which a reader would otherwise take
     * for "no input matters" rather than "there is no spread to share out". Null when it varies.
     */
    public static String note(SensitivityData.OutcomeIndices outcome) {
        if (outcome.variance() > 0) {
            return null;
        }
        return "Every model run gives the same " + outcome.label().toLowerCase(Locale.ROOT)
                + ", so there is no spread for the inputs to explain: the indices are 0 because there is nothing to"
                + " share out, not because the inputs do not matter.";
    }
}
