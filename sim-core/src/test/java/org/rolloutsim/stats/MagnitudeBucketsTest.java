package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MagnitudeBucketsTest {
    private static final double HALF_WIDTH = Math.pow(2, -10);

    /** Each power of two is cut into 512 buckets; the midpoint is within 2^-10 of any value in it. */
    @Test
    void bucketsAre512PerPowerOfTwo() {
        assertEquals(MagnitudeBuckets.bucketOf(1f) + 512, MagnitudeBuckets.bucketOf(2f));
        assertEquals(MagnitudeBuckets.bucketOf(1f) + 256, MagnitudeBuckets.bucketOf(1.5f));
        assertEquals(1.0, MagnitudeBuckets.lowerEdge(MagnitudeBuckets.bucketOf(1f)));
        assertEquals(1.0 + 1.0 / 512, MagnitudeBuckets.lowerEdge(MagnitudeBuckets.bucketOf(1f) + 1));
        double mid = MagnitudeBuckets.midpoint(MagnitudeBuckets.bucketOf(1f));
        assertEquals(1.0 + 1.0 / 1024, mid, 1e-7);
        for (float v : new float[] {1e-20f, 0.37f, 1f, 3.9999f, 12345.678f, 3.8e8f, 1e30f}) {
            double m = MagnitudeBuckets.midpoint(MagnitudeBuckets.bucketOf(v));
            assertTrue(Math.abs(m - v) <= HALF_WIDTH * v, v + " vs " + m);
            assertTrue(MagnitudeBuckets.lowerEdge(MagnitudeBuckets.bucketOf(v)) <= v);
        }
    }

    @Test
    void kthIsTheMidpointOfItsBucket() {
        MagnitudeBuckets b = new MagnitudeBuckets();
        b.add(1f, 2);
        b.add(100f, 1);
        assertEquals(3, b.total());
        assertEquals(MagnitudeBuckets.midpoint(MagnitudeBuckets.bucketOf(1f)), b.kth(1));
        assertEquals(MagnitudeBuckets.midpoint(MagnitudeBuckets.bucketOf(1f)), b.kth(2));
        assertEquals(MagnitudeBuckets.midpoint(MagnitudeBuckets.bucketOf(100f)), b.kth(3));
    }

    /**
     * Values more than 16 powers of two below the largest are counted below the floor and read back
     * as half of it, within 2^-16 of the largest value.
     */
    @Test
    void tinyValuesFallBelowTheFloor() {
        MagnitudeBuckets b = new MagnitudeBuckets();
        b.add(1e-9f, 3); // kept at first
        b.add(0.5f, 1); // raises the top: 1e-9 is now far below the floor
        b.add(1e-7f, 2); // below the floor on arrival
        b.add(0.25f, 1);
        assertEquals(7, b.total());
        double floor = 0.5 * Math.pow(2, -16);
        for (int k = 1; k <= 5; k++) {
            double v = b.kth(k);
            assertTrue(v > 0 && v <= floor, "k " + k + ": " + v);
        }
        assertEquals(MagnitudeBuckets.midpoint(MagnitudeBuckets.bucketOf(0.25f)), b.kth(6));
        assertEquals(MagnitudeBuckets.midpoint(MagnitudeBuckets.bucketOf(0.5f)), b.kth(7));
        assertTrue(b.storedBytes() <= 4L * 16 * 512 * 3 / 2, "at most 16 powers of two kept: " + b.storedBytes());
    }

    @Test
    void aValueJustInsideTheFloorIsKept() {
        MagnitudeBuckets b = new MagnitudeBuckets();
        b.add(1f, 1);
        float inside = (float) Math.pow(2, -15); // 15 powers of two below: kept
        b.add(inside, 1);
        assertEquals(inside, b.kth(1), HALF_WIDTH * inside);
    }
}
