package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The noise floor of a driver: |rho| of at least 3.5 / sqrt(runs - 1). */
class DriverTest {

    @Test
    void aPerfectCorrelationStandsOutFromFourteenRunsOn() {
        // 3.5 / sqrt(12) = 1.010 is out of reach, 3.5 / sqrt(13) = 0.971 is not
        Driver perfect = new Driver("x", 1.0, -1.0);
        assertEquals(14, Driver.fewestRunsToStandOut());
        assertFalse(perfect.standsOut(Outcome.COMPLETION, 13));
        assertTrue(perfect.standsOut(Outcome.COMPLETION, 14));
        assertTrue(perfect.standsOut(Outcome.COST, 14), "a negative correlation stands out by its size");
    }

    @Test
    void theFloorFallsWithTheSquareRootOfTheRuns() {
        // 10,001 runs: 3.5 / 100 = 0.035
        assertTrue(new Driver("x", 0.0351, 0).standsOut(Outcome.COMPLETION, 10_001));
        assertFalse(new Driver("x", 0.0349, 0).standsOut(Outcome.COMPLETION, 10_001));
        assertFalse(new Driver("x", 0.5, 0).standsOut(Outcome.COMPLETION, 1), "one run shows nothing");
    }

    /** The rule for a swing that compares unlike runs: its ends differ by 10 points or more in unfinished runs. */
    @Test
    void endsTenPointsApartInUnfinishedRunsAreCutOffUnevenly() {
        assertTrue(new Driver("x", 0.5, 0.5, 1, 1, 0.38, 1.0).cutOffUnevenly());
        assertTrue(new Driver("x", 0.5, 0.5, 1, 1, 0.6, 0.5).cutOffUnevenly(), "either way round");
        assertTrue(new Driver("x", 0.5, 0.5, 1, 1, 0.2, 0.3).cutOffUnevenly(), "10 points exactly");
        assertFalse(new Driver("x", 0.5, 0.5, 1, 1, 0.2, 0.29).cutOffUnevenly());
        assertFalse(new Driver("x", 0.5, 0.5, 1, 1).cutOffUnevenly(), "not known: not marked");
    }
}
