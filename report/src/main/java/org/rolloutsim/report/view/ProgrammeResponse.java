package org.rolloutsim.report.view;

/**
 * One way a programme that manages itself responds to slipping (replanning, surge staff, deferring
 * modules, forcing a go-live): how often it happened and how much on average over the runs.
 *
 * @param label what happened, in words: "replanned", "brought in surge staff"
 * @param share share of runs in which it happened at least once
 * @param mean  its mean over all runs, in the unit of {@code unit}
 * @param unit  how the mean reads
 */
public record ProgrammeResponse(String label, double share, double mean, Unit unit) {

    /** How a response's mean reads. */
    public enum Unit {
        /** times or items: "1.4 times" */
        TIMES,
        /** full-time equivalents of surge staff at the peak */
        FTE,
        /** money */
        CURRENCY
    }

    public ProgrammeResponse {
        if (label == null || unit == null) {
            throw new IllegalArgumentException("label and unit are required");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share outside [0, 1]: " + share);
        }
    }
}
