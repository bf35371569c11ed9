package org.rolloutsim.stats;

import java.util.Arrays;

/**
 * Completion week and programme cost of every run side by side, for the questions that need both at
 * once: the chance of meeting the date and the budget in the same run (the joint confidence level,
 * as NASA uses it) and the date and cost to quote at a chosen JCL.
 */
final class JointOutcomes {
    private final int n;
    private final double[] weeks;
    private final double[] costs;
    private final ScalarColumn censored;
    private double[] sortedWeeks;
    private double[] sortedCosts;

    private JointOutcomes(int n, double[] weeks, double[] costs, ScalarColumn censored) {
        this.n = n;
        this.weeks = weeks;
        this.costs = costs;
        this.censored = censored;
    }

    /** The joint outcomes of a batch; null when it lacks completion week or programme cost, or has no runs. */
    static JointOutcomes of(BatchStatistics statistics) {
        ScalarColumn week = statistics.column(BatchStatistics.COMPLETION_WEEK);
        ScalarColumn cost = statistics.column(BatchStatistics.PROGRAM_COST);
        int n = statistics.runs();
        if (week == null || cost == null || n == 0) {
            return null;
        }
        double[] w = new double[n];
        double[] c = new double[n];
        week.copyTo(w, n);
        cost.copyTo(c, n);
        return new JointOutcomes(n, w, c, statistics.column(BatchStatistics.CENSORED));
    }

    private boolean isCensored(int i) {
        return censored != null && censored.get(i) != 0;
    }

    /** The share of runs that finish by {@code week} (and are not censored) and cost at most {@code cost}. */
    private double within(double week, double cost) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            if (weeks[i] <= week && costs[i] <= cost && !isCensored(i)) {
                count++;
            }
        }
        return (double) count / n;
    }

    TargetProbabilities probabilities(Targets targets) {
        double onTime = Double.NaN;
        double onBudget = Double.NaN;
        double jcl = Double.NaN;
        if (targets.targetWeek().isPresent()) {
            onTime = within(targets.targetWeek().getAsInt(), Double.POSITIVE_INFINITY);
        }
        if (targets.budget().isPresent()) {
            double budget = targets.budget().getAsDouble();
            long count = 0;
            for (int i = 0; i < n; i++) {
                if (costs[i] <= budget) {
                    count++;
                }
            }
            onBudget = (double) count / n;
        }
        if (targets.targetWeek().isPresent() && targets.budget().isPresent()) {
            jcl = within(targets.targetWeek().getAsInt(), targets.budget().getAsDouble());
        }
        return new TargetProbabilities(onTime, onBudget, jcl);
    }

    /**
     * The marginal q-quantiles of date and cost for the smallest q = k/n whose joint probability
     * reaches {@code level}. The joint probability only grows with q, so q is found by bisection.
     */
    JclPoint atJointConfidence(double level) {
        if (sortedWeeks == null) {
            sortedWeeks = weeks.clone();
            sortedCosts = costs.clone();
            Arrays.sort(sortedWeeks);
            Arrays.sort(sortedCosts);
        }
        int lo = 1;
        int hi = n;
        if (joint(sortedWeeks, sortedCosts, hi) < level) {
            return JclPoint.unreachable(level);
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (joint(sortedWeeks, sortedCosts, mid) >= level) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return new JclPoint(level, (double) lo / n, sortedWeeks[lo - 1], sortedCosts[lo - 1],
                joint(sortedWeeks, sortedCosts, lo));
    }

    private double joint(double[] sortedWeeks, double[] sortedCosts, int k) {
        return within(sortedWeeks[k - 1], sortedCosts[k - 1]);
    }
}
