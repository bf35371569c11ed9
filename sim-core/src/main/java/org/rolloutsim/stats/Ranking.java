package org.rolloutsim.stats;

import java.util.Arrays;

/**
 * Rank correlation without one object per run: ranks are found by binary search in a sorted copy,
 * tied values share their average rank (so 0/1 risk indicators and whole weeks rank fairly).
 */
public final class Ranking {
    private Ranking() {
    }

    /**
     * Average ranks (1-based) of {@code values[0..n)} written into {@code ranks}; {@code sorted} is
     * scratch space of at least n. Returns false (ranks undefined) when a value is NaN.
     */
    public static boolean averageRanks(double[] values, int n, double[] sorted, double[] ranks) {
        System.arraycopy(values, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        return averageRanksGivenSorted(values, n, sorted, ranks);
    }

    /** As {@link #averageRanks}, with {@code sorted} already holding the values in ascending order. */
    static boolean averageRanksGivenSorted(double[] values, int n, double[] sorted, double[] ranks) {
        if (n > 0 && Double.isNaN(sorted[n - 1])) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int first = lowerBound(sorted, n, values[i]);
            int end = upperBound(sorted, n, values[i]);
            ranks[i] = (first + 1 + end) / 2.0;
        }
        return true;
    }

    /** First position whose value is not below v. */
    static int lowerBound(double[] sorted, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First position whose value is above v. */
    static int upperBound(double[] sorted, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Pearson correlation of two rank vectors of length n (both averaging (n+1)/2); NaN if one is flat. */
    static double correlationOfRanks(double[] a, double[] b, int n) {
        double mean = (n + 1) / 2.0;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - mean;
            double db = b[i] - mean;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) {
            return Double.NaN;
        }
        double r = sab / Math.sqrt(saa * sbb);
        return Math.max(-1, Math.min(1, r));
    }
}
