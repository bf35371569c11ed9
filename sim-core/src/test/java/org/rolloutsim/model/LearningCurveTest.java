package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Effort per unit of build falls by the learning rate with each doubling of sites done (MODEL.md 7). */
class LearningCurveTest {

    @Test
    void effortFallsByTheRateWithEachDoublingDownToTheFloor() {
        LearningCurve curve = new LearningCurve(0.8, 0.5);
        assertEquals(1.0, curve.effort(), "nothing stabilized yet");
        curve.stabilized(1);
        assertEquals(0.8, curve.effort(), 1e-12, "(1 + 1) sites: one doubling");
        curve.stabilized(2);
        assertEquals(0.64, curve.effort(), 1e-12, "(1 + 3) sites: two doublings");
        curve.stabilized(100);
        assertEquals(0.5, curve.effort(), "never below the floor");
    }
}
