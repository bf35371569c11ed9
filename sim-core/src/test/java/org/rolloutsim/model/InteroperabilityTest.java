package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The integrity index's edges (MODEL.md 7): no live interfaces, restoration, the clamp, silo weeks. */
class InteroperabilityTest {

    @Test
    void nothingLiveNothingMoves() {
        Interoperability i = new Interoperability(0, 0.05, 0.5);
        assertFalse(i.week());
        assertEquals(1, i.minIntegrity(), 0.0);
        assertEquals(0, i.siloWeeks());
    }

    @Test
    void integrityFallsToZeroAtMostAndSiloWeeksAreThoseBelowPointEight() {
        // unmaintained, entropy 0.125 a week: 0.875, 0.75 (silo), 0.625, ... 0 and never below
        Interoperability i = new Interoperability(0, 0.5, 0.125);
        i.goLive(10);
        assertFalse(i.week());
        assertTrue(i.week());
        for (int week = 0; week < 10; week++) {
            assertTrue(i.week());
        }
        assertEquals(0, i.minIntegrity(), 0.0);
        assertEquals(11, i.siloWeeks());
    }

    @Test
    void integrityOfExactlyPointEightIsNoSiloWeek() {
        Interoperability i = new Interoperability(0, 0.5, 0.2);
        i.goLive(10);
        assertFalse(i.week(), "1 - 0.2 = 0.8");
        assertEquals(0.8, i.minIntegrity(), 0.0);
        assertTrue(i.week());
    }

    @Test
    void maintenanceRestoresIntegrity() {
        // 20 live, 10 maintained (share 0.5): I <- I + 0.5 (1 - I) 0.5 - 0.125 x 0.5; from 1, 0.9375,
        // then the restoring term counts: 0.9375 + 0.015625 - 0.0625. Exact in binary.
        Interoperability i = new Interoperability(10, 0.5, 0.125);
        i.goLive(20);
        i.week();
        assertEquals(0.9375, i.minIntegrity(), 1e-12);
        i.week();
        assertEquals(0.890625, i.minIntegrity(), 1e-12);
        Interoperability restored = new Interoperability(40, 0.5, 0.125);
        restored.goLive(20);
        assertFalse(restored.week());
        assertEquals(1, restored.minIntegrity(), 0.0, "fully maintained stays whole");
    }
}
