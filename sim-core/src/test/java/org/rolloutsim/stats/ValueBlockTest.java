package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Adding values a {@link ValueBlock} at a time leaves a {@link WeekDistribution} in exactly the
 * state adding them one by one does: the same encoded bytes (values kept, counts by key, buckets and
 * the count below their floor, extremes, the whole-number flag), so the fans cannot tell the two apart.
 */
class ValueBlockTest {

    @Property(tries = 300, seed = "20261203")
    void blocksLeaveTheStateOfAddingValuesOneByOne(@ForAll("weeks") float[] values, @ForAll long seed) {
        Random rng = new Random(seed);
        if (rng.nextBoolean()) {
            sprinkleOddValues(values, rng);
        }
        WeekDistribution one = new WeekDistribution();
        for (float v : values) {
            one.add(v);
        }
        WeekDistribution blocks = new WeekDistribution();
        ValueBlock block = new ValueBlock();
        int i = 0;
        while (i < values.length) {
            // sizes from 1 to full, so blocks land before, across and after each change of form
            int size = Math.min(values.length - i, 1 + rng.nextInt(ValueBlock.CAPACITY));
            for (int end = i + size; i < end; i++) {
                block.put(values[i]);
            }
            block.summarize();
            blocks.add(block);
            block.clear();
        }
        assertEquals(one.count(), blocks.count());
        assertArrayEquals(encoded(one), encoded(blocks));
    }

    @Test
    void aBlockLeavesOutNaNAndKeepsMinusZeroAsZero() {
        ValueBlock block = new ValueBlock();
        for (float v : new float[] {3f, Float.NaN, -0f, Float.NaN, 5f}) {
            block.put(v);
        }
        block.summarize();
        assertEquals(3, block.count);
        assertEquals(0f, block.min);
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(block.values[1]), "-0 is stored as +0");
        assertEquals(1, block.minCount);
        assertEquals(5f, block.max);
        assertEquals(true, block.whole);
    }

    @Test
    void wholeIsTheSameTestAsRoundingForEveryKindOfFloat() {
        float[] probes = {0f, 1f, -1f, 0.5f, -0.5f, 1.5f, 8_388_607.5f, 8_388_608f, -8_388_609f, 2.5e9f, -2.5e9f,
            1e30f, Float.MAX_VALUE, Float.MIN_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0x1p30f + 64};
        for (float v : probes) {
            ValueBlock block = new ValueBlock();
            block.put(v);
            block.summarize();
            assertEquals(v == Math.rint(v), block.whole, "whole for " + v);
        }
    }

    /** NaN, -0, infinities and whole numbers beyond the counted range, in about 1 place in 50. */
    private static void sprinkleOddValues(float[] values, Random rng) {
        float[] odd = {Float.NaN, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0x1p31f, -3e9f, 1e-30f};
        for (int i = 0; i < values.length; i++) {
            if (rng.nextInt(50) == 0) {
                values[i] = odd[rng.nextInt(odd.length)];
            }
        }
    }

    private static byte[] encoded(WeekDistribution d) {
        ByteSink sink = new ByteSink();
        d.encode(sink);
        return sink.toArray();
    }

    @Provide
    Arbitrary<float[]> weeks() {
        return new WeekDistributionPropertiesTest().weeks();
    }
}
