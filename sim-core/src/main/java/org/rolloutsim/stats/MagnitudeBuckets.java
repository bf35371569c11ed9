package org.rolloutsim.stats;

import java.nio.ByteBuffer;

/**
 * Counts of positive values in logarithmic buckets: each power of two is cut into
 * {@value #PER_OCTAVE} buckets of equal width, so a bucket is less than 2<sup>-9</sup> of its
 * lower edge wide and its midpoint is within 2<sup>-10</sup> (0.098%) of any value in it. The
 * bucket of a float is the top bits of its bit pattern, so finding it is a shift.
 *
 * <p>Only the {@value #OCTAVES} powers of two below the largest value seen are kept: smaller
 * values are counted together as "below the floor" and read back as half the floor, which is at
 * most 2<sup>-16</sup> of the largest value. Memory is at most {@value #OCTAVES} × {@value
 * #PER_OCTAVE} counts, whatever the run count, and the counts depend only on the values added, not
 * on their order.
 */
final class MagnitudeBuckets {
    static final int PER_OCTAVE = 512;
    static final int OCTAVES = 16;
    /** Float bits dropped to find a bucket: 23 mantissa bits less the 9 that pick the sub-bucket. */
    private static final int SHIFT = 23 - Integer.numberOfTrailingZeros(PER_OCTAVE);
    private static final int KEPT = OCTAVES * PER_OCTAVE;

    private final DenseCounts counts;
    private long belowFloor;

    MagnitudeBuckets() {
        this(new DenseCounts());
    }

    private MagnitudeBuckets(DenseCounts counts) {
        this.counts = counts;
    }

    /** The bucket of a positive, finite value. */
    static int bucketOf(float v) {
        return Float.floatToRawIntBits(v) >> SHIFT;
    }

    /** Smallest value in bucket {@code b}. */
    static double lowerEdge(int b) {
        return Float.intBitsToFloat(b << SHIFT);
    }

    /** The middle of bucket {@code b}: within 2<sup>-10</sup> of any value in it, relatively. */
    static double midpoint(int b) {
        double low = lowerEdge(b);
        double high = Float.intBitsToFloat(((b + 1) << SHIFT) - 1);
        return (low + high) / 2;
    }

    /** Adds {@code times} copies of {@code v}, which must be positive and finite. */
    void add(float v, int times) {
        int b = bucketOf(v);
        boolean empty = counts.total() == 0;
        if (!empty && b < floorBucket()) {
            belowFloor += times;
            return;
        }
        if (!empty && b > counts.highest()) {
            // drop what falls below the new floor first, so the array never spans more than it keeps
            belowFloor += counts.removeBelow(Math.max(0, b - KEPT + 1));
        }
        counts.add(b, times);
    }

    /**
     * Adds the first {@code count} of {@code values}, positive (infinity counts as the largest finite
     * value) and none above {@code high}: the counts are those of adding them one by one, since
     * which values fall below the floor depends only on the largest value ever added. The floor is
     * raised once for the block instead of being checked value by value against a moving one.
     */
    void addAll(float[] values, int count, float high) {
        int top = bucketOf(Math.min(high, Float.MAX_VALUE));
        boolean empty = counts.total() == 0;
        int floor = Math.max(0, (empty ? top : Math.max(top, counts.highest())) - KEPT + 1);
        if (!empty && top > counts.highest()) {
            belowFloor += counts.removeBelow(floor);
        }
        for (int i = 0; i < count; i++) {
            int b = bucketOf(Math.min(values[i], Float.MAX_VALUE));
            if (b < floor) {
                belowFloor++;
            } else {
                counts.add(b, 1);
            }
        }
    }

    /** The lowest bucket kept: {@value #OCTAVES} powers of two below the highest. */
    private int floorBucket() {
        return Math.max(0, counts.highest() - KEPT + 1);
    }

    long total() {
        return counts.total() + belowFloor;
    }

    /**
     * The k-th smallest value (1-based) as its bucket's midpoint, or half the floor for a value
     * below it.
     */
    double kth(long k) {
        if (k <= belowFloor) {
            return lowerEdge(floorBucket()) / 2;
        }
        return midpoint(counts.kth(k - belowFloor));
    }

    long storedBytes() {
        return counts.storedBytes();
    }

    /**
     * Adds the values counted in {@code other}: the counts are then those of adding its values one
     * by one. A value below {@code other}'s floor is below the merged floor too, which is never lower.
     */
    void merge(MagnitudeBuckets other) {
        DenseCounts c = other.counts;
        if (c.total() == 0) {
            return;
        }
        for (int b = c.highest(); b >= c.lowest(); b--) {
            int times = c.count(b);
            if (times > 0) {
                add(Float.intBitsToFloat(b << SHIFT), times);
            }
        }
        belowFloor += other.belowFloor;
    }

    void encode(ByteSink out) {
        out.putLong(belowFloor);
        counts.encode(out);
    }

    static MagnitudeBuckets decode(ByteBuffer in) {
        long below = in.getLong();
        MagnitudeBuckets m = new MagnitudeBuckets(DenseCounts.decode(in));
        m.belowFloor = below;
        return m;
    }
}
