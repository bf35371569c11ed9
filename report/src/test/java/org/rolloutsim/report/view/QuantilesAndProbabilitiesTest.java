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
        // the boundaries themselves: 99.5% rounds to 100, so it reads ">99%" too; 0.5% rounds to 1%
        assertEquals(">99%", Percent.format(0.995));
        assertEquals(">99%", Percent.format(1990 / 2000.0));
        assertEquals("99%", Percent.format(0.9949));
        assertEquals("1%", Percent.format(0.005));
        assertEquals("<1%", Percent.format(0.0049));
        assertEquals(">99% to 100%", Percent.range(0.995, 1));
        assertEquals("0%", Percent.format(0));
        assertEquals("100%", Percent.format(1));
        assertEquals("38%", Percent.format(0.38));
    }

    /** Earlier, later and the same week are one whole: shown, they add up to 100%, never 101% or 99%. */
    @Test
    void sharesOfOneWholeAddUpToAHundredPercent() {
        // rounded one by one these read 34% + 34% + 33% = 101%, and 7% + 38% + 54% = 99%
        assertEquals("34% 34% 33%", String.join(" ", Percent.format(0.335), Percent.format(0.335), Percent.format(0.33)));
        assertEquals("34% 33% 33%", String.join(" ", Percent.parts(0.335, 0.335, 0.33)), "the tie goes to the first");
        assertEquals("7% 39% 54%", String.join(" ", Percent.parts(0.0735, 0.3846, 0.5419)));
        assertEquals("0% >99% <1%", String.join(" ", Percent.parts(0, 0.9967, 0.0033)),
                "a share that is neither 0 nor 1 is still never shown as impossible or certain");
        assertEquals("0% 0% 100%", String.join(" ", Percent.parts(0, 0, 1)));
        for (int lower = 0; lower <= 1000; lower += 7) {
            for (int higher = 0; lower + higher <= 1000; higher += 11) {
                String[] p = Percent.parts(lower / 1000.0, higher / 1000.0, (1000 - lower - higher) / 1000.0);
                int sum = 0;
                for (String s : p) {
                    sum += s.equals("<1%") ? 0 : s.equals(">99%") ? 100 : Integer.parseInt(s.replace("%", ""));
                }
                assertEquals(100, sum, lower + ", " + higher + " of 1000 read " + String.join(" ", p));
            }
        }
    }

    @Test
    void aRangeWhoseEndsReadTheSameIsOneFigure() {
        assertEquals("56% to 62%", Percent.range(0.556, 0.62));
        assertEquals("56%", Percent.range(0.556, 0.5604), "narrower than the precision shown");
        assertEquals("<1% to 3%", Percent.range(0.004, 0.03));
    }

    @Test
    void aLevelReadsAsGiven() {
        assertEquals("80%", Percent.level(0.8));
        assertEquals("97.5%", Percent.level(0.975));
        assertEquals("95.3%", Percent.level(0.953));
        assertEquals("50", Percent.points(0.5));
    }
}
