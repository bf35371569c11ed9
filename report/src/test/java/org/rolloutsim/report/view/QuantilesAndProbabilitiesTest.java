package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantilesAndProbabilitiesTest {

    @Test
    void nearestRankQuantilesOfOneToHundred() {
        float[] values = new float[100];
        for (int i = 0; i < 100; i++) {
            values[99 - i] = i + 1; // reversed: the input must not need to be sorted
        }
        Quantiles q = Quantiles.of(values);
        assertEquals(new Quantiles(10, 50, 80, 90), q);
        assertEquals(100f, values[0], "the caller's array is not sorted in place");
    }

    @Test
    void unorderedQuantilesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Quantiles(1, 3, 2, 4));
    }

    @Test
    void probabilitiesCountRunsOnTimeOnBudgetAndBoth() {
        float[] weeks = {100, 110, 120, 130};
        float[] costs = {5, 15, 5, 15};
        Probabilities p = Probabilities.count(weeks, costs, 115, 10.0);
        assertEquals(0.5, p.onTime());
        assertEquals(0.5, p.onBudget());
        assertEquals(0.25, p.onTimeAndBudget());
    }

    @Test
    void withoutTargetOrBudgetTheirChancesAreAbsent() {
        float[] weeks = {100, 110};
        float[] costs = {5, 15};
        Probabilities p = Probabilities.count(weeks, costs, null, 10.0);
        assertNull(p.onTime());
        assertNull(p.onTimeAndBudget());
        assertEquals(0.5, p.onBudget());
    }

    @Test
    void rareOutcomesAreNeverPrintedAsImpossibleOrCertain() {
        assertEquals("<1%", Percent.format(0.001));
        assertEquals(">99%", Percent.format(0.999));
        assertEquals("0%", Percent.format(0));
        assertEquals("100%", Percent.format(1));
        assertEquals("38%", Percent.format(0.38));
    }
}
