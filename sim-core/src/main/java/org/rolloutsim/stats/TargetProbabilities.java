package org.rolloutsim.stats;

/**
 * How likely the programme is to meet its targets, as fractions of runs.
 *
 * @param onTime   P(completion week &le; target week); a censored run counts as late, which it is, as
 *                 the target comes no later than the horizon; NaN without a target
 * @param onBudget P(programme cost &le; budget); a censored run, which paid only to the horizon, counts
 *                 as not known to be on budget, so not on budget: the lower end of the chance; NaN
 *                 without a budget
 * @param jcl      the joint confidence level: P(on time and on budget in the same run); NaN unless both
 *                 targets are given. Exact: a censored run is late, so never in it
 * @param onBudgetNotKnown the share of runs censored within budget so far, which may or may not stay
 *                 within it: the chance on budget lies from {@code onBudget} to {@link #onBudgetAtMost};
 *                 0 when there are none, NaN without a budget
 */
public record TargetProbabilities(double onTime, double onBudget, double jcl, double onBudgetNotKnown) {

    /** Chances with no censored run within budget so far (none when there is no budget). */
    public TargetProbabilities(double onTime, double onBudget, double jcl) {
        this(onTime, onBudget, jcl, Double.isNaN(onBudget) ? Double.NaN : 0);
    }

    /** The upper end of the chance on budget: every censored run within budget so far staying within it. */
    public double onBudgetAtMost() {
        return onBudget + onBudgetNotKnown;
    }
}
