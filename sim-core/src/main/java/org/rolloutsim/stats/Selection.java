package org.rolloutsim.stats;

import java.nio.DoubleBuffer;

/**
 * The k-th smallest of some values in {@link Double#compare} order (the order a sort gives: -0.0
 * before 0.0, NaN last), found by partitioning around a pivot and keeping only the part that holds
 * rank k: expected linear time, where sorting all the values costs n log n. Partitions are three-way
 * (below, equal to, above the pivot), so many equal values cost no more than distinct ones, and
 * pivots are drawn from a fixed-seed generator, so no arrangement of values makes it slow on
 * purpose. The answer does not depend on the pivots: it is the value a sort puts at position k.
 */
final class Selection {
    private long state = 0x9E3779B97F4A7C15L;

    /**
     * The value at position {@code k} of {@code values[from, to)} if that range were sorted, with
     * the range reordered so that positions before {@code k} hold no larger values and positions
     * after it no smaller ones (so a second rank can be selected in the part that holds it).
     */
    double select(DoubleBuffer values, int from, int to, int k) {
        if (k < from || k >= to) {
            throw new IllegalArgumentException("rank " + k + " outside [" + from + ", " + to + ")");
        }
        int lo = from;
        int hi = to; // the rank lies in [lo, hi)
        while (hi - lo > 1) {
            double pivot = values.get(lo + (int) Long.remainderUnsigned(next(), hi - lo));
            // [lo, lt) below the pivot, [lt, i) equal, [i, gt) not yet seen, [gt, hi) above
            int lt = lo;
            int i = lo;
            int gt = hi;
            while (i < gt) {
                double v = values.get(i);
                int c = Double.compare(v, pivot);
                if (c < 0) {
                    values.put(i++, values.get(lt));
                    values.put(lt++, v);
                } else if (c > 0) {
                    values.put(i, values.get(--gt));
                    values.put(gt, v);
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt;
            } else if (k >= gt) {
                lo = gt;
            } else {
                return pivot;
            }
        }
        return values.get(k);
    }

    /** A SplitMix64 step: pivots only, never a simulation draw. */
    private long next() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
