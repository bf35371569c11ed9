package org.rolloutsim.report.view;

/**
 * One bar of the tornado: an uncertain input (a sampled parameter or a risk) and how strongly it
 * moves the outcomes.
 *
 * @param label                 what a planner calls it, e.g. "Vendor upgrade risk occurs"
 * @param completionCorrelation Spearman rank correlation with the completion week, in [-1, 1];
 *                              positive means "more of this, later finish"
 * @param costCorrelation       Spearman rank correlation with programme cost, in [-1, 1]
 */
public record Driver(String label, double completionCorrelation, double costCorrelation) {

    public Driver {
        if (label == null) {
            throw new IllegalArgumentException("label is required");
        }
        if (!(Math.abs(completionCorrelation) <= 1 && Math.abs(costCorrelation) <= 1)) {
            throw new IllegalArgumentException("correlations must lie in [-1, 1]: " + label);
        }
    }

    /** The correlation with the given outcome. */
    public double correlation(Outcome outcome) {
        return outcome == Outcome.COMPLETION ? completionCorrelation : costCorrelation;
    }
}
