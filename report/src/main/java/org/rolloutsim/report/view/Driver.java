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
 * @param unfinishedWithLeast   share (0 to 1) of the runs with the least of this input (for a risk, where
 *                              it did not occur) not finished by the horizon; NaN when unknown
 * @param unfinishedWithMost    the same for the runs with the most of it (where it occurred)
 */
public record Driver(String label, double completionCorrelation, double costCorrelation, double completionSwing,
                     double costSwing, double unfinishedWithLeast, double unfinishedWithMost) {

    /**
     * How far apart, as a share of runs, the two ends of a swing may lie in how many of their runs had
     * not finished by the horizon before the swing is marked as comparing unlike runs: 10 percentage
     * points. An unfinished run holds the horizon as its completion and its cost only up to then, so
     * an end with more of them reads earlier and cheaper than its runs would finish. In a large
     * programme the tenth of runs with the most effort per workflow were all unfinished, against 38%
     * of the tenth with the least, and more effort read as $118M cheaper. Ten points is a tenth of
     * an end cut short, well beyond what chance alone gives two ends of 300 runs (a standard error
     * of at most 4 points).
     */
    public static final double UNFINISHED_GAP = 0.10;

    /** A driver known by its rank correlations only. */
    public Driver(String label, double completionCorrelation, double costCorrelation) {
        this(label, completionCorrelation, costCorrelation, Double.NaN, Double.NaN);
    }

    /** A driver whose swings are known but not how many runs at each end were unfinished. */
    public Driver(String label, double completionCorrelation, double costCorrelation, double completionSwing,
                  double costSwing) {
        this(label, completionCorrelation, costCorrelation, completionSwing, costSwing, Double.NaN, Double.NaN);
    }

    /**
     * True when the runs with the most and with the least of this input differ by
     * {@link #UNFINISHED_GAP} or more in their share not finished by the horizon: the swing then
     * compares runs cut off at the horizon with runs that finished, and may understate, or even
     * reverse, the input's effect on completion and cost.
     */
    public boolean cutOffUnevenly() {
        return Math.abs(unfinishedWithMost - unfinishedWithLeast) >= UNFINISHED_GAP - 1e-9;
    }

    /**
     * "100% of the runs with the most of it had not finished by the horizon, against 38% of those with
     * the least": the two ends of a swing that {@link #cutOffUnevenly} compares unevenly.
     */
    public String unfinishedAtEnds() {
        return Percent.format(unfinishedWithMost) + " of the runs with the most of it had not finished by the"
                + " horizon, against " + Percent.format(unfinishedWithLeast) + " of those with the least";
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
