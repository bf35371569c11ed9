package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.TimelinePolicy;

/** The go/no-go gate at each of its edges (MODEL.md 6, 11.5); thresholds chosen exact in binary. */
class GateTest {

    @Test
    void slipUntilReadyPassesOnlyAFullGate() {
        Gate g = new Gate(TimelinePolicy.SLIP_UNTIL_READY, 0.75, 0.25, 2);
        assertTrue(g.goesLive(0, true, 0.75, 2, true), "at the threshold and at the critical limit");
        assertFalse(g.goesLive(0, true, 0.75, 3, true), "one critical defect too many");
        assertFalse(g.goesLive(0, true, 0.7499, 0, true));
        assertFalse(g.goesLive(0.01, true, 1, 0, true), "build left");
        assertFalse(g.goesLive(0, false, 1, 0, true), "tests not complete");
        assertFalse(g.ignoresGate());
        assertEquals(TimelinePolicy.SLIP_UNTIL_READY, g.policy());
    }

    @Test
    void holdTheLineAcceptsAShortfallWithinTolerance() {
        Gate g = new Gate(TimelinePolicy.HOLD_THE_LINE, 0.75, 0.25, 2);
        assertEquals(0.25, g.tolerance());
        assertTrue(g.goesLive(0, true, 0.5, 4, true), "readiness threshold - tolerance, 2 x maxCritical");
        assertFalse(g.goesLive(0, true, 0.4999, 0, true));
        assertFalse(g.goesLive(0, true, 0.9, 5, true), "more than 2 x maxCritical");
        assertFalse(g.goesLive(0, false, 0.9, 0, true), "tests must be complete");
        // v2: at most `tolerance` of the build left; v1 accepts any
        assertTrue(g.goesLive(0.25, true, 0.9, 0, true));
        assertFalse(g.goesLive(0.2501, true, 0.9, 0, true));
        assertTrue(g.goesLive(0.9, true, 0.9, 0, false));
        assertTrue(g.goesLive(false, true, 0.9, 0), "v1 form: build unfinished");
        assertFalse(g.goesLive(false, false, 0.9, 0));
    }

    @Test
    void fixedDateIgnoresTheGate() {
        Gate g = new Gate(TimelinePolicy.FIXED_DATE, 0.75, 0.25, 0);
        assertTrue(g.ignoresGate());
        assertTrue(g.goesLive(1, false, 0, 99, true));
    }
}
