package org.rolloutsim.stats;

import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * Completion week and programme cost of every run side by side, for the questions that need both at
 * once: the chance of meeting the date and the budget in the same run (the joint confidence level,
 * as NASA uses it) and the date and cost to quote at a chosen JCL.
 *
 * <p>The columns are read run by run rather than copied; the JCL search sorts each of the two once
 * and counts, for every k, the runs within the k-th smallest date and the k-th smallest cost, so
 * its memory is two sorted copies and one count per run (on the heap, also the sort's working
 * arrays and one position per run), and each level is found without passing over the runs again.
 */
final class JointOutcomes {
    private final int n;
    private final ScalarColumn weeks;
    private final ScalarColumn costs;
    private final ScalarColumn censored;
    private final RunScratch scratch;
    private DoubleBuffer sortedWeeks;
    private DoubleBuffer sortedCosts;
    /** withinRank[k]: runs, not censored, within the k-th smallest week and the k-th smallest cost. */
    private IntBuffer withinRank;

    private JointOutcomes(int n, ScalarColumn weeks, ScalarColumn costs, ScalarColumn censored, RunScratch scratch) {
        this.n = n;
        this.weeks = weeks;
        this.costs = costs;
        this.censored = censored;
        this.scratch = scratch;
    }

    /**
     * The joint outcomes of a batch, with working space from {@code scratch}; null when it lacks
     * completion week or programme cost, or has no runs.
     */
    static JointOutcomes of(BatchStatistics statistics, RunScratch scratch) {
        ScalarColumn week = statistics.column(BatchStatistics.COMPLETION_WEEK);
        ScalarColumn cost = statistics.column(BatchStatistics.PROGRAM_COST);
        int n = statistics.runs();
        if (week == null || cost == null || n == 0) {
            return null;
        }
        return new JointOutcomes(n, week, cost, statistics.column(BatchStatistics.CENSORED), scratch);
    }

    /** The share of runs that finish by {@code week} (and are not censored) and cost at most {@code cost}. */
    private double within(double week, double cost) {
        return share(week, cost, false);
    }

    /**
     * The share of runs that finish by {@code week} and cost at most {@code cost}, among the runs not
     * censored ({@code censoredOnes} false) or among the censored ones (true).
     */
    private double share(double week, double cost, boolean censoredOnes) {
        ColumnReader w = new ColumnReader(weeks, n);
        ColumnReader c = new ColumnReader(costs, n);
        ColumnReader out = censored == null ? null : new ColumnReader(censored, n);
        long count = 0;
        for (int i = 0; i < n; i++) {
            boolean cut = out != null && out.get(i) != 0;
            if (w.get(i) <= week && c.get(i) <= cost && cut == censoredOnes) {
                count++;
            }
        }
        return (double) count / n;
    }

    TargetProbabilities probabilities(Targets targets) {
        double onTime = Double.NaN;
        double onBudget = Double.NaN;
        double jcl = Double.NaN;
        double onBudgetNotKnown = Double.NaN;
        if (targets.targetWeek().isPresent()) {
            onTime = within(targets.targetWeek().getAsInt(), Double.POSITIVE_INFINITY);
        }
        if (targets.budget().isPresent()) {
            // a run cut off at the horizon has paid only to then: it is not known to stay within
            // the budget, so it does not count as on budget, as it does not count as on time
            onBudget = within(Double.POSITIVE_INFINITY, targets.budget().getAsDouble());
            // one within the budget so far may or may not stay within it: the chance is a range
            onBudgetNotKnown = censored == null ? 0 : share(Double.POSITIVE_INFINITY, targets.budget().getAsDouble(), true);
        }
        if (targets.targetWeek().isPresent() && targets.budget().isPresent()) {
            // exact: a censored run is late (the target comes before the horizon), so never on
            // time and on budget, whatever its cost comes to
            jcl = within(targets.targetWeek().getAsInt(), targets.budget().getAsDouble());
        }
        return new TargetProbabilities(onTime, onBudget, jcl, onBudgetNotKnown);
    }

    /**
     * The marginal q-quantiles of date and cost for the smallest q = k/n whose joint probability
     * reaches {@code level}. The joint probability only grows with q, so q is found by bisection.
     */
    JclPoint atJointConfidence(double level) {
        if (withinRank == null) {
            countWithinRanks();
        }
        int lo = 1;
        int hi = n;
        if (joint(hi) < level) {
            return JclPoint.unreachable(level);
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (joint(mid) >= level) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return new JclPoint(level, (double) lo / n, sortedWeeks.get(lo - 1), sortedCosts.get(lo - 1), joint(lo));
    }

    /** The share of runs within the k-th smallest week and the k-th smallest cost. */
    private double joint(int k) {
        return (double) withinRank.get(k) / n;
    }

    /**
     * Fills {@link #withinRank}. A run is within the k-th smallest week when its week is at most
     * {@code sortedWeeks[k - 1]}, that is from the first k past the first sorted position holding
     * a week not below its own; the same for cost. So a run counts for every k from the larger of
     * its two positions on, up to the last k where neither sorted value is NaN (nothing is at most
     * NaN).
     */
    private void countWithinRanks() {
        sortedWeeks = scratch.doubles(n);
        sortedCosts = scratch.doubles(n);
        withinRank = scratch.ints(n + 1);
        if (sortedWeeks.hasArray() && sortedCosts.hasArray()) {
            countFromSortedOrder();
        } else {
            countBySearch();
        }
        int lastK = Math.min(numbers(sortedWeeks, n), numbers(sortedCosts, n));
        for (int k = 1; k <= n; k++) {
            withinRank.put(k, k <= lastK ? withinRank.get(k) + withinRank.get(k - 1) : 0);
        }
    }

    /** The counts with each run's two positions found by a search in the sorted values. */
    private void countBySearch() {
        weeks.sortedCopy(sortedWeeks, n, scratch);
        costs.sortedCopy(sortedCosts, n, scratch);
        int lastK = Math.min(numbers(sortedWeeks, n), numbers(sortedCosts, n));
        ColumnReader w = new ColumnReader(weeks, n);
        ColumnReader c = new ColumnReader(costs, n);
        ColumnReader out = censored == null ? null : new ColumnReader(censored, n);
        for (int i = 0; i < n; i++) {
            double week = w.get(i);
            double cost = c.get(i);
            if (Double.isNaN(week) || Double.isNaN(cost) || (out != null && out.get(i) != 0)) {
                continue;
            }
            int from = Math.max(firstNotBelow(sortedWeeks, lastK, week), firstNotBelow(sortedCosts, lastK, cost)) + 1;
            if (from <= lastK) {
                withinRank.put(from, withinRank.get(from) + 1);
            }
        }
    }

    /**
     * The counts with each run's two positions handed out in one pass in sorted order by sorts that
     * carry the runs along, where a search per run and column would jump about the sorted values.
     * A position past the last k counted ({@code lastK}) is past it either way, so the search's
     * bound makes no difference.
     */
    private void countFromSortedOrder() {
        int[] from = scratch.perRun(n);
        Arrays.fill(from, 0, n, 0);
        double[] w = sortedWeeks.array();
        weeks.copyTo(w, n);
        raiseToFirstNotBelow(w, scratch.radixSort().sortWithRuns(w, n), n, from);
        double[] c = sortedCosts.array();
        costs.copyTo(c, n);
        raiseToFirstNotBelow(c, scratch.radixSort().sortWithRuns(c, n), n, from);
        int lastK = Math.min(numbers(sortedWeeks, n), numbers(sortedCosts, n));
        ColumnReader out = censored == null ? null : new ColumnReader(censored, n);
        for (int i = 0; i < n; i++) {
            if (from[i] < 0 || (out != null && out.get(i) != 0)) {
                continue;
            }
            int k = from[i] + 1;
            if (k <= lastK) {
                withinRank.put(k, withinRank.get(k) + 1);
            }
        }
    }

    /**
     * Raises {@code from[run]} to the first sorted position whose value is not below the run's (as
     * {@link #firstNotBelow} finds it: by {@code >=}, so -0.0 and 0.0 are one value), or makes it
     * -1 when the run's value is NaN; -1 stays.
     */
    private static void raiseToFirstNotBelow(double[] sorted, int[] runAt, int n, int[] from) {
        int end;
        for (int start = 0; start < n; start = end) {
            end = start + 1;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            boolean nan = Double.isNaN(sorted[start]);
            for (int p = start; p < end; p++) {
                int run = runAt[p];
                from[run] = nan || from[run] < 0 ? -1 : Math.max(from[run], start);
            }
        }
    }

    /** How many of the sorted values are numbers (NaN sort last). */
    private static int numbers(DoubleBuffer sorted, int n) {
        int m = n;
        while (m > 0 && Double.isNaN(sorted.get(m - 1))) {
            m--;
        }
        return m;
    }

    /** The first position below {@code m} whose value is at least {@code v} (by {@code >=}), or m. */
    private static int firstNotBelow(DoubleBuffer sorted, int m, double v) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) >= v) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
