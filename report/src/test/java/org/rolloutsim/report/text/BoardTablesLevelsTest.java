package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The P-value table lists the board's level too, wherever it falls, so its "(board)" row is never missing. */
class BoardTablesLevelsTest {

    @Test
    void aLevelOfTheTableIsNotListedTwice() {
        assertArrayEquals(BoardTables.LEVELS, BoardTables.levels(0.8));
        assertArrayEquals(BoardTables.LEVELS, BoardTables.levels(0.95));
    }

    @Test
    void anotherLevelTakesItsPlaceInOrder() {
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99},
                BoardTables.levels(0.99));
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95},
                BoardTables.levels(0.75));
    }
}
