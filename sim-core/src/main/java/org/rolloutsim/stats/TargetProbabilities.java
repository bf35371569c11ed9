package org.rolloutsim.stats;

/**
 * How likely the programme is to meet its targets, as fractions of runs.
 *
 * @param onTime   P(completion week &le; target week); a censored run counts as late; NaN without a target
 * @param onBudget P(programme cost &le; budget); a censored run, which paid only to the horizon, counts
 *                 as not known to be on budget, so not on budget; NaN without a budget
 * @param jcl      the joint confidence level: P(on time and on budget in the same run); NaN
 *                 unless both targets are given
 */
public record TargetProbabilities(double onTime, double onBudget, double jcl) {
}
