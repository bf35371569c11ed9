package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The console's table of Sobol indices: six characters each, and no negative zero. */
class SensitivityPrintTest {

    @Test
    void anIndexThatRoundsToZeroPrintsAsZero() {
        assertEquals(" 0.000", SensitivityCommand.index(-0.0004));
        assertEquals(" 0.000", SensitivityCommand.index(-0.0));
        assertEquals("-0.003", SensitivityCommand.index(-0.003));
        assertEquals(" 0.754", SensitivityCommand.index(0.7541));
        assertEquals(" 1.069", SensitivityCommand.index(1.0693));
    }
}
