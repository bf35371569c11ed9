package org.rolloutsim.report.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One bar of the tornado: an uncertain input (a sampled parameter or a risk) and how strongly it
 * moves the outcomes.
 *
 * @param label                 what a planner calls it, e.g. "Vendor upgrade risk occurs"
 * @param completionCorrelation Spearman rank correlation with the completion week, in [-1, 1];
 *                              positive means "more of this, later finish"
 * @param costCorrelation       Spearman rank correlation with programme cost, in [-1, 1]
 * @param completionSwing       weeks: mean completion of the runs with the most of this input (top tenth)
 *                              minus that of the runs with the least (bottom tenth); NaN when unknown
 * @param costSwing             the same for programme cost, in currency units; NaN when unknown
 */
public record Driver(String label, double completionCorrelation, double costCorrelation, double completionSwing,
                     double costSwing) {

    /** A driver known by its rank correlations only. */
    public Driver(String label, double completionCorrelation, double costCorrelation) {
        this(label, completionCorrelation, costCorrelation, Double.NaN, Double.NaN);
    }

    public Driver {
        if (label == null) {
            throw new IllegalArgumentException("label is required");
        }
        if (!(Math.abs(completionCorrelation) <= 1 && Math.abs(costCorrelation) <= 1)) {
            throw new IllegalArgumentException("correlations must lie in [-1, 1]: " + label);
        }
    }

    /**
     * How many standard errors from 0 a rank correlation must be to stand out from the noise of a
     * batch. Between independent inputs and outputs a Spearman correlation over n runs has a
     * standard error of about 1 / sqrt(n - 1); a report ranks some forty inputs against two
     * outcomes, and 3.5 standard errors keeps the chance that any of those eighty pure-noise
     * correlations passes under 5% (Bonferroni).
     */
    public static final double NOISE_STANDARD_ERRORS = 3.5;

    /**
     * True when the input's rank correlation with the outcome stands out from the noise of
     * {@code runs} runs; an input that does not is not ranked as a driver, however it swings the
     * tails of a skewed outcome.
     */
    public boolean standsOut(Outcome outcome, int runs) {
        return runs > 1 && Math.abs(correlation(outcome)) * Math.sqrt(runs - 1.0) >= NOISE_STANDARD_ERRORS;
    }

    /**
     * The fewest runs over which a rank correlation can stand out from noise at all: below it,
     * 3.5 / sqrt(runs - 1) exceeds 1, the largest correlation there is.
     */
    public static int fewestRunsToStandOut() {
        return (int) Math.ceil(NOISE_STANDARD_ERRORS * NOISE_STANDARD_ERRORS) + 1;
    }

    /**
     * The drivers of {@code outcome} that stand out from the noise of {@code runs} runs, the largest
     * first (ties keep the input order): by swing when every driver's swing of the outcome is known,
     * else by rank correlation. This is the tornado's order, so the first is the driver the summary
     * names, and the bar at the top of the chart is the same input.
     */
    public static List<Driver> ranked(List<Driver> drivers, Outcome outcome, int runs) {
        boolean swings = swingsKnown(drivers, outcome);
        List<Driver> sorted = new ArrayList<>(drivers.stream()
                .filter(d -> d.standsOut(outcome, runs)).toList());
        sorted.sort(Comparator.comparingDouble(
                (Driver d) -> -Math.abs(swings ? d.swing(outcome) : d.correlation(outcome))));
        return sorted;
    }

    /** True when every driver's swing of the outcome is known: they are ranked, and drawn, in weeks or money. */
    public static boolean swingsKnown(List<Driver> drivers, Outcome outcome) {
        return !drivers.isEmpty() && drivers.stream().allMatch(d -> Double.isFinite(d.swing(outcome)));
    }

    /** The swing of the given outcome (weeks or currency), NaN when unknown. */
    public double swing(Outcome outcome) {
        return outcome == Outcome.COMPLETION ? completionSwing : costSwing;
    }

    /** The correlation with the given outcome. */
    public double correlation(Outcome outcome) {
        return outcome == Outcome.COMPLETION ? completionCorrelation : costCorrelation;
    }
}
