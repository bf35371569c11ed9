package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.WaveRow;

/**
 * A wave's chance of slipping where some runs cannot tell: the follow-on wave planned past the horizon
 * and not live by then may or may not have slipped after it, so those runs widen the figure into a
 * range rather than count as on time.
 */
class WaveSlipChanceTest {

    private static WaveRow followOn(double slipped, double notKnown) {
        return new WaveRow("follow-on", 0, 190, new Quantiles(194, 210, 210, 210), 210, slipped, List.of(), 205, 0.56,
                notKnown);
    }

    @Test
    void everyRunTellingGivesOneFigure() {
        assertEquals("38%", BoardTables.slipChance(new WaveRow("w1", 2, 90, new Quantiles(90, 95, 99, 100), 100, 0.38)));
        assertEquals("66%", BoardTables.slipChance(followOn(0.66, 0)));
    }

    @Test
    void runsThatCannotTellMakeARangeFromNoneToAllOfThemSlipping() {
        // 111 runs: 73 slipped, 34 planned past the horizon and not live by then, 4 on time
        assertEquals("66% to 96%", BoardTables.slipChance(followOn(73 / 111.0, 34 / 111.0)));
        assertEquals("0% to 30%", BoardTables.slipChance(followOn(0, 0.3)));
        // 7 of 10 slipped and the other 3 cannot tell: up to all of them, never ">99%"
        assertEquals("70% to 100%", BoardTables.slipChance(followOn(0.7, 0.3)));
    }

    @Test
    void noRunTellingIsNotKnownNotZero() {
        assertEquals("not known", BoardTables.slipChance(followOn(0, 1)));
    }

    @Test
    void theNoteIsSaidOnlyWhereSomeRunCannotTell() {
        WaveRow known = new WaveRow("w1", 2, 90, new Quantiles(90, 95, 99, 100), 100, 0.38);
        assertFalse(BoardTables.slipNotKnownInSome(List.of(known, followOn(0.66, 0))));
        assertTrue(BoardTables.slipNotKnownInSome(List.of(known, followOn(0.66, 0.3))));
    }

    @Test
    void theTwoSharesCountDifferentRuns() {
        assertThrows(IllegalArgumentException.class, () -> followOn(0.8, 0.3));
        assertThrows(IllegalArgumentException.class, () -> followOn(0.5, -0.1));
    }
}
