package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.RiskRow;

class RiskCellsTest {

    private static final Money DOLLARS = new Money("$");

    @Test
    void eachFigureCarriesItsMarginAndTheAfterColumnsTheirs() {
        RiskRow row = new RiskRow("Interfaces surface", 0.49, 0.5, -1.71e6, 0.25, 0.1, 2.07e6,
                0.9, 1.74e6, 0.2, 0.9e6);
        assertArrayEquals(new String[] {"Interfaces surface", "49%", "+0.5 weeks \u00b1 0.9",
            "\u2212$1.71M \u00b1 $1.74M", "25%", "+0.1 weeks \u00b1 0.2", "+$2.07M \u00b1 $900k"},
                RiskCells.of(row, DOLLARS, "-"));
    }

    @Test
    void aRiskThatNeverOccurredHasNoMarginAndOneSeenOnceHasTooFewRuns() {
        RiskRow never = new RiskRow("Never", 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN);
        assertArrayEquals(new String[] {"Never", "0%", "0.0 weeks", "$0", "no mitigation", "-", "-"},
                RiskCells.of(never, DOLLARS, "-"));
        RiskRow once = new RiskRow("Once", 0.001, 0.03, 4000, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertArrayEquals(new String[] {"Once", "<1%", "0.0 weeks (too few runs)", "+$4k (too few runs)",
            "no mitigation", "-", "-"}, RiskCells.of(once, DOLLARS, "-"));
    }

    /**
     * What a risk adds in weeks is a difference written as a comparison writes one, to one decimal
     * always ({@link Verdict#weeksDifference}), its margin too: "+3.0 weeks ± 1.0", not "+3 weeks ± 1",
     * and "+1.0 weeks", not "+1 week".
     */
    @Test
    void weeksAreADifferenceToOneDecimalAsAComparisonWritesThem() {
        RiskRow row = new RiskRow("Whole", 0.4, 3, 2e6, 0.2, 1, 1e6, 1, 5e5, 0.5, 2e5);
        String[] cells = RiskCells.of(row, DOLLARS, "-");
        assertArrayEquals(new String[] {"+3.0 weeks \u00b1 1.0", "+1.0 weeks \u00b1 0.5"},
                new String[] {cells[2], cells[5]});
        org.junit.jupiter.api.Assertions.assertEquals(Verdict.weeksDifference(3) + " \u00b1 1.0", cells[2]);
    }

    /**
     * A risk that occurred in every run (probability 1) had read "not known" beside "100%": what it adds
     * is in every run, which is what its cells say; after a mitigation that makes it uncertain, its effect
     * is not known (no run without it to scale); a run made with it mitigated and still in every run, as before.
     */
    @Test
    void aRiskInEveryRunSaysSoAndAFigureTheRunsCannotGiveReadsNotKnown() {
        RiskRow certain = new RiskRow("Certain", 1, Double.NaN, Double.NaN, 0.5, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertArrayEquals(new String[] {"Certain", "100%", "in every run", "in every run", "50%", "not known",
            "not known"}, RiskCells.of(certain, DOLLARS, "-"));
        RiskRow unmitigated = new RiskRow("Certain", 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertArrayEquals(new String[] {"Certain", "100%", "in every run", "in every run", "no mitigation", "-", "-"},
                RiskCells.of(unmitigated, DOLLARS, "-"));
        RiskRow mitigatedInRuns = new RiskRow("Certain (mitigated in these runs)", 1, Double.NaN, Double.NaN, 1,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertArrayEquals(new String[] {"Certain (mitigated in these runs)", "100%", "in every run", "in every run",
            "100%", "in every run", "in every run"}, RiskCells.of(mitigatedInRuns, DOLLARS, "-"));
        RiskRow neverYet = new RiskRow("Never yet", 0, 0, 0, 0.2, Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN);
        assertArrayEquals(new String[] {"Never yet", "0%", "0.0 weeks", "$0", "20%", "not known", "not known"},
                RiskCells.of(neverYet, DOLLARS, "-"));
    }
}
