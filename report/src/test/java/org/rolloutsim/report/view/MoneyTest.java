package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {

    private final Money dollars = new Money("$");

    @Test
    void amountsReadTheWayABoardSaysThem() {
        assertEquals("$1.4B", dollars.format(1.4e9));
        assertEquals("$1.42B", dollars.format(1.4213e9));
        assertEquals("$350M", dollars.format(3.5e8));
        assertEquals("$35.2M", dollars.format(3.5213e7));
        assertEquals("$12.5k", dollars.format(12_500));
        assertEquals("$900", dollars.format(900));
        assertEquals("$0", dollars.format(0));
    }

    @Test
    void roundingUpToTheNextScaleUsesThatScale() {
        // 999.996M rounds to 1,000M at three figures: it must read $1B, not $1000M
        assertEquals("$1B", dollars.format(999_996_000));
    }

    @Test
    void negativeAndSignedAmountsUseATrueMinus() {
        assertEquals("\u2212$3.5M", dollars.format(-3.5e6));
        assertEquals("+$40M", dollars.formatSigned(4e7));
        assertEquals("\u2212$40M", dollars.formatSigned(-4e7));
    }

    @Test
    void currencyCodesAreFollowedByASpace() {
        assertEquals("CHF 2.5M", new Money("CHF").format(2.5e6));
        assertEquals("\u20ac900k", new Money("\u20ac").format(9e5));
    }

    @Test
    void ticksShowAsManyDecimalsAsTheirSpacingNeeds() {
        assertEquals("$1.2B", dollars.formatTick(1.2e9, 5e7));
        assertEquals("$1.25B", dollars.formatTick(1.25e9, 5e7));
        assertEquals("$350M", dollars.formatTick(3.5e8, 5e7));
        assertEquals("$0", dollars.formatTick(0, 1e7));
        assertEquals("\u2212$20M", dollars.formatTick(-2e7, 1e7));
    }

    /**
     * Ticks every $2.5M read their own value: "$92.5M" had read "$93M" (and "$87.5M" "$88M"), the
     * decimals taken from the spacing's first digit only, so the axis mislabelled every other tick.
     */
    @Test
    void ticksReadTheirOwnValueWhateverTheSpacing() {
        assertEquals("$92.5M", dollars.formatTick(92.5e6, 2.5e6));
        assertEquals("$90M", dollars.formatTick(90e6, 2.5e6));
        assertEquals("$1.025B", dollars.formatTick(1.025e9, 2.5e7));
        assertEquals("$750k", dollars.formatTick(7.5e5, 2.5e5));
        assertEquals("$3.125M", dollars.formatTick(3.125e6, 1.25e5));
        for (double step : new double[] {1e5, 2e5, 2.5e5, 5e5, 1e6, 2.5e6, 5e6, 2.5e7, 1.25e8}) {
            for (int k = 0; k < 400; k++) {
                String tick = dollars.formatTick(k * step, step);
                double read = Double.parseDouble(tick.replaceAll("[^0-9.]", ""))
                        * (tick.endsWith("B") ? 1e9 : tick.endsWith("M") ? 1e6 : tick.endsWith("k") ? 1e3 : 1);
                assertEquals(k * step, read, 1e-6 * Math.max(1, k * step), tick + " for " + (k * step));
            }
        }
    }
}
