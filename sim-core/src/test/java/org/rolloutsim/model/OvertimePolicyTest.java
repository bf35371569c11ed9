package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Overtime's edges (MODEL.md 5, 11.1): no capacity at all, the rest cap's boundary. */
class OvertimePolicyTest {

    @Test
    void aTeamWithNoCapacityWorksAllItCanWhenThereIsWork() {
        OvertimePolicy p = new OvertimePolicy(0.25, true, 0.5);
        assertEquals(1.25, p.hours(10, 0, 0, false), 0.0);
        assertEquals(1.0, p.hours(0, 0, 0, false), 0.0);
    }

    @Test
    void theRestRuleStartsExactlyAtTheCap() {
        OvertimePolicy p = new OvertimePolicy(0.25, true, 0.5);
        assertEquals(1.25, p.hours(200, 100, Math.nextDown(0.5), false), 0.0);
        assertEquals(1.0, p.hours(200, 100, 0.5, false), 0.0);
    }
}
