package org.rolloutsim.stats;

/**
 * Up to {@value #CAPACITY} values bound for one {@link WeekDistribution}, gathered by a worker thread
 * and summed up ({@link #summarize}) before they are added: the distribution then updates its
 * smallest and largest value and its whole-number flag once per block instead of once per value, and
 * whoever adds blocks under a lock does not spend it on this bookkeeping.
 *
 * <p>NaN is left out and -0 is kept as 0 as values are put, as {@link WeekDistribution#add(float)}
 * does, so a block holds exactly the values that adding them one by one would count.
 */
final class ValueBlock {
    /** The runs a feeder holds ({@link WeeklyFanAccumulator#PENDING_RUNS}): one value each. */
    static final int CAPACITY = 256;
    /** |v| from which every float is a whole number (its last mantissa bit weighs 1 or more). */
    private static final float ALL_WHOLE = 0x1p23f;

    final float[] values = new float[CAPACITY];
    int count;
    /** Set by {@link #summarize}. */
    float min;
    float max;
    int minCount;
    int maxCount;
    /** True when every value is a whole number ({@code v == Math.rint(v)}). */
    boolean whole;

    /** Adds a value unless it is NaN. */
    void put(float v) {
        values[count] = v + 0f; // -0 + 0 is +0; every other value is unchanged
        count += v == v ? 1 : 0; // a NaN is overwritten by the next value
    }

    /** Works out the smallest and largest value, how often each occurs, and whether all are whole. */
    void summarize() {
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        boolean allWhole = true;
        for (int i = 0; i < count; i++) {
            float v = values[i];
            low = Math.min(low, v);
            high = Math.max(high, v);
            // the same as v == Math.rint(v) for a float that is not NaN, without the rounding call
            allWhole &= Math.abs(v) >= ALL_WHOLE || (float) (int) v == v;
        }
        int lows = 0;
        int highs = 0;
        for (int i = 0; i < count; i++) {
            lows += values[i] == low ? 1 : 0;
            highs += values[i] == high ? 1 : 0;
        }
        min = low;
        max = high;
        minCount = lows;
        maxCount = highs;
        whole = allWhole;
    }

    void clear() {
        count = 0;
    }
}
