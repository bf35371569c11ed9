package org.rolloutsim.analysis;

import org.rolloutsim.stats.Interval;

/**
 * How batch A differs from batch B on one output, run by run (A minus B).
 *
 * @param metric     the output's name
 * @param n          runs paired (runs where either value is NaN are left out)
 * @param meanDiff   mean of the per-run differences A - B
 * @param meanDiffCi its 95% Student-t interval
 * @param p50Diff    P50 of A minus P50 of B
 * @param p80Diff    P80 of A minus P80 of B
 * @param pBetter    share of runs where A is lower than B, ties counting half: for time, cost,
 *                   defects and fatigue, the chance that A does better than B in the same world
 *                   (for outputs where higher is better, read 1 - pBetter)
 * @param wilcoxonP  two-sided p-value of the Wilcoxon signed-rank test on the non-zero differences
 *                   (exact up to 30 of them without ties, else the normal approximation with tie
 *                   and continuity corrections); 1 when all are zero
 * @param pairedTP   two-sided p-value of the paired t-test; 1 when every difference is 0, 0 when
 *                   every difference is the same non-zero number
 */
public record MetricDifference(String metric, int n, double meanDiff, Interval meanDiffCi, double p50Diff,
                               double p80Diff, double pBetter, double wilcoxonP, double pairedTP) {
}
