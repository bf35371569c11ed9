package org.rolloutsim.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The values one weekly series took in one week, over every run of a batch, in memory that does not
 * grow with the run count; answers their quantiles.
 *
 * <ul>
 *   <li>Up to {@value #EXACT_VALUES} values are kept as they are: quantiles are exact.</li>
 *   <li>Beyond that, whole numbers within a span of {@value #INTEGER_SPAN} (sites live, head-count,
 *       open defects) are counted value by value: still exact.</li>
 *   <li>Other values (a cost, fatigue, whole numbers spread wider) are counted in
 *       {@link MagnitudeBuckets}, positive and negative apart, with zero counted on its own: a
 *       quantile is exactly 0 when it is 0, exactly the smallest or largest value when it is
 *       that, and otherwise within 2<sup>-10</sup> (0.098%) of the exact quantile, or within
 *       2<sup>-16</sup> of the week's largest value of the same sign when the quantile is smaller
 *       than that. When every value is a whole number, so is the answer, and it is exact below
 *       1,024 (above that floor).</li>
 * </ul>
 *
 * <p>Which of these holds depends only on the values added, never on their order, and so does every
 * answer. Adding a value allocates nothing once the week's range of values has been seen.
 */
final class WeekDistribution {
    static final int EXACT_VALUES = 1024;
    static final int INTEGER_SPAN = 1 << 16;
    private static final float INTEGER_LIMIT = 1 << 30;

    /** The values while there are few; null once counted. */
    private float[] exact = new float[16];
    /** Whole-number counts, or null. */
    private DenseCounts integers;
    /** Bucketed counts of positive values, of negative values' magnitudes, and the zeros; or null. */
    private MagnitudeBuckets positive;
    private MagnitudeBuckets negative;
    private long zeros;
    private long n;
    private float min = Float.POSITIVE_INFINITY;
    private float max = Float.NEGATIVE_INFINITY;
    /** True while every value is a whole number: bucketed answers are then rounded to one. */
    private boolean whole = true;
    /** How many values equal the smallest and the largest: point masses there are exact. */
    private long minCount;
    private long maxCount;

    /** Adds one value; NaN is ignored. */
    void add(float value) {
        if (Float.isNaN(value)) {
            return;
        }
        float v = value == 0 ? 0f : value; // -0 counts as 0
        whole &= v == Math.rint(v);
        if (v < min) {
            min = v;
            minCount = 1;
        } else if (v == min) {
            minCount++;
        }
        if (v > max) {
            max = v;
            maxCount = 1;
        } else if (v == max) {
            maxCount++;
        }
        if (exact != null) {
            if (n < EXACT_VALUES) {
                if (n == exact.length) {
                    exact = Arrays.copyOf(exact, exact.length * 2);
                }
                exact[(int) n++] = v;
                return;
            }
            startCounting();
        }
        if (integers != null) {
            if (isInteger(v) && fitsSpan((int) v)) {
                integers.add((int) v, 1);
                n++;
                return;
            }
            bucket();
        }
        addToBuckets(v, 1);
        n++;
    }

    /**
     * Adds a block's values ({@link ValueBlock#summarize summed up} first): the distribution then
     * answers and encodes exactly as after adding them one by one (only the spare room of its arrays
     * may differ). While the block leaves the distribution in the form it is in (the
     * exact list with room for it, whole-number counts that can take it, or buckets), its values are
     * stored or counted in one pass and the extremes and whole-number flag updated once from its
     * summary; a block that moves the distribution on to the next form is added value by value.
     */
    void add(ValueBlock block) {
        int k = block.count;
        if (k == 0) {
            return;
        }
        float[] values = block.values;
        if (exact != null && n + k <= EXACT_VALUES) {
            if (n + k > exact.length) { // doubled to the size adding value by value reaches
                exact = Arrays.copyOf(exact, Integer.highestOneBit((int) n + k - 1) * 2);
            }
            System.arraycopy(values, 0, exact, (int) n, k);
            // every value a whole number in the counted range, and the span still within INTEGER_SPAN
        } else if (integers != null && isInteger(block.min) && isInteger(block.max) && block.whole
                && (long) Math.max(integers.highest(), (int) block.max)
                        - Math.min(integers.lowest(), (int) block.min) < INTEGER_SPAN) {
            integers.addAll(values, k, (int) block.min, (int) block.max);
        } else if (exact == null && integers == null) {
            if (block.min > 0) {
                positive.addAll(values, k, block.max);
            } else {
                for (int i = 0; i < k; i++) {
                    addToBuckets(values[i], 1);
                }
            }
        } else {
            for (int i = 0; i < k; i++) {
                add(values[i]);
            }
            return;
        }
        n += k;
        whole &= block.whole;
        includeExtremes(block.min, block.minCount, block.max, block.maxCount);
    }

    /**
     * Adds every value {@code other} holds. The result answers exactly as if its values had been
     * added here one by one: values kept as they are are added so; counted whole numbers are added
     * key by key with their counts; buckets (which only a set of values that needs them has) are
     * added bucket by bucket, this distribution moving to buckets first.
     */
    void merge(WeekDistribution other) {
        if (other.n == 0) {
            return;
        }
        if (other.exact != null) {
            for (int i = 0; i < other.n; i++) {
                add(other.exact[i]);
            }
            return;
        }
        if (other.integers != null) {
            DenseCounts c = other.integers;
            for (int v = c.lowest(); v <= c.highest(); v++) {
                int times = c.count(v);
                if (times > 0) {
                    addTimes(v, times);
                }
            }
            return;
        }
        if (exact != null) {
            float[] values = exact;
            exact = null;
            positive = new MagnitudeBuckets();
            for (int i = 0; i < n; i++) {
                addToBuckets(values[i], 1);
            }
        } else if (integers != null) {
            bucket();
        }
        whole &= other.whole;
        includeExtremes(other.min, other.minCount, other.max, other.maxCount);
        zeros += other.zeros;
        positive.merge(other.positive);
        if (other.negative != null) {
            if (negative == null) {
                negative = new MagnitudeBuckets();
            }
            negative.merge(other.negative);
        }
        n += other.n;
    }

    /** Adds {@code times} copies of the whole number {@code v}: the same as adding it that often. */
    private void addTimes(int v, int times) {
        int added = 0;
        for (; added < times && exact != null; added++) {
            add(v);
        }
        int rest = times - added;
        if (rest == 0) {
            return;
        }
        float f = v;
        whole &= f == Math.rint(f);
        includeExtremes(f, rest, f, rest);
        if (integers != null) {
            if (isInteger(f) && fitsSpan(v)) {
                integers.add(v, rest);
                n += rest;
                return;
            }
            bucket();
        }
        addToBuckets(f, rest);
        n += rest;
    }

    private void includeExtremes(float low, long lowCount, float high, long highCount) {
        if (low < min) {
            min = low;
            minCount = lowCount;
        } else if (low == min) {
            minCount += lowCount;
        }
        if (high > max) {
            max = high;
            maxCount = highCount;
        } else if (high == max) {
            maxCount += highCount;
        }
    }

    /** The distribution as bytes, for {@link #decode}. */
    void encode(ByteSink out) {
        out.putLong(n).putFloat(min).putFloat(max).putLong(minCount).putLong(maxCount).put((byte) (whole ? 1 : 0));
        if (exact != null) {
            out.put((byte) 0);
            for (int i = 0; i < n; i++) {
                out.putFloat(exact[i]);
            }
        } else if (integers != null) {
            out.put((byte) 1);
            integers.encode(out);
        } else {
            out.put((byte) (negative == null ? 2 : 3)).putLong(zeros);
            positive.encode(out);
            if (negative != null) {
                negative.encode(out);
            }
        }
    }

    /** The distribution {@link #encode} wrote: it answers as the original does. */
    static WeekDistribution decode(ByteBuffer in) {
        WeekDistribution d = new WeekDistribution();
        d.n = in.getLong();
        d.min = in.getFloat();
        d.max = in.getFloat();
        d.minCount = in.getLong();
        d.maxCount = in.getLong();
        d.whole = in.get() != 0;
        byte form = in.get();
        if (form == 0) {
            d.exact = new float[Math.max(16, (int) d.n)];
            for (int i = 0; i < d.n; i++) {
                d.exact[i] = in.getFloat();
            }
            return d;
        }
        d.exact = null;
        if (form == 1) {
            d.integers = DenseCounts.decode(in);
            return d;
        }
        d.zeros = in.getLong();
        d.positive = MagnitudeBuckets.decode(in);
        if (form == 3) {
            d.negative = MagnitudeBuckets.decode(in);
        }
        return d;
    }

    /** Values added. */
    long count() {
        return n;
    }

    /**
     * The type-1 quantiles (see {@link OrderStatistics#rank}) at each of {@code levels}, of the
     * values added and {@code extraZeros} more zeros, into {@code into}; NaN when there are none.
     */
    void quantiles(double[] levels, long extraZeros, double[] into) {
        long total = n + extraZeros;
        float[] sorted = null;
        if (exact != null) {
            sorted = Arrays.copyOf(exact, (int) n);
            Arrays.sort(sorted);
        }
        long belowZero = belowZero(sorted);
        for (int i = 0; i < levels.length; i++) {
            if (total == 0) {
                into[i] = Double.NaN;
                continue;
            }
            long r = OrderStatistics.rank(levels[i], total);
            if (r <= belowZero) {
                into[i] = kth(r, sorted);
            } else if (r <= belowZero + extraZeros) {
                into[i] = 0;
            } else {
                into[i] = kth(r - extraZeros, sorted);
            }
        }
    }

    private long belowZero(float[] sorted) {
        if (sorted != null) {
            int i = 0;
            while (i < sorted.length && sorted[i] < 0) {
                i++;
            }
            return i;
        }
        if (integers != null) {
            return integers.countBelow(0);
        }
        return negative == null ? 0 : negative.total();
    }

    /** The k-th smallest value added (1-based). */
    private double kth(long k, float[] sorted) {
        if (sorted != null) {
            return sorted[(int) k - 1];
        }
        if (integers != null) {
            return integers.kth(k);
        }
        if (k <= minCount) {
            return min;
        }
        if (k > n - maxCount) {
            return max;
        }
        long negatives = negative == null ? 0 : negative.total();
        double v;
        if (k <= negatives) {
            v = -negative.kth(negatives - k + 1);
        } else if (k <= negatives + zeros) {
            return 0;
        } else {
            v = positive.kth(k - negatives - zeros);
        }
        if (whole) {
            // Below 1,024 a bucket holds one whole number, its lower edge, which this recovers
            // exactly; above, rounding stays within the bucket's bound.
            v = Math.rint(v);
        }
        return Math.max(min, Math.min(max, v));
    }

    /** Leaves the exact list for counts: whole numbers if every value is one and they fit, else buckets. */
    private void startCounting() {
        float[] values = exact;
        exact = null;
        boolean whole = true;
        for (int i = 0; i < n && whole; i++) {
            whole = isInteger(values[i]);
        }
        if (whole && (long) max - (long) min < INTEGER_SPAN) {
            integers = new DenseCounts();
            for (int i = 0; i < n; i++) {
                integers.add((int) values[i], 1);
            }
        } else {
            positive = new MagnitudeBuckets();
            for (int i = 0; i < n; i++) {
                addToBuckets(values[i], 1);
            }
        }
    }

    /** Leaves whole-number counts for buckets. */
    private void bucket() {
        DenseCounts whole = integers;
        integers = null;
        positive = new MagnitudeBuckets();
        for (int v = whole.lowest(); v <= whole.highest(); v++) {
            int c = whole.count(v);
            if (c > 0) {
                addToBuckets(v, c);
            }
        }
    }

    private void addToBuckets(float v, int times) {
        if (v > 0) {
            positive.add(Math.min(v, Float.MAX_VALUE), times);
        } else if (v < 0) {
            if (negative == null) {
                negative = new MagnitudeBuckets();
            }
            negative.add(Math.min(-v, Float.MAX_VALUE), times);
        } else {
            zeros += times;
        }
    }

    private boolean fitsSpan(int v) {
        return (long) Math.max(integers.highest(), v) - Math.min(integers.lowest(), v) < INTEGER_SPAN;
    }

    private static boolean isInteger(float v) {
        return Math.abs(v) <= INTEGER_LIMIT && v == Math.rint(v);
    }

    long storedBytes() {
        return (exact == null ? 0 : 4L * exact.length)
                + (integers == null ? 0 : integers.storedBytes())
                + (positive == null ? 0 : positive.storedBytes())
                + (negative == null ? 0 : negative.storedBytes());
    }
}
