package org.rolloutsim.report.data;

import org.rolloutsim.stats.BatchStatistics;

/**
 * The runs of a pair (A against B, on one output) in which A is lower, higher, the same, and in which
 * that is not known because a run was cut off at the horizon: the counts behind {@code pLower},
 * {@code pHigher}, {@code pSame} and {@code pNotKnown} of {@code comparison.json}.
 *
 * <p>A run not finished by the horizon holds the horizon as its completion and its costs only up to
 * then, both too small. Where A was cut off, A − B can only be larger than recorded; where B was, only
 * smaller. A run whose difference could so change sign (A cut off and A − B at most 0, or B cut off
 * and A − B at least 0) cannot be told: for completion, the runs neither option finished; for a cost,
 * also those where the option cut off reads cheaper. This is the rule the console and the reports
 * word as "not known" ({@code report.text.CensoredDifference#shares}).
 *
 * <p>It is worked out for the completion week and for money outputs, whose value in a cut-off run
 * is a lower bound. For any other output ({@link #worked()} false) the runs cut off are not told
 * apart: its shares are those of the values as recorded, and the not-known count does not exist;
 * when no run of either batch was cut off there is nothing to tell apart, and it is 0 for every output.
 *
 * @param n        runs paired (both values recorded)
 * @param lower    runs in which A is lower and it is known
 * @param higher   runs in which A is higher and it is known
 * @param same     runs in which both are equal and it is known
 * @param notKnown runs in which it cannot be told (0 when not {@code worked})
 * @param worked   whether the runs cut off were told apart (or there were none)
 */
record PairedShares(int n, int lower, int higher, int same, int notKnown, boolean worked) {

    /**
     * A against B on {@code metric}, paired run by run over the runs where both have a value.
     *
     * @param va   A's value per run, NaN where it has none
     * @param vb   B's value per run, in the same run order
     * @param cutA per run, 1 where A was cut off at the horizon ({@link #cutOff})
     * @param cutB the same for B
     */
    static PairedShares of(String metric, double[] va, double[] vb, double[] cutA, double[] cutB) {
        return of(metric, va, vb, cutA, cutB, false);
    }

    /**
     * As {@link #of(String, double[], double[], double[], double[])}; with {@code sameScenario} (A and B
     * ran one scenario, the same hash, on the same random numbers, so run i of each is one run) a run
     * both left unfinished with equal values is the same, not unknown: had it gone on, it would have
     * gone on alike.
     */
    static PairedShares of(String metric, double[] va, double[] vb, double[] cutA, double[] cutB,
                           boolean sameScenario) {
        boolean anyCut = any(cutA) || any(cutB);
        boolean worked = !anyCut || boundedByTheHorizon(metric);
        int n = 0;
        int lower = 0;
        int higher = 0;
        int same = 0;
        int notKnown = 0;
        for (int i = 0; i < va.length; i++) {
            if (Double.isNaN(va[i]) || Double.isNaN(vb[i])) {
                continue;
            }
            n++;
            boolean alike = sameScenario && cutA[i] > 0 && cutB[i] > 0 && va[i] == vb[i];
            if (worked && anyCut && !alike
                    && ((cutA[i] > 0 && va[i] <= vb[i]) || (cutB[i] > 0 && va[i] >= vb[i]))) {
                notKnown++;
            } else if (va[i] < vb[i]) {
                lower++;
            } else if (va[i] > vb[i]) {
                higher++;
            } else {
                same++;
            }
        }
        return new PairedShares(n, lower, higher, same, notKnown, worked);
    }

    /**
     * Whether a run cut off at the horizon holds a value of the output that can only be too small:
     * the completion week (the horizon) and every amount of money (counted only to then).
     */
    static boolean boundedByTheHorizon(String metric) {
        return metric.equals(BatchStatistics.COMPLETION_WEEK) || Unit.of(metric) == Unit.MONEY;
    }

    /** Per run, 1 when it was not finished by the horizon; all 0 when the batch records no such column. */
    static double[] cutOff(BatchStatistics statistics) {
        if (statistics.schema().scalarIndex(BatchStatistics.CENSORED) < 0) {
            return new double[statistics.runs()];
        }
        return statistics.values(BatchStatistics.CENSORED);
    }

    private static boolean any(double[] flags) {
        for (double f : flags) {
            if (f > 0) {
                return true;
            }
        }
        return false;
    }

    /** A share of the runs paired; NaN when none were. */
    double share(int count) {
        return n == 0 ? Double.NaN : count / (double) n;
    }
}
