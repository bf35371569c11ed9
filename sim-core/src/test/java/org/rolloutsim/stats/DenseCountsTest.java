package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DenseCountsTest {

    @Test
    void countsKeysGrowingBothWays() {
        DenseCounts c = new DenseCounts();
        c.add(10, 1);
        c.add(12, 2);
        c.add(7, 3); // grows downward
        c.add(40, 1); // grows upward
        c.add(-5, 4); // downward again, past zero
        assertEquals(11, c.total());
        assertEquals(-5, c.lowest());
        assertEquals(40, c.highest());
        assertEquals(4, c.count(-5));
        assertEquals(3, c.count(7));
        assertEquals(1, c.count(10));
        assertEquals(2, c.count(12));
        assertEquals(1, c.count(40));
        assertEquals(0, c.count(11));
        assertEquals(0, c.count(-6));
        assertEquals(0, c.count(41));
    }

    @Test
    void kthCountsEveryOccurrence() {
        DenseCounts c = new DenseCounts();
        c.add(3, 2);
        c.add(5, 1);
        c.add(9, 3);
        assertEquals(3, c.kth(1));
        assertEquals(3, c.kth(2));
        assertEquals(5, c.kth(3));
        assertEquals(9, c.kth(4));
        assertEquals(9, c.kth(6));
        assertThrows(IllegalArgumentException.class, () -> c.kth(7));
    }

    @Test
    void countBelowIsStrict() {
        DenseCounts c = new DenseCounts();
        c.add(-2, 2);
        c.add(0, 5);
        c.add(4, 1);
        assertEquals(0, c.countBelow(-2));
        assertEquals(2, c.countBelow(0));
        assertEquals(7, c.countBelow(1));
        assertEquals(7, c.countBelow(4));
        assertEquals(8, c.countBelow(100));
    }

    @Test
    void removeBelowTakesOnlyLowerKeys() {
        DenseCounts c = new DenseCounts();
        c.add(1, 1);
        c.add(2, 2);
        c.add(6, 3);
        assertEquals(0, c.removeBelow(1));
        assertEquals(3, c.removeBelow(3));
        assertEquals(6, c.lowest(), "the lowest key left");
        assertEquals(3, c.total());
        assertEquals(0, c.count(2));
        // a key below the new lowest can come back
        c.add(2, 1);
        assertEquals(2, c.lowest());
        assertEquals(2, c.kth(1));
        assertEquals(4, c.removeBelow(7));
        assertEquals(0, c.total());
        c.add(100, 1);
        assertEquals(100, c.lowest());
        assertEquals(100, c.highest());
        assertEquals(100, c.kth(1));
    }

    /** A range sliding upward (keys dropped below) keeps the array near the range in use. */
    @Test
    void aSlidingRangeDoesNotGrowTheArray() {
        DenseCounts c = new DenseCounts();
        for (int k = 0; k < 100_000; k++) {
            c.add(k, 1);
            c.removeBelow(k - 99);
        }
        assertEquals(100, c.total());
        assertEquals(99_900, c.lowest());
        assertEquals(99_999, c.highest());
        assertEquals(true, c.storedBytes() <= 4 * 151, "bytes " + c.storedBytes());
    }
}
