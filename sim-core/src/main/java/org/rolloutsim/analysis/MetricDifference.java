package org.rolloutsim.analysis;

import org.rolloutsim.stats.Interval;

/**
 * How batch A differs from batch B on one output, run by run (A minus B).
 *
 * @param metric     the output's name
 * @param n          runs paired (runs where either value is NaN are left out)
 * @param meanDiff   mean of the per-run differences A - B
 * @param meanDiffCi its 95% Student-t interval
 * @param p10Diff    P10 of the per-run differences A - B
 * @param p50Diff    P50 (median) of the per-run differences A - B: the one "P50 difference" the
 *                   tool reports (not the difference of the two medians)
 * @param p90Diff    P90 of the per-run differences A - B
 * @param pLower     share of runs where A is strictly lower than B (for completion: A finishes
 *                   earlier; for cost: A is cheaper)
 * @param pHigher    share of runs where A is strictly higher than B (later, dearer)
 * @param pSame      share of runs where both are equal (the same week, the same cost); the three
 *                   shares add up to 1 and a tie never counts as half a win
 * @param wilcoxonP  two-sided p-value of the Wilcoxon signed-rank test on the non-zero differences
 *                   (exact up to 30 of them without ties, else the normal approximation with tie
 *                   and continuity corrections); 1 when all are zero
 * @param pairedTP   two-sided p-value of the paired t-test; 1 when every difference is 0, 0 when
 *                   every difference is the same non-zero number
 */
public record MetricDifference(String metric, int n, double meanDiff, Interval meanDiffCi, double p10Diff,
                               double p50Diff, double p90Diff, double pLower, double pHigher, double pSame,
                               double wilcoxonP, double pairedTP) {
}
