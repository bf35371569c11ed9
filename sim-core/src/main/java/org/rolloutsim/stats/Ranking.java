package org.rolloutsim.stats;

import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * Rank correlation without one object per run; tied values share their average rank (so 0/1 risk
 * indicators and whole weeks rank fairly). A column whose working space is on the heap is sorted
 * with each value's run carried along, and the ranks are handed out in one pass in sorted order.
 * Working space past the heap limit is a mapped file, and there ranks are found by binary search in
 * a sorted copy instead, so no further space is needed; a column of a few distinct values (a risk
 * indicator, a count that is mostly 0) has them looked up in a table of those values, without a
 * search per run. Both routes give the same ranks.
 */
public final class Ranking {
    /** The most distinct values a column may have for its ranks to come from a table. */
    static final int FEW = 8;

    private Ranking() {
    }

    /**
     * Average ranks (1-based) of {@code values[0..n)} written into {@code ranks}; {@code sorted} is
     * scratch space of at least n. Returns false (ranks undefined) when a value is NaN.
     */
    public static boolean averageRanks(double[] values, int n, double[] sorted, double[] ranks) {
        System.arraycopy(values, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        if (n > 0 && Double.isNaN(sorted[n - 1])) {
            return false;
        }
        RankFinder finder = new RankFinder(DoubleBuffer.wrap(sorted), n);
        for (int i = 0; i < n; i++) {
            ranks[i] = finder.doubledRank(values[i]) / 2.0;
        }
        return true;
    }

    /** Twice the average rank (1-based) of {@code v} among {@code sorted[0..n)}: a whole number. */
    private static int doubledRank(DoubleBuffer sorted, int n, double v) {
        int lower = lowerBound(sorted, n, v);
        // A value held once ends where it starts: the second search is needed for ties only.
        boolean once = lower < n && Double.compare(sorted.get(lower), v) == 0
                && (lower + 1 == n || Double.compare(sorted.get(lower + 1), v) > 0);
        return lower + 1 + (once ? lower + 1 : upperBound(sorted, n, v));
    }

    /** First position whose value is not below v. */
    static int lowerBound(DoubleBuffer sorted, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted.get(mid), v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First position whose value is above v. */
    static int upperBound(DoubleBuffer sorted, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted.get(mid), v) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Pearson correlation of two rank vectors of length n (both averaging (n+1)/2); NaN if one is flat. */
    static double correlationOfRanks(double[] a, double[] b, int n) {
        RunningRankCorrelation r = new RunningRankCorrelation(n);
        for (int i = 0; i < n; i++) {
            r.add(a[i], b[i]);
        }
        return r.value();
    }

    /**
     * Sorts the first n values of {@code column} into {@code sorted} (as
     * {@link ScalarColumn#sortedCopy} does) and writes twice the average rank of each into
     * {@code ranks}, in run order: whole numbers, so an {@code int} per run holds them exactly in
     * half the room of a {@code double}. False (ranks undefined) when a value is NaN.
     */
    static boolean sortAndRank(ScalarColumn column, int n, DoubleBuffer sorted, IntBuffer ranks, RunScratch scratch) {
        if (sorted.hasArray() && ranks.hasArray()) {
            return sortAndRank(column, n, sorted.array(), ranks.array(), scratch);
        }
        column.sortedCopy(sorted, n, scratch);
        return doubledRanks(column, n, sorted, ranks);
    }

    /** {@link #sortAndRank} with heap arrays: a sort that carries the runs along, then one pass. */
    private static boolean sortAndRank(ScalarColumn column, int n, double[] sorted, int[] ranks, RunScratch scratch) {
        column.copyTo(sorted, n);
        int[] runAt = scratch.radixSort().sortWithRuns(sorted, n);
        return doubledRanks(sorted, runAt, n, ranks);
    }

    /**
     * Twice the average rank of each run into {@code ranks} (by run), given the values sorted and
     * the run each sorted value came from: each group of equal values gets the average of the
     * positions it spans, in one pass in sorted order where a search per run would jump about the
     * sorted values. False (ranks undefined) when a value is NaN.
     */
    static boolean doubledRanks(double[] sorted, int[] runAt, int n, int[] ranks) {
        if (n > 0 && Double.isNaN(sorted[n - 1])) {
            return false;
        }
        for (int start = 0, end; start < n; start = end) {
            end = groupEnd(sorted, start, n);
            // a value spanning positions start..end-1 has the average of ranks start+1..end
            int doubled = start + 1 + end;
            for (int p = start; p < end; p++) {
                ranks[runAt[p]] = doubled;
            }
        }
        return true;
    }

    /**
     * The first sorted position of each run's value into {@code first} (by run; -1 for NaN), given
     * the values sorted and the run each came from: a {@link #lowerBound} for every run in one pass.
     */
    static void firstPositions(double[] sorted, int[] runAt, int n, int[] first) {
        for (int start = 0, end; start < n; start = end) {
            end = groupEnd(sorted, start, n);
            int at = Double.isNaN(sorted[start]) ? -1 : start;
            for (int p = start; p < end; p++) {
                first[runAt[p]] = at;
            }
        }
    }

    /** The position after the last one holding the value at {@code start} in {@code sorted[0..n)}. */
    private static int groupEnd(double[] sorted, int start, int n) {
        // equal bits: equal by Double.compare, so -0.0 and 0.0 are apart as the sort puts them
        long bits = Double.doubleToLongBits(sorted[start]);
        int end = start + 1;
        while (end < n && Double.doubleToLongBits(sorted[end]) == bits) {
            end++;
        }
        return end;
    }

    /**
     * Twice the average rank of each of the first n values of {@code column}, given them in
     * ascending order in {@code sorted}, into {@code ranks}, by a search per run. False (ranks
     * undefined) when a value is NaN.
     */
    static boolean doubledRanks(ScalarColumn column, int n, DoubleBuffer sorted, IntBuffer ranks) {
        if (n > 0 && Double.isNaN(sorted.get(n - 1))) {
            return false;
        }
        ColumnReader values = new ColumnReader(column, n);
        RankFinder finder = new RankFinder(sorted, n);
        for (int i = 0; i < n; i++) {
            ranks.put(i, finder.doubledRank(values.get(i)));
        }
        return true;
    }

    /**
     * Sorts {@code column}'s first n values into {@code sorted} and returns their rank correlation
     * with each set of {@link #sortAndRank doubled ranks}; NaN where the column has a NaN, a set is
     * null, or either is flat. The sums take the runs in run order whichever route gives the ranks,
     * so the correlations come out the same to the bit.
     */
    static double[] correlations(ScalarColumn column, int n, DoubleBuffer sorted, IntBuffer[] doubledRanks,
                                 RunScratch scratch) {
        int[][] outputs = new int[doubledRanks.length][];
        boolean heap = sorted.hasArray();
        for (int o = 0; o < outputs.length; o++) {
            heap &= doubledRanks[o] == null || doubledRanks[o].hasArray();
            outputs[o] = doubledRanks[o] == null || !doubledRanks[o].hasArray() ? null : doubledRanks[o].array();
        }
        if (!heap) {
            column.sortedCopy(sorted, n, scratch);
            return correlationsBySearch(column, n, sorted, doubledRanks);
        }
        double[] rho = new double[outputs.length];
        int[] ranks = scratch.perRun(n);
        if (!sortAndRank(column, n, sorted.array(), ranks, scratch)) {
            Arrays.fill(rho, Double.NaN);
            return rho;
        }
        RunningRankCorrelation[] r = new RunningRankCorrelation[outputs.length];
        for (int o = 0; o < r.length; o++) {
            r[o] = new RunningRankCorrelation(n);
        }
        for (int i = 0; i < n; i++) {
            double rank = ranks[i] / 2.0;
            for (int o = 0; o < r.length; o++) {
                if (outputs[o] != null) {
                    r[o].add(outputs[o][i] / 2.0, rank);
                }
            }
        }
        for (int o = 0; o < r.length; o++) {
            rho[o] = outputs[o] == null ? Double.NaN : r[o].value();
        }
        return rho;
    }

    /**
     * {@link #correlations} for a column given sorted in {@code sorted}, its ranks found run by run
     * by search and never stored: for working space outside the heap.
     */
    static double[] correlationsBySearch(ScalarColumn column, int n, DoubleBuffer sorted, IntBuffer[] doubledRanks) {
        double[] rho = new double[doubledRanks.length];
        if (n > 0 && Double.isNaN(sorted.get(n - 1))) {
            Arrays.fill(rho, Double.NaN);
            return rho;
        }
        RunningRankCorrelation[] r = new RunningRankCorrelation[doubledRanks.length];
        for (int o = 0; o < r.length; o++) {
            r[o] = new RunningRankCorrelation(n);
        }
        ColumnReader values = new ColumnReader(column, n);
        RankFinder finder = new RankFinder(sorted, n);
        for (int i = 0; i < n; i++) {
            double rank = finder.doubledRank(values.get(i)) / 2.0;
            for (int o = 0; o < r.length; o++) {
                if (doubledRanks[o] != null) {
                    r[o].add(doubledRanks[o].get(i) / 2.0, rank);
                }
            }
        }
        for (int o = 0; o < r.length; o++) {
            rho[o] = doubledRanks[o] == null ? Double.NaN : r[o].value();
        }
        return rho;
    }

    /**
     * Twice the average rank of values among {@code sorted[0..n)} (NaN-free): from a table when
     * they hold at most {@link #FEW} distinct values, else by {@link #doubledRank}'s searches.
     */
    static final class RankFinder {
        private final DoubleBuffer sorted;
        private final int n;
        /** The distinct values as {@link Double#doubleToLongBits} (equal bits: equal by Double.compare). */
        private final long[] bits = new long[FEW];
        private final int[] doubledRanks = new int[FEW];
        /** How many distinct values the table holds; -1 when there are too many for one. */
        private final int distinct;

        RankFinder(DoubleBuffer sorted, int n) {
            this.sorted = sorted;
            this.n = n;
            int count = 0;
            int start = 0;
            while (start < n && count >= 0) {
                if (count == FEW) {
                    count = -1;
                } else {
                    double v = sorted.get(start);
                    int end = upperBound(sorted, n, v);
                    bits[count] = Double.doubleToLongBits(v);
                    // a value spanning positions start..end-1 has the average of ranks start+1..end
                    doubledRanks[count] = start + 1 + end;
                    count++;
                    start = end;
                }
            }
            this.distinct = count;
        }

        /** True when ranks come from the table of distinct values. */
        boolean tabled() {
            return distinct >= 0;
        }

        int doubledRank(double v) {
            long b = Double.doubleToLongBits(v);
            for (int k = 0; k < distinct; k++) {
                if (bits[k] == b) {
                    return doubledRanks[k];
                }
            }
            return Ranking.doubledRank(sorted, n, v);
        }
    }
}
